import type { Plugin } from 'vite';

/**
 * The Lao faces of the first screen (body 400, titles 600), preloaded from index.html: otherwise
 * the browser asks for them only once React has drawn Lao text, a round trip late, and lays the
 * page out twice.
 */
export function preloadLaoFonts(): Plugin {
  return {
    name: 'lane:preload-lao-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) =>
        Object.keys(ctx.bundle ?? {})
          .filter((file) => /noto-sans-lao-lao-(400|600)-normal-[\w-]+\.woff2$/.test(file))
          .map((file) => ({ tag: 'link', attrs: { rel: 'preload', href: `/${file}`, as: 'font', type: 'font/woff2', crossorigin: '' }, injectTo: 'head' as const })),
    },
  };
}
