import { escapeHtml as escape } from './escape-html';

/**
 * The launcher page: no inline script (its CSP allows only this origin's files), the SCO's URL
 * and the origins allowed to frame it in meta tags for launcher.js to read.
 */
export function launcherPage(options: { title: string; scoUrl: string; laneOrigins: string[]; asset: boolean }): string {
  return `<!doctype html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="lane-origins" content="${escape(options.laneOrigins.join(' '))}">
<meta name="lane-sco" content="${escape(options.scoUrl)}">
<meta name="lane-title" content="${escape(options.title)}">
<meta name="lane-launch-type" content="${options.asset ? 'asset' : 'sco'}">
<title>${escape(options.title)}</title>
<style>html,body{margin:0;height:100%;background:#fff}iframe{display:block;border:0;width:100%;height:100%}</style>
<script src="/_lane/scorm12.js"></script>
<script src="/_lane/launcher.js"></script>
</head>
<body></body>
</html>
`;
}
