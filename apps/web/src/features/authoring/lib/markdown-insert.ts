/** The Markdown that shows an uploaded file: a picture inline, any other file as a link; the URL is the unsigned one the server signs on every read. */
export function attachmentMarkdown(attachment: { filename: string; contentType: string; url: string }): string {
  const name = attachment.filename.replace(/\.[^.]+$/, '').replace(/[[\]\\]/g, '');
  const url = attachment.url.split('?')[0];
  return attachment.contentType.startsWith('image/') ? `![${name}](${url})` : `[${name}](${url})`;
}

/** `text` with `snippet` put between `start` and `end` as a paragraph of its own, and where the caret goes after it. */
export function insertBlock(text: string, start: number, end: number, snippet: string): { text: string; caret: number } {
  const before = text.slice(0, start);
  const after = text.slice(end);
  const lead = !before || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  const trail = after.startsWith('\n\n') ? '' : after.startsWith('\n') ? '\n' : '\n\n';
  const inserted = lead + snippet + trail;
  return { text: before + inserted + after, caret: before.length + inserted.length };
}
