/**
 * fast-xml-parser does not say where an element came from, so the lines are found by a second,
 * much smaller scan of the source. It only has to be right for documents the validator has
 * accepted, which is why it can be a single regular expression over markup.
 */
export interface QuestionTagLines {
  /** Line of the root element's start tag (1 if there is none). */
  rootLine: number;
  /** Line of each `<question>` start tag directly under the root, in document order. */
  questionLines: number[];
}

const MARKUP = new RegExp(
  [
    '<!--[\\s\\S]*?-->',
    '<!\\[CDATA\\[[\\s\\S]*?\\]\\]>',
    '<\\?[\\s\\S]*?\\?>',
    // A DOCTYPE may carry an internal subset in brackets, which can itself contain '>'.
    '<!DOCTYPE(?:[^[>]|\\[[\\s\\S]*?\\])*>',
    '<\\/([^\\s>]+)\\s*>',
    // Attribute values are skipped whole, since they may contain '>' or '/'.
    '<([^\\s/>!?]+)(?:[^>"\']|"[^"]*"|\'[^\']*\')*?(\\/?)>',
  ].join('|'),
  'g',
);

export function scanQuestionTagLines(xml: string): QuestionTagLines {
  const questionLines: number[] = [];
  let rootLine: number | undefined;
  let depth = 0;
  let line = 1;
  let counted = 0;
  for (const match of xml.matchAll(MARKUP)) {
    line += countNewlines(xml, counted, match.index);
    counted = match.index;
    const [, closingName, openingName, selfClosing] = match;
    if (closingName !== undefined) {
      depth -= 1;
      continue;
    }
    if (openingName === undefined) continue;
    if (depth === 0) rootLine ??= line;
    if (depth === 1 && openingName === 'question') questionLines.push(line);
    if (selfClosing !== '/') depth += 1;
  }
  return { rootLine: rootLine ?? 1, questionLines };
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let index = text.indexOf('\n', from); index !== -1 && index < to; index = text.indexOf('\n', index + 1)) count += 1;
  return count;
}
