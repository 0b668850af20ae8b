import type { QuestionInput } from '@lms/contracts';
import { parseGift } from './parse-gift';

function parseOne(gift: string): QuestionInput {
  const result = parseGift(gift);
  expect(result.errors).toEqual([]);
  expect(result.questions).toHaveLength(1);
  return result.questions[0].question;
}

/** The problems of a text that should not give any question. */
function problemsOf(gift: string) {
  const result = parseGift(gift);
  expect(result.questions).toEqual([]);
  return result.errors;
}

const blank = (before: string, after: string) => ({ prompt: before + after, blankAt: before.length });

describe('parseGift: the file', () => {
  it('separates questions by blank lines, whitespace-only lines included, and numbers each by its first line', () => {
    const result = parseGift('Q1 {T}\n\n\n  \t \nQ2\nspans lines {F}\n\nQ3 {}');
    expect(result.errors).toEqual([]);
    expect(result.questions).toEqual([
      { line: 1, question: { type: 'true_false', prompt: 'Q1', format: 'moodle', correct: true } },
      { line: 5, question: { type: 'true_false', prompt: 'Q2\nspans lines', format: 'moodle', correct: false } },
      { line: 8, question: { type: 'essay', prompt: 'Q3', format: 'moodle' } },
    ]);
  });

  it('reads CRLF and CR line endings and a byte-order mark', () => {
    const lines = (eol: string) => parseGift(`\uFEFF// c${eol}Q1 {T}${eol}${eol}Q2 {F}`).questions.map((q) => [q.line, q.question.prompt]);
    expect(lines('\r\n')).toEqual([
      [2, 'Q1'],
      [4, 'Q2'],
    ]);
    expect(lines('\r')).toEqual(lines('\r\n'));
    expect(lines('\n')).toEqual(lines('\r\n'));
  });

  it('drops comment lines anywhere, even inside a question, and skips blocks of comments only', () => {
    const result = parseGift(`// header
   // indented comment

// before
Which?
// between the prompt and the answers
{
  // inside the block
  =a
  ~b // not a comment: it does not start the line
}`);
    expect(result.errors).toEqual([]);
    expect(result.questions).toEqual([
      {
        line: 5,
        question: {
          type: 'single_choice',
          prompt: 'Which?',
          format: 'moodle',
          options: [
            { text: 'a', weight: 100 },
            { text: 'b // not a comment: it does not start the line', weight: 0 },
          ],
        },
      },
    ]);
  });

  it('gives nothing for an empty or blank file', () => {
    expect(parseGift('')).toEqual({ questions: [], errors: [] });
    expect(parseGift('\n \n\t\n// only a comment\n')).toEqual({ questions: [], errors: [] });
  });
});

describe('parseGift: categories', () => {
  it('sets the category of the questions after it, until the next one', () => {
    const result = parseGift(`Q0 {T}

$CATEGORY: top/Module 1

Q1 {T}

Q2 {T}

$CATEGORY:    top/Module 2/Unit A   

Q3 {T}`);
    expect(result.errors).toEqual([]);
    expect(result.questions.map((q) => [q.line, q.question.prompt, q.question.category])).toEqual([
      [1, 'Q0', undefined],
      [5, 'Q1', 'top/Module 1'],
      [7, 'Q2', 'top/Module 1'],
      [11, 'Q3', 'top/Module 2/Unit A'],
    ]);
    expect('category' in result.questions[0].question).toBe(false);
  });

  it("drops Moodle's context segment ($course$, $system$, $module$, …) and nothing else", () => {
    const categories = (line: string) => parseGift(`${line}\n\nQ {T}`).questions.map((q) => q.question.category);
    expect(categories('$CATEGORY: $course$/top/Default for Quiz 1')).toEqual(['top/Default for Quiz 1']);
    expect(categories('$CATEGORY: $system$/top/Shared')).toEqual(['top/Shared']);
    expect(categories('$CATEGORY: $module$/top')).toEqual(['top']);
    expect(categories('$CATEGORY: $Course$/top')).toEqual(['$Course$/top']);
    expect(categories('$CATEGORY: top/$course$/x')).toEqual(['top/$course$/x']);
  });

  it('clears the category with an empty path (or a context alone)', () => {
    const result = parseGift('$CATEGORY: a\n\nQ1 {T}\n\n$CATEGORY:\n\nQ2 {T}\n\n$CATEGORY: b\n\nQ3 {T}\n\n$CATEGORY: $course$\n\nQ4 {T}');
    expect(result.questions.map((q) => q.question.category)).toEqual(['a', undefined, 'b', undefined]);
  });

  it('accepts a question straight after the $CATEGORY line, numbered from its own first line', () => {
    const result = parseGift('// comment\n$CATEGORY: a\n::Q:: text {T}');
    expect(result).toEqual({
      errors: [],
      questions: [{ line: 3, question: { type: 'true_false', title: 'Q', prompt: 'text', format: 'moodle', category: 'a', correct: true } }],
    });
  });

  it('starts a new question at a $CATEGORY line, even without a blank line before it', () => {
    const result = parseGift('Q1 {T}\n$CATEGORY: a\n$CATEGORY: b\nQ2 {F}');
    expect(result.errors).toEqual([]);
    expect(result.questions.map((q) => [q.line, q.question.prompt, q.question.category])).toEqual([
      [1, 'Q1', undefined],
      [4, 'Q2', 'b'],
    ]);
  });

  it('reads $CATEGORY only at the start of a line', () => {
    expect(parseOne('Is $CATEGORY: x a category here? {F}')).toMatchObject({ prompt: 'Is $CATEGORY: x a category here?', correct: false });
  });
});

describe('parseGift: title and text format', () => {
  it('reads ::title::, trimmed, with escapes', () => {
    expect(parseOne('::  Ratio 1\\:2 \\{a\\} ::  What is it? {T}')).toEqual({
      type: 'true_false',
      title: 'Ratio 1:2 {a}',
      prompt: 'What is it?',
      format: 'moodle',
      correct: true,
    });
  });

  it('leaves out an empty title', () => {
    expect(parseOne('::  :: What? {T}')).toEqual({ type: 'true_false', prompt: 'What?', format: 'moodle', correct: true });
  });

  it.each(['html', 'plain', 'markdown', 'moodle'] as const)('reads [%s] before the text, with or without a title', (format) => {
    expect(parseOne(`[${format}]Text {T}`)).toMatchObject({ prompt: 'Text', format });
    expect(parseOne(`::T:: [${format}] Text {T}`)).toMatchObject({ title: 'T', prompt: 'Text', format });
  });

  it('keeps the inner newlines of a multi-line [markdown] or [html] text, trimming each line as Moodle does', () => {
    expect(parseOne('::md::[markdown]# Heading\n  * one\n  * two\nWhich? {\n=a\n~b\n}')).toEqual({
      type: 'single_choice',
      title: 'md',
      prompt: '# Heading\n* one\n* two\nWhich?',
      format: 'markdown',
      options: [
        { text: 'a', weight: 100 },
        { text: 'b', weight: 0 },
      ],
    });
    expect(parseOne('[html]<p>One</p>\n<p>Two</p>\n{}')).toEqual({ type: 'essay', prompt: '<p>One</p>\n<p>Two</p>', format: 'html' });
  });

  it('drops the [format] of an answer or a feedback, which the data model cannot keep', () => {
    expect(parseOne('[html]Q {=[html]<b>a</b> #[markdown]**yes** ~[plain]b ####[html]<i>g</i>}')).toEqual({
      type: 'single_choice',
      prompt: 'Q',
      format: 'html',
      generalFeedback: '<i>g</i>',
      options: [
        { text: '<b>a</b>', weight: 100, feedback: '**yes**' },
        { text: 'b', weight: 0 },
      ],
    });
  });

  it('keeps a bracketed word that is not a format name as text', () => {
    expect(parseOne('[Note] Read first. {T}')).toMatchObject({ prompt: '[Note] Read first.', format: 'moodle' });
    expect(parseOne('[moodle][note] Read first. {T}')).toMatchObject({ prompt: '[note] Read first.', format: 'moodle' });
    expect(parseOne('[1] Read first. {T}')).toMatchObject({ prompt: '[1] Read first.' });
    expect(parseOne('Q {~[Note] a =[x]b}')).toMatchObject({ options: [{ text: '[Note] a' }, { text: '[x]b' }] });
  });
});

describe('parseGift: question types', () => {
  it('{} and { } are essays; general feedback alone is an essay too', () => {
    expect(parseOne('Write. {}')).toEqual({ type: 'essay', prompt: 'Write.', format: 'moodle' });
    expect(parseOne('Write. {  \n }')).toEqual({ type: 'essay', prompt: 'Write.', format: 'moodle' });
    expect(parseOne('Write. {####Any length will do.}')).toEqual({ type: 'essay', prompt: 'Write.', format: 'moodle', generalFeedback: 'Any length will do.' });
  });

  it.each([
    ['T', true],
    ['TRUE', true],
    ['F', false],
    ['FALSE', false],
  ])('{%s} is true/false', (answer, correct) => {
    expect(parseOne(`Statement. { ${answer} }`)).toEqual({ type: 'true_false', prompt: 'Statement.', format: 'moodle', correct });
  });

  it("maps true/false feedback in Moodle's order: first for a wrong answer, second for a right one", () => {
    expect(parseOne('S. {T#you answered false#you answered true}')).toMatchObject({
      correct: true,
      trueFeedback: 'you answered true',
      falseFeedback: 'you answered false',
    });
    expect(parseOne('S. {FALSE #you answered true #you answered false}')).toMatchObject({
      correct: false,
      trueFeedback: 'you answered true',
      falseFeedback: 'you answered false',
    });
    expect(parseOne('S. {T##only when right}')).toEqual({ type: 'true_false', prompt: 'S.', format: 'moodle', correct: true, trueFeedback: 'only when right' });
    expect(parseOne('S. {T#only when wrong}')).toEqual({ type: 'true_false', prompt: 'S.', format: 'moodle', correct: true, falseFeedback: 'only when wrong' });
    // Moodle splits at the first two "#" only.
    expect(parseOne('S. {F#a#b#c}')).toMatchObject({ trueFeedback: 'a', falseFeedback: 'b#c' });
    expect(parseOne('S. {T#a#b####general}')).toMatchObject({ trueFeedback: 'b', falseFeedback: 'a', generalFeedback: 'general' });
  });

  it('any "~" makes a choice: with an "=" it is single choice, without one multiple choice', () => {
    expect(parseOne('Q {=a ~b ~%50%c}')).toEqual({
      type: 'single_choice',
      prompt: 'Q',
      format: 'moodle',
      options: [
        { text: 'a', weight: 100 },
        { text: 'b', weight: 0 },
        { text: 'c', weight: 50 },
      ],
    });
    expect(parseOne('Q {~%50%a ~%50%b ~c ~%-100%d}')).toEqual({
      type: 'multiple_choice',
      prompt: 'Q',
      format: 'moodle',
      options: [
        { text: 'a', weight: 50 },
        { text: 'b', weight: 50 },
        { text: 'c', weight: 0 },
        { text: 'd', weight: -100 },
      ],
    });
    // Two right answers of a single choice: one "=", the other at 100%.
    expect(parseOne('Q {=a ~%100%b ~c}')).toMatchObject({ type: 'single_choice', options: [{ weight: 100 }, { weight: 100 }, { weight: 0 }] });
  });

  it('reads decimal and negative weights', () => {
    expect(parseOne('Q {~%33.33333%a ~%33.3%b ~%-33.33333%c ~%0%d ~%.5%e}')).toMatchObject({
      options: [{ weight: 33.33333 }, { weight: 33.3 }, { weight: -33.33333 }, { weight: 0 }, { weight: 0.5 }],
    });
  });

  it('only "=" answers are a short answer, each with its weight and feedback', () => {
    expect(parseOne('Who? {=Grant #Yes =%50%General Grant #Close =%-10%Lee}')).toEqual({
      type: 'short_answer',
      prompt: 'Who?',
      format: 'moodle',
      answers: [
        { text: 'Grant', weight: 100, feedback: 'Yes' },
        { text: 'General Grant', weight: 50, feedback: 'Close' },
        { text: 'Lee', weight: -10 },
      ],
    });
  });

  it('reads a block without any answer marker as its only short answer, as Moodle does', () => {
    expect(parseOne('1 + 2 \\= {3}')).toEqual({ type: 'short_answer', prompt: '1 + 2 =', format: 'moodle', answers: [{ text: '3', weight: 100 }] });
    expect(parseOne('Capital? {Vientiane #Yes}')).toMatchObject({ answers: [{ text: 'Vientiane', weight: 100, feedback: 'Yes' }] });
  });

  it('"=" and "->" without "~" are a matching question', () => {
    expect(parseOne('Match. {\n=a -> 1\n=b->2\n= c  ->  3 4 \n}')).toEqual({
      type: 'matching',
      prompt: 'Match.',
      format: 'moodle',
      pairs: [
        { prompt: 'a', answer: '1' },
        { prompt: 'b', answer: '2' },
        { prompt: 'c', answer: '3 4' },
      ],
    });
  });

  it('reads an empty matching item as a distractor, and a [format] only on the item side', () => {
    expect(parseOne('Match. {=[html]<b>a</b> -> [html]1 =b -> 2 = -> 3 ####Well.}')).toEqual({
      type: 'matching',
      prompt: 'Match.',
      format: 'moodle',
      generalFeedback: 'Well.',
      pairs: [
        { prompt: '<b>a</b>', answer: '[html]1' },
        { prompt: 'b', answer: '2' },
        { prompt: '', answer: '3' },
      ],
    });
  });

  it('keeps "->" after the first one in the match', () => {
    expect(parseOne('Match. {=a -> b -> c =d -> e}')).toMatchObject({ pairs: [{ prompt: 'a', answer: 'b -> c' }, { prompt: 'd', answer: 'e' }] });
  });

  it('reads the numeric forms: value, value:tolerance, min..max, several weighted answers', () => {
    const answers = (block: string) => (parseOne(`N? {${block}}`) as { answers: unknown }).answers;
    expect(answers('#3.14')).toEqual([{ value: 3.14, tolerance: 0, weight: 100 }]);
    expect(answers('#3.14:0.01')).toEqual([{ value: 3.14, tolerance: 0.01, weight: 100 }]);
    expect(answers('#1..5')).toEqual([{ min: 1, max: 5, weight: 100 }]);
    expect(answers('#-5..-1')).toEqual([{ min: -5, max: -1, weight: 100 }]);
    expect(answers('# -1.5e3 : +2E-2 ')).toEqual([{ value: -1500, tolerance: 0.02, weight: 100 }]);
    expect(answers('#-0')).toEqual([{ value: 0, tolerance: 0, weight: 100 }]);
    expect(answers('#=5')).toEqual([{ value: 5, tolerance: 0, weight: 100 }]);
    expect(answers('# =2010:0 =%50%2009:1 #feedback')).toEqual([
      { value: 2010, tolerance: 0, weight: 100 },
      { value: 2009, tolerance: 1, weight: 50, feedback: 'feedback' },
    ]);
    expect(answers('#1822:5 #Right ####General')).toEqual([{ value: 1822, tolerance: 5, weight: 100, feedback: 'Right' }]);
    expect(answers('#%50%7 =8')).toEqual([
      { value: 7, tolerance: 0, weight: 50 },
      { value: 8, tolerance: 0, weight: 100 },
    ]);
  });

  it('puts general feedback on every type', () => {
    expect(parseOne('S. {T####g}')).toMatchObject({ type: 'true_false', generalFeedback: 'g' });
    expect(parseOne('N? {#5####g}')).toMatchObject({ type: 'numeric', generalFeedback: 'g' });
    expect(parseOne('Q {=a ####g}')).toMatchObject({ type: 'short_answer', generalFeedback: 'g' });
    expect(parseOne('Q {=a->b =c->d\n####  g \n}')).toMatchObject({ type: 'matching', generalFeedback: 'g' });
    expect(parseOne('Q {=a ~b ####}')).not.toHaveProperty('generalFeedback');
  });
});

describe('parseGift: feedback and answer markers', () => {
  it('lets feedback run to the next answer and keep further "#"', () => {
    expect(parseOne('Q {=a #one # two ~b}')).toMatchObject({ options: [{ text: 'a', feedback: 'one # two' }, { text: 'b' }] });
  });

  it('leaves out an empty feedback', () => {
    expect(parseOne('Q {=a# ~b #  }')).toEqual({
      type: 'single_choice',
      prompt: 'Q',
      format: 'moodle',
      options: [
        { text: 'a', weight: 100 },
        { text: 'b', weight: 0 },
      ],
    });
  });

  it('starts a new answer at every unescaped "=" or "~", even inside feedback, as Moodle does', () => {
    expect(parseOne('Q {~a #x=y ~b}')).toMatchObject({
      type: 'single_choice',
      options: [{ text: 'a', feedback: 'x' }, { text: 'y', weight: 100 }, { text: 'b' }],
    });
    expect(parseOne('Q {~a #x\\=y ~b}')).toMatchObject({ type: 'multiple_choice', options: [{ text: 'a', feedback: 'x=y' }, { text: 'b' }] });
  });

  it('keeps "%" that does not close as text', () => {
    expect(parseOne('Q {~%50 of them ~b}')).toMatchObject({ options: [{ text: '%50 of them', weight: 0 }, { text: 'b' }] });
    expect(parseOne('Q {~[moodle]%5% off ~b}')).toMatchObject({ options: [{ text: '%5% off', weight: 0 }, { text: 'b' }] });
  });
});

describe('parseGift: missing words', () => {
  it('joins the text before and after the block as Moodle does, and marks the blank', () => {
    expect(parseOne('The capital is {=Vientiane ~Luang Prabang}, on the Mekong.')).toMatchObject(blank('The capital is ', ', on the Mekong.'));
    expect(parseOne('Before{=a ~b}after')).toMatchObject(blank('Before', 'after'));
    expect(parseOne('Line one\nthen {=a ~b}\n and more\n lines.')).toMatchObject(blank('Line one\nthen ', '\nand more\nlines.'));
  });

  it('has no blank when the block ends the text', () => {
    expect(parseOne('The capital is {=Vientiane ~Pakse}')).not.toHaveProperty('blankAt');
    expect(parseOne('The capital is {=Vientiane ~Pakse}\n// trailing comment')).not.toHaveProperty('blankAt');
  });

  it('puts the blank first when there is text only after the block, keeping the space next to it', () => {
    expect(parseOne('{=Vientiane ~Pakse} is the capital.')).toMatchObject(blank('', ' is the capital.'));
    expect(parseOne('::T::{=Vientiane ~Pakse} is the capital.')).toMatchObject({ title: 'T', ...blank('', ' is the capital.') });
    expect(parseOne('[html] {=a ~b} x')).toMatchObject({ format: 'html', ...blank('', ' x') });
  });

  it('works with every type', () => {
    expect(parseOne('Grant is {T} buried there.')).toMatchObject({ type: 'true_false', ...blank('Grant is ', ' buried there.') });
    expect(parseOne('Born in {#1822} in Ohio.')).toMatchObject({ type: 'numeric', ...blank('Born in ', ' in Ohio.') });
    expect(parseOne('Write {} here.')).toMatchObject({ type: 'essay', ...blank('Write ', ' here.') });
  });

  it('sees a blank at the end when only an escaped newline follows the block, as Moodle does', () => {
    expect(parseOne('Grant is {=entombed}\\n')).toMatchObject(blank('Grant is ', ''));
  });
});

describe('parseGift: escapes and whitespace', () => {
  it('decodes \\~ \\= \\# \\{ \\} \\: \\\\ and \\n in the title, text, answers, feedback and general feedback', () => {
    expect(parseOne('::a\\:b\\{\\}::x \\~ \\= \\# \\{ \\} \\: \\\\ y\\nz {=p\\~q\\=r #f\\#g\\{h\\}\\\\ ~s\\nt ####u\\:v\\~w}')).toEqual({
      type: 'single_choice',
      title: 'a:b{}',
      prompt: 'x ~ = # { } : \\ y\nz',
      format: 'moodle',
      generalFeedback: 'u:v~w',
      options: [
        { text: 'p~q=r', weight: 100, feedback: 'f#g{h}\\' },
        { text: 's\nt', weight: 0 },
      ],
    });
  });

  it('decodes escapes on both sides of a matching pair', () => {
    expect(parseOne('M {=a\\=b\\#c -> d\\=e\\~f\\} =\\{x\\} -> y\\:z\\\\}')).toMatchObject({
      pairs: [
        { prompt: 'a=b#c', answer: 'd=e~f}' },
        { prompt: '{x}', answer: 'y:z\\' },
      ],
    });
  });

  it('keeps any other backslash as it is', () => {
    expect(parseOne('C:\\Users and \\a \\% {T}')).toMatchObject({ prompt: 'C:\\Users and \\a \\%' });
    expect(parseOne('Q {=a\\ ~b\\ }')).toMatchObject({ options: [{ text: 'a\\' }, { text: 'b\\' }] });
  });

  it('decodes \\\\ before anything else, as Moodle does', () => {
    expect(parseOne('a\\\\n b\\\\\\: {T}')).toMatchObject({ prompt: 'a\\n b\\:' });
    expect(parseOne('Q {~a\\\\~b}')).toMatchObject({ type: 'multiple_choice', options: [{ text: 'a\\' }, { text: 'b' }] });
  });

  it('reads a Lao question', () => {
    expect(parseOne('::ພາສາ::ນະຄອນຫຼວງຂອງລາວແມ່ນ {=ວຽງຈັນ #ຖືກຕ້ອງ ~ປາກເຊ}.')).toEqual({
      type: 'single_choice',
      title: 'ພາສາ',
      ...blank('ນະຄອນຫຼວງຂອງລາວແມ່ນ ', '.'),
      format: 'moodle',
      options: [
        { text: 'ວຽງຈັນ', weight: 100, feedback: 'ຖືກຕ້ອງ' },
        { text: 'ປາກເຊ', weight: 0 },
      ],
    });
  });

  it('trims every text, including newlines that come from \\n at its ends', () => {
    expect(parseOne('::  t  ::   \\n p \\n  { = a  #  f \\n ~  b  ####  g  }')).toEqual({
      type: 'single_choice',
      title: 't',
      prompt: 'p',
      format: 'moodle',
      generalFeedback: 'g',
      options: [
        { text: 'a', weight: 100, feedback: 'f' },
        { text: 'b', weight: 0 },
      ],
    });
  });
});

describe('parseGift: a file as Moodle exports it', () => {
  it('reads context-prefixed categories, tab-indented answers, [html] with escapes, an explicit 100% and an empty feedback', () => {
    const result = parseGift(`// question: 0  name: switch category to $course$/top/Default for Civics
$CATEGORY: $course$/top/Default for Civics


// question: 12  name: Capitals
::Capitals::[html]<p>Match each province with its capital\\:</p>{
\t=Champasak -> Pakse
\t=Luang Prabang -> Luang Prabang
\t= -> Phonsavan
}


// question: 13  name: Link
::Link::[html]<a href\\="https\\://example.org">Read this\\:</a> Which is true?{
\t~It is false#Sorry.
\t=It is true#Yes, well done!
}


// question: 14  name: Word
::Word::[html]A citizen who takes part is a ...{
\t=%100%participant#
}
`);
    expect(result.errors).toEqual([]);
    expect(result.questions).toEqual([
      {
        line: 6,
        question: {
          type: 'matching',
          title: 'Capitals',
          prompt: '<p>Match each province with its capital:</p>',
          format: 'html',
          category: 'top/Default for Civics',
          pairs: [
            { prompt: 'Champasak', answer: 'Pakse' },
            { prompt: 'Luang Prabang', answer: 'Luang Prabang' },
            { prompt: '', answer: 'Phonsavan' },
          ],
        },
      },
      {
        line: 14,
        question: {
          type: 'single_choice',
          title: 'Link',
          prompt: '<a href="https://example.org">Read this:</a> Which is true?',
          format: 'html',
          category: 'top/Default for Civics',
          options: [
            { text: 'It is false', weight: 0, feedback: 'Sorry.' },
            { text: 'It is true', weight: 100, feedback: 'Yes, well done!' },
          ],
        },
      },
      {
        line: 21,
        question: {
          type: 'short_answer',
          title: 'Word',
          prompt: 'A citizen who takes part is a ...',
          format: 'html',
          category: 'top/Default for Civics',
          answers: [{ text: 'participant', weight: 100 }],
        },
      },
    ]);
  });
});

describe('parseGift: problems', () => {
  it('reports an unclosed title', () => {
    expect(problemsOf('::Title without end\nWhat? {T}')).toEqual([
      { line: 1, message: 'the title opened with "::" is never closed by a second "::" (write \\: for a literal colon)' },
    ]);
  });

  it('reports a question without an answer block (descriptions are not supported)', () => {
    expect(parseGift('Q1 {T}\n\n// note\nJust some text\nover two lines.').errors).toEqual([
      {
        line: 4,
        message: 'this question has no answer block: put its answers in { } ({} for an essay); Moodle "description" items without answers are not supported',
      },
    ]);
  });

  it('reports an unclosed "{" on its line, and the pieces of a block split by a blank line', () => {
    expect(parseGift('Q1 {T}\n\nQuestion\n{\n=a\n\n=b\n}').errors).toEqual([
      { line: 4, message: '"{" is never closed by "}" (a blank line ends a question, so write \\n for an empty line inside one)' },
      { line: 8, message: '"}" has no "{" before it (write \\} for a literal brace)' },
    ]);
  });

  it('reports "}" before "{", a nested "{" and a second block', () => {
    expect(problemsOf('a } b {T}')).toEqual([{ line: 1, message: '"}" has no "{" before it (write \\} for a literal brace)' }]);
    expect(problemsOf('Q {\n=a {b\n}')).toEqual([{ line: 2, message: '"{" inside the answer block opened on line 1 (write \\{ for a literal brace)' }]);
    expect(problemsOf('Q1 {T}\nQ2 {F}')).toEqual([
      { line: 2, message: 'a question has only one answer block: separate questions with a blank line, or write \\{ and \\} for literal braces' },
    ]);
  });

  it('reports an unknown [format] and a format name in capitals', () => {
    expect(problemsOf('[md]Text {T}')).toEqual([
      { line: 1, message: 'unknown text format [md]; use [html], [moodle], [plain] or [markdown] (put [moodle] first if the text itself starts with brackets)' },
    ]);
    expect(problemsOf('::t::\n[HTML]Text {T}')).toEqual([{ line: 2, message: 'format names are written in lower case: [html], not [HTML]' }]);
  });

  it('reports a bad %n% weight on its line', () => {
    expect(problemsOf('Q {\n=a\n~%abc%b\n~%5o%c\n}')).toEqual([
      {
        line: 3,
        message: '"%abc%" is not a weight; write a percentage such as %50% or %-33.33333% (or put [moodle] before an answer that really starts with "%")',
      },
      {
        line: 4,
        message: '"%5o%" is not a weight; write a percentage such as %50% or %-33.33333% (or put [moodle] before an answer that really starts with "%")',
      },
    ]);
    expect(problemsOf('Q {=%x%a}')[0].message).toMatch(/^"%x%" is not a weight/);
  });

  it('reports a weight on an "=" choice answer', () => {
    expect(problemsOf('Q {=%50%a ~b}')).toEqual([{ line: 1, message: 'an "=" answer is always worth 100%; write other weights after "~", as in ~%50%…' }]);
  });

  it('reports a single choice with more than one "=" answer, on the line of its block', () => {
    expect(problemsOf('Q\n{=a =b ~c}')).toEqual([
      {
        line: 2,
        message:
          'a single-choice question needs exactly one "=" answer, but this one has 2; give further right answers as ~%100%, or write a multiple-choice question with ~%n% weights only',
      },
    ]);
  });

  it('reports a choice with fewer than two answers, and empty answers', () => {
    expect(problemsOf('Q {~only}')).toEqual([{ line: 1, message: 'a choice question needs at least two answers' }]);
    expect(problemsOf('Q {\n=a\n~\n}')).toEqual([{ line: 3, message: 'answer 2 is empty' }]);
    expect(problemsOf('Q {=a =}')).toEqual([{ line: 1, message: 'answer 2 is empty' }]);
    expect(problemsOf('Q {~#feedback only =a}')).toEqual([{ line: 1, message: 'answer 1 is empty' }]);
  });

  it('reports text before the first answer marker', () => {
    expect(problemsOf('Q {a ~b =c}')).toEqual([{ line: 1, message: '"a" comes before the first answer; start every answer with "~" (or "=" for the right one)' }]);
    expect(problemsOf('Q {first =b}')).toEqual([{ line: 1, message: '"first" comes before the first answer; start every answer with "="' }]);
    expect(problemsOf('Q {x =a -> b =c -> d}')).toEqual([{ line: 1, message: '"x" comes before the first answer; start every answer with "=", as in =item -> match' }]);
  });

  it('reports true/false written in lower case', () => {
    expect(problemsOf('S. {true}')).toEqual([{ line: 1, message: 'true/false answers are written in capitals: {TRUE}' }]);
    expect(problemsOf('S. {f#no}')).toEqual([{ line: 1, message: 'true/false answers are written in capitals: {F}' }]);
  });

  it('reports a bad number in a numeric answer, on its line', () => {
    const bad = (text: string) => `"${text}" is not a numeric answer; write a number (3.14), a number and its tolerance (3.14:0.01) or a range (1..5)`;
    expect(problemsOf('N? {#\n=1822:0\n=abc\n=3,14\n=1..x\n=1:y\n=1e999\n}')).toEqual([
      { line: 3, message: bad('abc') },
      { line: 4, message: bad('3,14') },
      { line: 5, message: bad('1..x') },
      { line: 6, message: bad('1:y') },
      { line: 7, message: bad('1e999') },
    ]);
    expect(problemsOf('N? {#..5}')).toEqual([{ line: 1, message: bad('..5') }]);
  });

  it('reports a numeric block without an answer, and the "~" other-answer feedback it cannot keep', () => {
    expect(problemsOf('N? {#}')).toEqual([{ line: 1, message: 'a numeric question needs an answer, as in {#3.14:0.01}, {#1..5} or {# =2010:0 =%50%2009:1}' }]);
    expect(problemsOf('N? {#  ####only general}')).toHaveLength(1);
    expect(problemsOf('N? {#\n=5\n~#Wrong.\n}')).toEqual([
      { line: 3, message: 'a numeric question cannot keep "~" feedback for any other answer; give that feedback as general feedback (####) instead' },
    ]);
  });

  it('reports a matching pair without "->", with feedback, with an empty match, and a single pair', () => {
    expect(problemsOf('M {\n=a -> 1\n=b 2\n}')).toEqual([{ line: 3, message: 'the matching pair "b 2" needs "->" between the item and its match, as in =item -> match' }]);
    expect(problemsOf('M {\n=a -> 1 #good\n=b -> 2\n}')).toEqual([{ line: 2, message: 'matching pairs cannot have feedback (write \\# for a literal "#")' }]);
    expect(problemsOf('M {=a -> =b -> 2}')).toEqual([{ line: 1, message: 'the match after "->" is empty' }]);
    expect(problemsOf('M {=a -> 1}')).toEqual([{ line: 1, message: 'a matching question needs at least two "=item -> match" pairs' }]);
  });

  it('keeps the good questions of a file and reports each bad one by line', () => {
    const result = parseGift('Good {T}\n\nBad {\n\n::Also good:: {F}\n\n[xx]Bad {T}\n\nGood too {=a ~b}');
    expect(result.questions.map((q) => q.line)).toEqual([1, 5, 9]);
    expect(result.errors.map((e) => e.line)).toEqual([3, 7]);
  });

  it('reports every problem of a question, not just the first', () => {
    expect(problemsOf('Q {\n~%x%a\n~\n=b\n=c\n}').map((e) => e.line)).toEqual([2, 3, 1]);
  });

  it('never throws on malformed input', () => {
    for (const text of ['{', '}', '::', ':::', '{#', '{#=', '{=->}', '\\', '{\\}', '%%{~%%}', '{~%', '[', '[html]', '$CATEGORY:', '{T#', '{####}', '{#1..}', '{=a->}']) {
      expect(() => parseGift(text)).not.toThrow();
    }
  });
});
