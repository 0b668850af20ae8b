/** Which font family a run of text is set in: Noto Sans Lao has no Latin letters or digits, Noto Sans no Lao. */
export type Script = 'lao' | 'latin';

export interface ScriptRun {
  script: Script;
  text: string;
}

const isLao = (char: string) => char >= '\u0E80' && char <= '\u0EFF';
/** Spaces and the invisible word separators take the script around them when both sides are Lao. */
const isNeutral = (char: string) => /^[\s\u200B-\u200D\u2060]$/u.test(char);

/** The text cut into runs of one script each, in order: joined back, they give the text unchanged. */
export function scriptRuns(text: string): ScriptRun[] {
  const chars = [...text];
  const scriptAt = (index: number): Script => {
    if (!isNeutral(chars[index])) return isLao(chars[index]) ? 'lao' : 'latin';
    let before = index - 1;
    while (before >= 0 && isNeutral(chars[before])) before--;
    let after = index + 1;
    while (after < chars.length && isNeutral(chars[after])) after++;
    return before >= 0 && after < chars.length && isLao(chars[before]) && isLao(chars[after]) ? 'lao' : 'latin';
  };
  const runs: ScriptRun[] = [];
  chars.forEach((char, index) => {
    const script = scriptAt(index);
    const last = runs[runs.length - 1];
    if (last && last.script === script) last.text += char;
    else runs.push({ script, text: char });
  });
  return runs;
}
