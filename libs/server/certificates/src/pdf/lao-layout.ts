const SARA_AM = '\u0EB3';
const NIKHAHIT = '\u0ECD';
const SARA_AA = '\u0EB2';
/** Vowels, tone marks and signs above the consonant (HarfBuzz's IS_ABOVE_BASE_MARK, for Lao). */
const isAboveBaseMark = (char: string) => char === '\u0EB1' || (char >= '\u0EB4' && char <= '\u0EB7') || char === '\u0EBB' || (char >= '\u0EC7' && char <= '\u0ECE');

/**
 * Lao text as fontkit must be handed it. fontkit has no Thai and Lao shaper, and HarfBuzz's does
 * one thing the font cannot: it splits SARA AM (ຳ) into NIKHAHIT and SARA AA, and moves the
 * NIKHAHIT before the tone mark typed ahead of it, so that in ນ້ຳ the font stacks the tone mark
 * on the circle instead of setting the two side by side. Only the drawing uses this: the PDF
 * spells the text as it was written.
 */
export function laoForLayout(text: string): string {
  const chars: string[] = [];
  for (const char of text) {
    if (char !== SARA_AM) {
      chars.push(char);
      continue;
    }
    let at = chars.length;
    while (at > 0 && isAboveBaseMark(chars[at - 1])) at--;
    chars.splice(at, 0, NIKHAHIT);
    chars.push(SARA_AA);
  }
  return chars.join('');
}
