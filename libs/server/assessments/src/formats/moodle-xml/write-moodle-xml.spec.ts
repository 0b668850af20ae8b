import type { QuestionInput } from '@lms/contracts';
import { XMLValidator } from 'fast-xml-parser';
import { parseMoodleXml } from './parse-moodle-xml';
import { defaultName, writeMoodleXml } from './write-moodle-xml';

const essay = (prompt: string, category?: string): QuestionInput => ({
  type: 'essay',
  title: prompt,
  prompt,
  format: 'html',
  ...(category === undefined ? {} : { category }),
});
const categoriesIn = (xml: string) => [...xml.matchAll(/<category>\s*<text><!\[CDATA\[(.*?)\]\]><\/text>/g)].map((match) => match[1]);

describe('writeMoodleXml', () => {
  it('writes a question the way Moodle exports it', () => {
    const xml = writeMoodleXml([
      {
        type: 'single_choice',
        title: 'Say hello',
        prompt: '<p>How do you say "hello"?</p>',
        format: 'html',
        category: 'top/Greetings',
        points: 2,
        options: [
          { text: 'ສະບາຍດີ', weight: 100, feedback: 'Right' },
          { text: 'ຂອບໃຈ', weight: 0 },
        ],
      },
    ]);
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<quiz>',
        '  <question type="category">',
        '    <category>',
        '      <text><![CDATA[$course$/top/Greetings]]></text>',
        '    </category>',
        '    <info format="moodle_auto_format">',
        '      <text></text>',
        '    </info>',
        '  </question>',
        '',
        '  <question type="multichoice">',
        '    <name>',
        '      <text><![CDATA[Say hello]]></text>',
        '    </name>',
        '    <questiontext format="html">',
        '      <text><![CDATA[<p>How do you say "hello"?</p>]]></text>',
        '    </questiontext>',
        '    <generalfeedback format="html">',
        '      <text></text>',
        '    </generalfeedback>',
        '    <defaultgrade>2</defaultgrade>',
        '    <single>true</single>',
        '    <shuffleanswers>true</shuffleanswers>',
        '    <answernumbering>abc</answernumbering>',
        '    <answer fraction="100" format="html">',
        '      <text><![CDATA[ສະບາຍດີ]]></text>',
        '      <feedback format="html">',
        '        <text><![CDATA[Right]]></text>',
        '      </feedback>',
        '    </answer>',
        '    <answer fraction="0" format="html">',
        '      <text><![CDATA[ຂອບໃຈ]]></text>',
        '      <feedback format="html">',
        '        <text></text>',
        '      </feedback>',
        '    </answer>',
        '  </question>',
        '',
        '</quiz>',
        '',
      ].join('\n'),
    );
  });

  it('writes a category question only when the category changes, and top for "none" after one', () => {
    const xml = writeMoodleXml([
      essay('A'),
      essay('B', 'top/One'),
      essay('C', 'One'),
      essay('D', '$course$/top/Two'),
      essay('E'),
    ]);
    expect(categoriesIn(xml)).toEqual(['$course$/top/One', '$course$/top/Two', '$course$/top']);
    expect(parseMoodleXml(xml).questions.map((parsed) => parsed.question.category)).toEqual([undefined, 'top/One', 'top/One', 'top/Two', undefined]);
  });

  it('splits "]]>" across CDATA sections and drops characters XML cannot hold', () => {
    const xml = writeMoodleXml([essay('a ]]> b\u0000\u0008\uFFFE\uD800 c')]);
    expect(xml).toContain('<text><![CDATA[a ]]]]><![CDATA[> b c]]></text>');
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parseMoodleXml(xml).questions[0].question.prompt).toBe('a ]]> b c');
  });

  it('writes a min/max numeric answer as its midpoint and half-width', () => {
    const xml = writeMoodleXml([
      {
        type: 'numeric',
        title: 'Range',
        prompt: 'Between 2 and 5?',
        format: 'plain',
        answers: [
          { min: 2, max: 5, weight: 100 },
          { value: 10, tolerance: 0.5, weight: 50, feedback: 'Close' },
        ],
      },
    ]);
    expect(xml).toContain('<text><![CDATA[3.5]]></text>');
    expect(xml).toContain('<tolerance>1.5</tolerance>');
    expect(parseMoodleXml(xml).questions[0].question).toEqual({
      type: 'numeric',
      title: 'Range',
      prompt: 'Between 2 and 5?',
      format: 'plain',
      answers: [
        { value: 3.5, tolerance: 1.5, weight: 100 },
        { value: 10, tolerance: 0.5, weight: 50, feedback: 'Close' },
      ],
    });
  });

  it('writes true/false, short-answer, matching and essay specifics', () => {
    const questions: QuestionInput[] = [
      { type: 'true_false', title: 'T', prompt: 'Sky is blue', format: 'moodle', correct: false, falseFeedback: 'At night?' },
      { type: 'short_answer', title: 'S', prompt: 'Name', format: 'markdown', caseSensitive: true, answers: [{ text: 'Ada', weight: 100 }] },
      { type: 'matching', title: 'M', prompt: 'Match', format: 'html', pairs: [{ prompt: 'a', answer: '1' }, { prompt: '', answer: '2' }] },
      { type: 'essay', title: 'E', prompt: 'Write', format: 'html', graderInfo: 'Be kind', points: 5 },
    ];
    const xml = writeMoodleXml(questions);
    expect(xml).toContain('<answer fraction="0" format="moodle_auto_format">\n      <text><![CDATA[true]]></text>');
    expect(xml).toContain('<answer fraction="100" format="moodle_auto_format">\n      <text><![CDATA[false]]></text>');
    expect(xml).toContain('<usecase>1</usecase>');
    expect(xml).toContain('<subquestion format="html">\n      <text></text>\n      <answer>\n        <text><![CDATA[2]]></text>');
    expect(xml).toContain('<graderinfo format="html">\n      <text><![CDATA[Be kind]]></text>');
    const parsed = parseMoodleXml(xml);
    expect(parsed.errors).toEqual([]);
    expect(parsed.questions.map(({ question }) => question)).toEqual(questions);
  });

  it('names an untitled question after its text, as Moodle does, and marks a missing-word blank', () => {
    const xml = writeMoodleXml([{ type: 'short_answer', prompt: '<p>The capital of Laos is  .</p>', format: 'html', blankAt: 26, answers: [{ text: 'Vientiane', weight: 100 }] }]);
    expect(parseMoodleXml(xml).questions[0].question).toMatchObject({ title: 'The capital of Laos is .', prompt: '<p>The capital of Laos is _____ .</p>' });
  });

  it('shortens default names to 80 characters and never leaves them empty', () => {
    expect(defaultName('ພ'.repeat(100))).toBe(`${'ພ'.repeat(80)}…`);
    expect(defaultName('<img src="x.png">')).toBe('Question');
  });

  it('writes an empty file as an empty quiz', () => {
    expect(writeMoodleXml([])).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n</quiz>\n');
    expect(parseMoodleXml(writeMoodleXml([]))).toEqual({ questions: [], errors: [] });
  });
});
