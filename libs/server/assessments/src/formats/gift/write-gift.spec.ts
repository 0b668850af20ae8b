import type { QuestionInput } from '@lms/contracts';
import { parseGift } from './parse-gift';
import { escapeGiftText, writeGift } from './write-gift';

const roundTrip = (questions: QuestionInput[]) => parseGift(writeGift(questions));

describe('writeGift', () => {
  it('writes nothing for no questions', () => {
    expect(writeGift([])).toBe('');
  });

  it('writes each type as Moodle documents it, separated by blank lines', () => {
    const questions: QuestionInput[] = [
      { type: 'true_false', title: 'Q1', prompt: '1+1=2', format: 'moodle', correct: true },
      {
        type: 'single_choice',
        title: 'Q2',
        prompt: "What's between orange and green in the spectrum?",
        format: 'moodle',
        options: [
          { text: 'yellow', weight: 100, feedback: 'right; good!' },
          { text: 'red', weight: 0, feedback: "wrong, it's yellow" },
          { text: 'blue', weight: 0 },
        ],
      },
      {
        type: 'short_answer',
        title: 'Q3',
        prompt: 'Two plus  equals four.',
        blankAt: 9,
        format: 'moodle',
        answers: [
          { text: 'two', weight: 100 },
          { text: '2', weight: 100 },
        ],
      },
      {
        type: 'matching',
        title: 'Q4',
        prompt: 'Which animal eats which food?',
        format: 'moodle',
        pairs: [
          { prompt: 'cat', answer: 'cat food' },
          { prompt: 'dog', answer: 'dog food' },
        ],
      },
      {
        type: 'numeric',
        title: 'Q7',
        prompt: 'When was Ulysses S. Grant born?',
        format: 'moodle',
        answers: [
          { value: 1822, tolerance: 0, weight: 100, feedback: 'Correct! Full credit.' },
          { value: 1822, tolerance: 2, weight: 50, feedback: 'He was born in 1822. Half credit for being close.' },
          { min: 1800, max: 1850, weight: 10 },
        ],
      },
      { type: 'essay', title: 'Q8', prompt: 'How are you?', format: 'moodle' },
      {
        type: 'multiple_choice',
        prompt: "What two people are entombed in Grant's tomb?",
        format: 'moodle',
        generalFeedback: 'Grant and his wife.',
        options: [
          { text: 'No one', weight: -100 },
          { text: 'Grant', weight: 50 },
          { text: "Grant's wife", weight: 50 },
          { text: "Grant's father", weight: 0 },
        ],
      },
    ];
    expect(writeGift(questions)).toBe(`::Q1:: 1+1\\=2 {T}

::Q2:: What's between orange and green in the spectrum? {
\t=yellow #right; good!
\t~red #wrong, it's yellow
\t~blue
}

::Q3:: Two plus {
\t=two
\t=2
} equals four.

::Q4:: Which animal eats which food? {
\t=cat -> cat food
\t=dog -> dog food
}

::Q7:: When was Ulysses S. Grant born? {#
\t=1822:0 #Correct! Full credit.
\t=%50%1822:2 #He was born in 1822. Half credit for being close.
\t=%10%1800..1850
}

::Q8:: How are you? {}

What two people are entombed in Grant's tomb? {
\t~%-100%No one
\t~%50%Grant
\t~%50%Grant's wife
\t~Grant's father
\t####Grant and his wife.
}
`);
    expect(roundTrip(questions)).toEqual({ errors: [], questions: questions.map((question, i) => ({ line: [1, 3, 9, 14, 19, 25, 27][i], question })) });
  });

  it('writes $CATEGORY only when the category changes, and an empty one to leave a category', () => {
    const q = (prompt: string, category?: string): QuestionInput => ({ type: 'essay', prompt, format: 'moodle', ...(category ? { category } : {}) });
    expect(writeGift([q('A'), q('B', 'top/M1'), q('C', 'top/M1'), q('D', 'top/M2'), q('E')])).toBe(`A {}

$CATEGORY: top/M1

B {}

C {}

$CATEGORY: top/M2

D {}

$CATEGORY:

E {}
`);
  });

  it('writes a format other than [moodle], also on an empty prompt and before a blank', () => {
    expect(writeGift([{ type: 'essay', prompt: '**Why?**', format: 'markdown' }])).toBe('[markdown]**Why?** {}\n');
    expect(writeGift([{ type: 'essay', prompt: '', format: 'html' }])).toBe('[html]{}\n');
    expect(writeGift([{ type: 'true_false', title: 't', prompt: ' is true.', blankAt: 0, format: 'plain', correct: true }])).toBe('::t:: [plain]{T} is true.\n');
  });

  it("writes true/false feedback in Moodle's order, wrong answer first", () => {
    const tf = (correct: boolean, trueFeedback?: string, falseFeedback?: string) =>
      writeGift([{ type: 'true_false', prompt: 'S', format: 'moodle', correct, ...(trueFeedback ? { trueFeedback } : {}), ...(falseFeedback ? { falseFeedback } : {}) }]);
    expect(tf(true, 'said true', 'said false')).toBe('S {T#said false#said true}\n');
    expect(tf(false, 'said true', 'said false')).toBe('S {F#said true#said false}\n');
    expect(tf(true, 'said true')).toBe('S {T##said true}\n');
    expect(tf(true, undefined, 'said false')).toBe('S {T#said false}\n');
    expect(writeGift([{ type: 'true_false', prompt: 'S', format: 'moodle', correct: false, generalFeedback: 'g' }])).toBe('S {F####g}\n');
  });

  it('marks the first 100% option of a single choice with "=" and gives every other weight but 0', () => {
    expect(
      writeGift([
        {
          type: 'single_choice',
          prompt: 'Q',
          format: 'moodle',
          options: [
            { text: 'a', weight: 25 },
            { text: 'b', weight: 100 },
            { text: 'c', weight: 100 },
            { text: 'd', weight: 0 },
            { text: 'e', weight: 1e-7 },
          ],
        },
      ]),
    ).toBe('Q {\n\t~%25%a\n\t=b\n\t~%100%c\n\t~d\n\t~%0.0000001%e\n}\n');
  });

  it('escapes every special character, and writes newlines as \\n', () => {
    expect(escapeGiftText('a~b=c#d{e}f:g\\h\ni\r\nj')).toBe('a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\ni\\nj');
    const question: QuestionInput = {
      type: 'matching',
      title: 'T:1 {x}',
      prompt: 'Match ~ = # { } : \\ and\nmore',
      format: 'moodle',
      generalFeedback: '#1 = best',
      pairs: [
        { prompt: 'a=b', answer: 'c->d #e' },
        { prompt: '{x}', answer: 'y:z\\' },
      ],
    };
    expect(writeGift([question])).toBe(`::T\\:1 \\{x\\}:: Match \\~ \\= \\# \\{ \\} \\: \\\\ and\\nmore {
\t=a\\=b -> c->d \\#e
\t=\\{x\\} -> y\\:z\\\\
\t####\\#1 \\= best
}
`);
    expect(roundTrip([question]).questions[0].question).toEqual(question);
  });

  it('puts a format tag before a text that would otherwise read as syntax', () => {
    const questions: QuestionInput[] = [
      { type: 'essay', prompt: '[Note] Read first.', format: 'moodle' },
      { type: 'essay', prompt: '// not a comment', format: 'moodle' },
      { type: 'essay', title: 't', prompt: '// after a title', format: 'moodle' },
      {
        type: 'single_choice',
        prompt: 'Q',
        format: 'html',
        options: [
          { text: '%50% off', weight: 100, feedback: '[html] is literal here' },
          { text: '[b]', weight: 0 },
        ],
      },
      { type: 'short_answer', prompt: 'Q', format: 'moodle', answers: [{ text: '%5%', weight: 100 }] },
    ];
    expect(writeGift(questions)).toBe(`[moodle][Note] Read first. {}

[moodle]// not a comment {}

::t:: // after a title {}

[html]Q {
\t=[html]%50% off #[html][html] is literal here
\t~[html][b]
}

Q {
\t=[moodle]%5%
}
`);
    expect(roundTrip(questions)).toMatchObject({ errors: [], questions: questions.map((question) => ({ question })) });
  });

  it('marks a blank at the very end with an escaped newline after the block', () => {
    const question: QuestionInput = { type: 'short_answer', prompt: 'The answer is ', blankAt: 14, format: 'moodle', answers: [{ text: 'x', weight: 100 }] };
    expect(writeGift([question])).toBe('The answer is {\n\t=x\n}\\n\n');
    expect(roundTrip([question]).questions[0].question).toEqual(question);
  });

  it('drops what GIFT cannot say: points, grader information and case sensitivity', () => {
    const written = writeGift([
      { type: 'essay', prompt: 'E', format: 'moodle', points: 5, graderInfo: 'Look for two reasons.' },
      { type: 'short_answer', prompt: 'S', format: 'moodle', points: 2, caseSensitive: true, answers: [{ text: 'Lao', weight: 100 }] },
    ]);
    expect(written).toBe('E {}\n\nS {\n\t=Lao\n}\n');
    expect(parseGift(written).questions.map((q) => q.question)).toEqual([
      { type: 'essay', prompt: 'E', format: 'moodle' },
      { type: 'short_answer', prompt: 'S', format: 'moodle', answers: [{ text: 'Lao', weight: 100 }] },
    ]);
  });

  it('writes every starter-course-like Lao question back as it was read', () => {
    const gift = `$CATEGORY: ai-fundamentals/module-1

::ຂໍ້ມູນສຳລັບຝຶກ::model ທີ່ຝຶກດ້ວຍຂໍ້ຄວາມພາສາອັງກິດ ອາດເຮັດວຽກໄດ້ບໍ່ດີ ເປັນພາສາລາວ. {T#ລອງຄິດອີກເທື່ອ.#ຖືກຕ້ອງ.}

::AI ໃນຊີວິດປະຈຳວັນ::ເຄື່ອງມືໃດ ປົກກະຕິມີ AI ຢູ່ນຳ? (ເລືອກ 2 ຂໍ້) {
~%50%ແອັບແປພາສາ #ຖືກຕ້ອງ.
~%50%ຕົວກັ່ນຕອງສະແປມໃນອີເມວ #ຖືກຕ້ອງ.
~%-100%ແຜນທີ່ທີ່ພິມໃສ່ເຈ້ຍ #ບໍ່ຖືກ.
}`;
    const first = parseGift(gift);
    expect(first.errors).toEqual([]);
    expect(roundTrip(first.questions.map((q) => q.question)).questions.map((q) => q.question)).toEqual(first.questions.map((q) => q.question));
  });
});
