/**
 * Fits the server's lesson HTML (already sanitised) into the reader's page, which has the
 * lesson's title as its one h1: a leading h1 that repeats the title is dropped, and any other
 * h1 becomes an h2. Tables are wrapped so they scroll sideways on a phone instead of widening
 * the page. Images load lazily and decode off the main thread. Otherwise only tags are moved or
 * renamed: no attribute or URL the server approved changes. A <template> parses without loading
 * images or running anything.
 */
export function prepareLessonHtml(html: string, title: string): string {
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

  for (const image of Array.from(root.querySelectorAll('img'))) {
    image.setAttribute('loading', 'lazy');
    image.setAttribute('decoding', 'async');
  }

  return template.innerHTML;
}

function normalise(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim().toLocaleLowerCase();
}
