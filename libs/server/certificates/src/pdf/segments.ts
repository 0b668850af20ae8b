/** A piece of a line: the catalogue's words, or a value filled into them (which a line may set in bold). */
export interface Segment {
  text: string;
  value?: boolean;
}

/** The template with its {placeholders} filled, cut where the values are. */
export function fillTemplate(template: string, values: Record<string, string>): Segment[] {
  return template
    .split(/(\{\w+\})/)
    .filter((part) => part !== '')
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      if (name === undefined) return { text: part };
      if (!(name in values)) throw new Error(`No value for {${name}} in "${template}"`);
      return { text: values[name], value: true };
    });
}

export const segmentsText = (segments: Segment[]) => segments.map((s) => s.text).join('');
