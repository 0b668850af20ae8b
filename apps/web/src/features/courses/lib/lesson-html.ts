import type { AttachmentView } from '@lms/contracts';

/**
 * Fits the server's lesson HTML (already sanitised) into the reader's page, which has the
 * lesson's title as its one h1: a leading h1 that repeats the title is dropped, and any other
 * h1 becomes an h2. Tables are wrapped so they scroll sideways on a phone instead of widening
 * the page. The first image loads at once, the others lazily, all decoded off the main thread. Otherwise only tags are moved or
 * renamed: no attribute or URL the server approved changes, and pictures get their size (below).
 * A <template> parses without loading images or running anything.
 */
export function prepareLessonHtml(html: string, title: string, attachments: readonly AttachmentView[] = []): string {
  const template = document.createElement('template');
  template.innerHTML = html;
  const root = template.content;

  const first = root.firstElementChild;
  if (first?.tagName === 'H1' && normalise(first.textContent) === normalise(title)) first.remove();

  for (const heading of Array.from(root.querySelectorAll('h1'))) {
    const replacement = document.createElement('h2');
    for (const attribute of Array.from(heading.attributes)) replacement.setAttribute(attribute.name, attribute.value);
    replacement.append(...Array.from(heading.childNodes));
    heading.replaceWith(replacement);
  }

  for (const table of Array.from(root.querySelectorAll('table'))) {
    const scroller = document.createElement('div');
    scroller.className = 'lesson__table';
    table.replaceWith(scroller);
    scroller.append(table);
  }

  Array.from(root.querySelectorAll('img')).forEach((image, index) => {
    // The first picture is usually on the first screen, and the largest thing there: fetch it at
    // once, first. The others wait until the reader scrolls near them.
    if (index === 0) {
      image.removeAttribute('loading');
      image.setAttribute('fetchpriority', 'high');
    } else {
      image.setAttribute('loading', 'lazy');
    }
    image.setAttribute('decoding', 'async');
    reserveSpace(image, attachments);
  });

  return template.innerHTML;
}

const ATTACHMENT_ID = /\/api\/v1\/attachments\/([0-9a-f-]{36})/;

/**
 * Gives an uploaded picture its width and height (from its renditions' sizes), so the page keeps
 * its place for it while it loads instead of jumping when it arrives. With `height: auto` and
 * `max-width: 100%` in the stylesheet, only their ratio matters on a phone.
 */
function reserveSpace(image: HTMLImageElement, attachments: readonly AttachmentView[]): void {
  if (image.hasAttribute('width') || image.hasAttribute('height')) return;
  const id = ATTACHMENT_ID.exec(image.getAttribute('src') ?? '')?.[1];
  const attachment = id ? attachments.find((a) => a.id === id) : undefined;
  if (!attachment) return;
  const asked = Number(new URL(image.getAttribute('src')!, 'http://x').searchParams.get('width'));
  const sized = attachment.variants.filter((v) => v.height);
  const variant = sized.find((v) => v.width === asked) ?? sized[sized.length - 1];
  if (!variant?.height) return;
  image.setAttribute('width', String(variant.width));
  image.setAttribute('height', String(variant.height));
}

function normalise(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim().toLocaleLowerCase();
}
