import type { AttachmentView } from '@lms/contracts';

export type MediaKind = 'image' | 'audio' | 'video';

export interface HeldLesson {
  html: string;
  /** The media taken out, as HTML, by the index in each placeholder's data-held. */
  held: string[];
}

const ATTACHMENT = /\/api\/v1\/attachments\/([0-9a-f-]{36})(?:\?width=(\d+))?/;

/**
 * For data saver: every image, audio, video and embedded player in the (prepared) lesson HTML is
 * taken out and held here, as text, with a button in its place that names it (its alt text or
 * title) and, for the lesson's own files, what it costs. No src is in the DOM until the tap, so
 * the browser cannot fetch anything early. An image is shown at its smallest rendition.
 */
export function holdLessonMedia(html: string, attachments: readonly AttachmentView[], label: (kind: MediaKind, bytes?: number) => string, lang: string): HeldLesson {
  const template = document.createElement('template');
  template.innerHTML = html;
  const root = template.content;
  const held: string[] = [];

  for (const media of Array.from(root.querySelectorAll('img,audio,video,iframe'))) {
    if (!root.contains(media)) continue; // inside media already held
    const kind: MediaKind = media.tagName === 'IMG' ? 'image' : media.tagName === 'AUDIO' ? 'audio' : 'video';
    const src = media.getAttribute('src') ?? media.querySelector('source')?.getAttribute('src') ?? '';
    const [, id, width] = ATTACHMENT.exec(src) ?? [];
    const file = attachments.find((a) => a.id === id);
    let bytes = file && (width ? file.variants.find((v) => v.width === Number(width)) : file)?.sizeBytes;
    const smallest = kind === 'image' ? file?.variants[0] : undefined;
    if (smallest && smallest.sizeBytes < (bytes ?? Infinity)) {
      media.setAttribute('src', smallest.url);
      bytes = smallest.sizeBytes;
    }

    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'lesson-media';
    button.dataset.held = String(held.length);
    // The label is in the reader's language; the alt text or title, in the lesson's (the article's lang).
    const name = span('lesson-media__label', label(kind, bytes));
    name.lang = lang;
    button.append(name);
    const about = media.getAttribute('alt') || media.getAttribute('title');
    if (about) button.append(span('lesson-media__about', about));
    held.push(media.outerHTML);
    media.replaceWith(button);
  }

  return { html: template.innerHTML, held };
}

function span(className: string, text: string): HTMLSpanElement {
  const element = document.createElement('span');
  element.className = className;
  element.textContent = text;
  return element;
}

/** Puts the held media back in place of its placeholder, which the learner just tapped. */
export function showHeldMedia(button: HTMLElement, held: readonly string[]): void {
  const template = document.createElement('template');
  template.innerHTML = held[Number(button.dataset.held)] ?? '';
  const media = template.content.firstElementChild as HTMLElement | null;
  if (!media) return;
  // The button goes away: focus moves to what it showed, so a keyboard or screen reader stays in place.
  if (media.tabIndex < 0) media.tabIndex = -1;
  button.replaceWith(media);
  media.focus();
}
