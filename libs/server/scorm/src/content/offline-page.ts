/* eslint-disable no-var -- the script below runs in the browser as written, on the content origin */
import { escapeHtml as escape } from './escape-html';

/**
 * The page Lane's "download for offline" opens, unseen, in a frame on the content origin, at
 * /offline/<id>/<token>/ (#remove to delete the copy): it lists the package's files for
 * offline.js, which has the content worker (content-worker.ts) download or remove them.
 */
export function offlinePage(options: { files: string[]; laneOrigins: string[] }): string {
  return `<!doctype html>
<html>
<head>
<meta charset="utf-8">
<meta name="lane-origins" content="${escape(options.laneOrigins.join(' '))}">
<meta name="lane-files" content="${escape(options.files.map((path) => path.split('/').map(encodeURIComponent).join('/')).join(' '))}">
<script src="/_lane/offline.js"></script>
</head>
<body></body>
</html>
`;
}

/**
 * The offline page's script (/_lane/offline.js): registers the content worker, asks it to
 * download (or remove) the package, and tells the page that framed it how that went, by
 * postMessage `{source: 'lane-scorm', type: 'offline', mode, ok}` to Lane's origins only.
 */
function offline(): void {
  var meta = function (name: string): string[] {
    return (document.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? '').split(' ').filter(Boolean);
  };
  var parts = location.pathname.split('/');
  var id = parts[2];
  var token = parts[3];
  var mode = location.hash === '#remove' ? 'remove' : 'download';
  var answer = function (ok: boolean): void {
    for (var origin of meta('lane-origins')) window.parent.postMessage({ source: 'lane-scorm', type: 'offline', mode: mode, ok: ok }, origin);
  };
  if (!('serviceWorker' in navigator)) return answer(false);
  navigator.serviceWorker
    .register('/_lane/sw.js', { scope: '/' })
    .then(function () {
      return navigator.serviceWorker.ready;
    })
    .then(function (registration) {
      return new Promise<boolean>(function (resolve) {
        var channel = new MessageChannel();
        channel.port1.onmessage = function (event) {
          resolve(Boolean(event.data && event.data.ok === true));
        };
        registration.active!.postMessage({ type: mode, id: id, token: token, files: meta('lane-files') }, [channel.port2]);
      });
    })
    .then(answer, function () {
      answer(false);
    });
}

export const OFFLINE_JS = `(${offline.toString()})();\n`;
