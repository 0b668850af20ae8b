import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { QuestionInput } from '@lms/contracts';
import { parseMoodleXml } from './parse-moodle-xml';

const EXPORT = readFileSync(join(__dirname, 'fixtures', 'moodle-4-export.xml'), 'utf8');
const MODULE_1 = 'top/Default for LAO101/Module 1: Greetings';
const MODULE_2 = 'top/Default for LAO101/Module 2: Numbers';

/** A one-question file; the `<question` tag is on line 3. */
function oneQuestion(type: string, body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n  <question type="${type}">\n${body}\n  </question>\n</quiz>\n`;
}

const PROMPT = '<questiontext format="html"><text>Prompt</text></questiontext>';

describe('parseMoodleXml on a Moodle 4.x export', () => {
  const result = parseMoodleXml(EXPORT);
  const byTitle = (title: string) => result.questions.find((parsed) => parsed.question.title === title);

  it('reads every question without errors, each on the line of its <question> tag', () => {
    expect(result.errors).toEqual([]);
    expect(result.questions.map((parsed) => [parsed.line, parsed.question.type])).toEqual([
      [26, 'single_choice'],
      [85, 'multiple_choice'],
      [133, 'true_false'],
      [162, 'short_answer'],
      [198, 'numeric'],
      [251, 'matching'],
      [297, 'essay'],
    ]);
  });

  it('reads a single-answer multichoice, ignoring files, hints, tags and combined feedback', () => {
    const expected: QuestionInput = {
      type: 'single_choice',
      title: 'Say hello',
      prompt: '<p>How do you say "hello" in Lao? <img src="@@PLUGINFILE@@/wave.png" alt="wave" /></p>',
      format: 'html',
      category: MODULE_1,
      generalFeedback: '<p>ສະບາຍດີ (sabaidee) is the everyday greeting.</p>',
      points: 2,
      options: [
        { text: '<p>ສະບາຍດີ</p>', weight: 100, feedback: '<p>Right: ສະບາຍດີ</p>' },
        // CDATA is literal: the &quot; stays as written, HTML for the browser to decode.
        { text: '<p>ຂອບໃຈ</p>', weight: 0, feedback: '<p>That means &quot;thank you&quot;.</p>' },
        { text: 'Bonjour', weight: -33.33333 },
      ],
    };
    expect(byTitle('Say hello')).toEqual({ line: 26, question: expected });
  });

  it('reads a multiple-answer multichoice and decodes entities outside CDATA', () => {
    const expected: QuestionInput = {
      type: 'multiple_choice',
      title: 'Vowels & consonants',
      prompt: 'Which of these are Lao vowel signs?',
      format: 'moodle',
      category: MODULE_1,
      points: 1,
      options: [
        { text: 'ະ', weight: 50 },
        { text: 'າ', weight: 50 },
        { text: 'ກ', weight: -100, feedback: 'ກ is a consonant & not a vowel.' },
      ],
    };
    expect(byTitle('Vowels & consonants')).toEqual({ line: 85, question: expected });
  });

  it('reads a true/false question with feedback for each answer', () => {
    const expected: QuestionInput = {
      type: 'true_false',
      title: 'Capital',
      prompt: '<p>Vientiane is the capital of Laos.</p>',
      format: 'html',
      category: MODULE_1,
      points: 1,
      correct: true,
      trueFeedback: 'Yes: ວຽງຈັນ.',
      falseFeedback: 'It is, since 1563.',
    };
    expect(byTitle('Capital')).toEqual({ line: 133, question: expected });
  });

  it('reads a case-sensitive short answer, keeping "007" a string and "*" a wildcard', () => {
    const expected: QuestionInput = {
      type: 'short_answer',
      title: 'Agent number',
      prompt: 'Which number did James Bond have? <digits only>',
      format: 'plain',
      category: MODULE_1,
      points: 1,
      caseSensitive: true,
      answers: [
        { text: '007', weight: 100, feedback: 'Licensed to kill.' },
        { text: '7', weight: 50, feedback: 'Keep the zeros.' },
        { text: '*', weight: 0 },
      ],
    };
    expect(byTitle('Agent number')).toEqual({ line: 162, question: expected });
  });

  it('reads a numerical question as value and tolerance, dropping the zero-mark "*" answer', () => {
    const expected: QuestionInput = {
      type: 'numeric',
      title: 'Provinces',
      prompt: 'How many **provinces** does Laos have, not counting the prefecture?',
      format: 'markdown',
      category: MODULE_1,
      generalFeedback: '17 provinces and Vientiane Prefecture.',
      points: 1.5,
      answers: [
        { value: 17, tolerance: 0, weight: 100, feedback: 'Exactly.' },
        { value: 16.5, tolerance: 1.5, weight: 50 },
      ],
    };
    expect(byTitle('Provinces')).toEqual({ line: 198, question: expected });
  });

  it('reads a matching question, an empty subquestion being a distractor, in the next category', () => {
    const expected: QuestionInput = {
      type: 'matching',
      title: 'Lao numbers',
      prompt: '<p>Match the Lao numbers with their values.</p>',
      format: 'html',
      category: MODULE_2,
      points: 3,
      pairs: [
        { prompt: '<p>ໜຶ່ງ</p>', answer: '1' },
        { prompt: '<p>ສອງ</p>', answer: '2' },
        { prompt: '', answer: '3' },
      ],
    };
    expect(byTitle('Lao numbers')).toEqual({ line: 251, question: expected });
  });

  it('reads an essay with its grader information', () => {
    const expected: QuestionInput = {
      type: 'essay',
      title: 'Introduce yourself',
      prompt: '<p>Write three sentences about yourself in ພາສາລາວ.</p>',
      format: 'html',
      category: MODULE_2,
      points: 10,
      graderInfo: '<p>Full marks need correct tone marks.</p>',
    };
    expect(byTitle('Introduce yourself')).toEqual({ line: 297, question: expected });
  });

  it('reads the same file with Windows line endings and a byte-order mark', () => {
    const windows = parseMoodleXml(`\uFEFF${EXPORT.replace(/\n/g, '\r\n')}`);
    expect(windows).toEqual(result);
  });
});

describe('parseMoodleXml errors', () => {
  it('reports malformed XML once, on the line the validator names', () => {
    const xml = '<?xml version="1.0"?>\n<quiz>\n  <question type="essay">\n    <name><text>Broken</text></nam>\n  </question>\n</quiz>';
    const result = parseMoodleXml(xml);
    expect(result.questions).toEqual([]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0].line).toBe(4);
    expect(result.errors[0].message).toMatch(/^Malformed XML: .*'name'/);
  });

  it('reports an empty file and a file that is not XML', () => {
    expect(parseMoodleXml('')).toEqual({ questions: [], errors: [{ line: 1, message: expect.stringMatching(/^Malformed XML/) }] });
    expect(parseMoodleXml('\n\nhello')).toEqual({ questions: [], errors: [{ line: 3, message: expect.stringMatching(/^Malformed XML/) }] });
  });

  it('rejects a root element other than <quiz>, on its line', () => {
    const result = parseMoodleXml('<?xml version="1.0"?>\n\n<questions><question type="essay"/></questions>');
    expect(result).toEqual({
      questions: [],
      errors: [{ line: 3, message: 'Not a Moodle XML question file: expected a <quiz> root element, found the root element <questions>' }],
    });
  });

  it('treats a <quiz> without questions as nothing to import, not an error', () => {
    expect(parseMoodleXml('<quiz>\n</quiz>')).toEqual({ questions: [], errors: [] });
  });

  it('names each unsupported type on its own line and still reads the others', () => {
    const xml = [
      '<quiz>',
      '<!-- <question type="ignored"> in a comment does not count -->',
      '  <question type="description"><name><text>Intro</text></name>' + PROMPT + '</question>',
      '  <question',
      '      type="cloze"><name><text>Gaps</text></name>' + PROMPT + '</question>',
      '  <question type="essay"><name><text>Fine</text></name>' + PROMPT + '</question>',
      '  <question type="calculatedsimple">' + PROMPT + '</question>',
      '  <question type="ddwtos">' + PROMPT + '</question>',
      '  <question type="gapselect">' + PROMPT + '</question>',
      '  <question type="random"><questiontext format="html"><text>0</text></questiontext></question>',
      '  <question>' + PROMPT + '</question>',
      '  <question type="toString">' + PROMPT + '</question>',
      '</quiz>',
    ].join('\n');
    const result = parseMoodleXml(xml);
    expect(result.questions).toEqual([{ line: 6, question: { type: 'essay', title: 'Fine', prompt: 'Prompt', format: 'html' } }]);
    expect(result.errors).toEqual([
      { line: 3, message: expect.stringContaining('Question type "description" is not supported') },
      { line: 4, message: expect.stringContaining('Question type "cloze" is not supported') },
      { line: 7, message: expect.stringContaining('Question type "calculatedsimple" is not supported') },
      { line: 8, message: expect.stringContaining('Question type "ddwtos" is not supported') },
      { line: 9, message: expect.stringContaining('Question type "gapselect" is not supported') },
      { line: 10, message: expect.stringContaining('Question type "random" is not supported') },
      { line: 11, message: 'A <question> has no type attribute' },
      { line: 12, message: expect.stringContaining('Question type "toString" is not supported') },
    ]);
  });

  it('reports a matching question without subquestions', () => {
    const xml = oneQuestion('matching', `    <name><text>Pairs</text></name>\n    ${PROMPT}\n    <shuffleanswers>true</shuffleanswers>`);
    expect(parseMoodleXml(xml)).toEqual({ questions: [], errors: [{ line: 3, message: 'Matching question "Pairs": it has no subquestions' }] });
  });

  it('reports matching subquestions that are all distractors, or lack an answer', () => {
    const sub = (prompt: string, answer: string) => `<subquestion format="html"><text>${prompt}</text><answer><text>${answer}</text></answer></subquestion>`;
    expect(parseMoodleXml(oneQuestion('matching', PROMPT + sub('', 'a') + sub('', 'b'))).errors).toEqual([
      { line: 3, message: 'Matching question: every subquestion is blank or a distractor' },
    ]);
    expect(parseMoodleXml(oneQuestion('matching', PROMPT + sub('One', '1') + sub('Two', ''))).errors).toEqual([
      { line: 3, message: 'Matching question: subquestion 2 has no answer' },
    ]);
  });

  it('reports a numerical answer that is not a number, and a bad tolerance', () => {
    const answer = (text: string, tolerance: string) =>
      `<answer fraction="100" format="moodle_auto_format"><text>${text}</text><tolerance>${tolerance}</tolerance></answer>`;
    const xml = oneQuestion('numerical', `    <name><text>Pi</text></name>\n    ${PROMPT}\n    ${answer('3,14', '0')}\n    ${answer('3.14', 'a bit')}`);
    expect(parseMoodleXml(xml)).toEqual({
      questions: [],
      errors: [
        { line: 3, message: 'Numerical question "Pi": answer 1 "3,14" is not a number' },
        { line: 3, message: 'Numerical question "Pi": answer 2 has tolerance "a bit", which is not a number' },
      ],
    });
  });

  it('reports a "*" numerical answer that gives marks, since Lane cannot express "any value"', () => {
    const xml = oneQuestion('numerical', `${PROMPT}<answer fraction="100"><text>*</text></answer>`);
    expect(parseMoodleXml(xml).errors).toEqual([
      { line: 3, message: 'Numerical question: answer 1 is "*" (any value) with fraction 100; Lane cannot give marks for any value' },
    ]);
  });

  it('reports a missing or empty question text', () => {
    const missing = oneQuestion('essay', '    <name><text>No text</text></name>');
    expect(parseMoodleXml(missing).errors).toEqual([{ line: 3, message: 'Essay question "No text": it has no <questiontext>' }]);
    const empty = oneQuestion('shortanswer', '<questiontext format="html"><text>  </text></questiontext><answer fraction="100"><text>x</text></answer>');
    expect(parseMoodleXml(empty).errors).toEqual([{ line: 3, message: 'Shortanswer question: its question text is empty' }]);
  });

  it('reports unescaped HTML inside <text> instead of dropping it', () => {
    const xml = oneQuestion('essay', '<questiontext format="html"><text><p>Raw</p></text></questiontext>');
    expect(parseMoodleXml(xml).errors).toEqual([
      { line: 3, message: 'Essay question: the <text> of <questiontext> contains markup; HTML must be escaped or wrapped in <![CDATA[ ]]>' },
      { line: 3, message: 'Essay question: its question text is empty' },
    ]);
  });

  it('reports bad fractions and marks, and choice questions with fewer than two answers', () => {
    const xml = oneQuestion(
      'multichoice',
      `${PROMPT}<defaultgrade>lots</defaultgrade><answer fraction="150"><text>A</text></answer><answer fraction="0"><text> </text></answer>`,
    );
    expect(parseMoodleXml(xml).errors).toEqual([
      { line: 3, message: 'Multichoice question: <defaultgrade> "lots" is not a number of marks' },
      { line: 3, message: 'Multichoice question: answer 1 has fraction "150"; it must be a percentage between -100 and 100' },
      { line: 3, message: 'Multichoice question: it needs at least two answers' },
    ]);
  });

  it('reports short-answer and true/false questions without answers', () => {
    expect(parseMoodleXml(oneQuestion('shortanswer', PROMPT)).errors).toEqual([{ line: 3, message: 'Shortanswer question: it has no answers' }]);
    expect(parseMoodleXml(oneQuestion('truefalse', PROMPT)).errors).toEqual([
      { line: 3, message: 'Truefalse question: it has no "true" and "false" answers' },
    ]);
  });

  it('does not throw on a tag name fast-xml-parser refuses', () => {
    const result = parseMoodleXml('<quiz><constructor/></quiz>');
    expect(result.questions).toEqual([]);
    expect(result.errors).toEqual([{ line: 1, message: expect.stringContaining('The file could not be read') }]);
  });

  it('does not expand entities declared in a DOCTYPE', () => {
    const xml = `<!DOCTYPE quiz [<!ENTITY lol "lol">]>\n<quiz>\n<question type="essay"><questiontext><text>&lol;</text></questiontext></question>\n</quiz>`;
    expect(parseMoodleXml(xml)).toEqual({ questions: [{ line: 3, question: { type: 'essay', prompt: '&lol;', format: 'html' } }], errors: [] });
  });
});

describe('parseMoodleXml details', () => {
  it('reads <single> the way Moodle does: missing means single, "0" and "false" mean multiple', () => {
    const answers = '<answer fraction="100"><text>A</text></answer><answer fraction="0"><text>B</text></answer>';
    const typeWith = (single: string) => parseMoodleXml(oneQuestion('multichoice', PROMPT + single + answers)).questions[0]?.question.type;
    expect(typeWith('')).toBe('single_choice');
    expect(typeWith('<single>1</single>')).toBe('single_choice');
    expect(typeWith('<single>true</single>')).toBe('single_choice');
    expect(typeWith('<single>0</single>')).toBe('multiple_choice');
    expect(typeWith('<single>false</single>')).toBe('multiple_choice');
  });

  it('decides true/false by the "true" answer, falling back to answer order for localised labels', () => {
    const tf = (answers: string) => parseMoodleXml(oneQuestion('truefalse', PROMPT + answers)).questions[0]?.question;
    expect(tf('<answer fraction="0"><text>false</text></answer><answer fraction="100"><text>true</text></answer>')).toMatchObject({ correct: true });
    expect(tf('<answer fraction="100"><text>false</text></answer><answer fraction="0"><text>true</text></answer>')).toMatchObject({ correct: false });
    expect(tf('<answer fraction="0"><text>Vrai</text></answer><answer fraction="100"><text>Faux</text></answer>')).toMatchObject({ correct: false });
  });

  it('normalises category paths: context dropped, everything under top, bare top meaning none', () => {
    const withCategory = (path: string) =>
      parseMoodleXml(
        `<quiz><question type="category"><category><text>${path}</text></category></question><question type="essay">${PROMPT}</question></quiz>`,
      ).questions[0]?.question.category;
    expect(withCategory('$course$/top/Week 1')).toBe('top/Week 1');
    expect(withCategory('$system$/Week 1/ Day 2 ')).toBe('top/Week 1/Day 2');
    expect(withCategory('$cat1$/top/Shared')).toBe('top/Shared');
    expect(withCategory('$module$/top/A//B')).toBe('top/A//B');
    expect(withCategory('Week 1')).toBe('top/Week 1');
    expect(withCategory('$course$/top')).toBeUndefined();
    expect(withCategory('')).toBeUndefined();
  });

  it('matches lines to questions past CDATA, comments, attributes with ">" and self-closing questions', () => {
    const xml = [
      '<quiz>',
      '  <!-- a comment',
      '       spanning <question type="x"> lines -->',
      '  <question type="random"/>',
      '  <question type="essay" note="a > b">',
      `    <questiontext><text><![CDATA[`,
      '<question type="fake">',
      ']]></text></questiontext>',
      '  </question>',
      '  <question type="truefalse">',
      '  </question>',
      '</quiz>',
    ].join('\n');
    const result = parseMoodleXml(xml);
    expect(result.questions).toEqual([{ line: 5, question: { type: 'essay', prompt: '<question type="fake">', format: 'html' } }]);
    expect(result.errors.map((error) => error.line)).toEqual([4, 10, 10]);
  });
});
