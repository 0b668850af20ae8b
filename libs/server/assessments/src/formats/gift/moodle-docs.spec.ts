import type { QuestionInput } from '@lms/contracts';
import { parseGift } from './parse-gift';

/**
 * GIFT exactly as Moodle documents it: the "quick examples" of the MoodleDocs page "GIFT format"
 * and the examples of its question-type and option sections (which Moodle also ships as
 * question/format/gift/examples.txt). Each is parsed on its own and checked field by field.
 */
function parseOne(gift: string): QuestionInput {
  const result = parseGift(gift);
  expect(result.errors).toEqual([]);
  expect(result.questions).toHaveLength(1);
  return result.questions[0].question;
}

/** A missing-word prompt: the text before and after the blank, and where the blank is. */
const blank = (before: string, after: string) => ({ prompt: before + after, blankAt: before.length });

describe('parseGift on the MoodleDocs quick examples', () => {
  const quickExamples = `// true/false
::Q1:: 1+1=2 {T}

// multiple choice with specified feedback for right and wrong answers
::Q2:: What's between orange and green in the spectrum? 
{ =yellow # right; good! ~red # wrong, it's yellow ~blue # wrong, it's yellow }

// fill-in-the-blank
::Q3:: Two plus {=two =2} equals four.

// matching
::Q4:: Which animal eats which food? { =cat -> cat food =dog -> dog food }

// math range question
::Q5:: What is a number from 1 to 5? {#3:2}

// math range specified with interval end points
::Q6:: What is a number from 1 to 5? {#1..5}
// translated on import to the same as Q5, but unavailable from Moodle question interface

// multiple numeric answers with partial credit and feedback
::Q7:: When was Ulysses S. Grant born? {#
         =1822:0      # Correct! Full credit.
         =%50%1822:2  # He was born in 1822. Half credit for being close.
}

// essay
::Q8:: How are you? {}
`;

  it('reads all eight, each from its first line that is not a comment', () => {
    const result = parseGift(quickExamples);
    expect(result.errors).toEqual([]);
    expect(result.questions.map((q) => [q.line, q.question.title, q.question.type])).toEqual([
      [2, 'Q1', 'true_false'],
      [5, 'Q2', 'single_choice'],
      [9, 'Q3', 'short_answer'],
      [12, 'Q4', 'matching'],
      [15, 'Q5', 'numeric'],
      [18, 'Q6', 'numeric'],
      [22, 'Q7', 'numeric'],
      [28, 'Q8', 'essay'],
    ]);
  });

  it('Q1: a true/false statement may contain "=" outside the answer block', () => {
    expect(parseOne('::Q1:: 1+1=2 {T}')).toEqual({ type: 'true_false', title: 'Q1', prompt: '1+1=2', format: 'moodle', correct: true });
  });

  it('Q2: one "=" answer among "~" answers is a single choice with feedback per answer', () => {
    expect(
      parseOne(`::Q2:: What's between orange and green in the spectrum? 
{ =yellow # right; good! ~red # wrong, it's yellow ~blue # wrong, it's yellow }`),
    ).toEqual({
      type: 'single_choice',
      title: 'Q2',
      prompt: "What's between orange and green in the spectrum?",
      format: 'moodle',
      options: [
        { text: 'yellow', weight: 100, feedback: 'right; good!' },
        { text: 'red', weight: 0, feedback: "wrong, it's yellow" },
        { text: 'blue', weight: 0, feedback: "wrong, it's yellow" },
      ],
    });
  });

  it('Q3: only "=" answers in the middle of a sentence is a missing-word short answer', () => {
    expect(parseOne('::Q3:: Two plus {=two =2} equals four.')).toEqual({
      type: 'short_answer',
      title: 'Q3',
      ...blank('Two plus ', ' equals four.'),
      format: 'moodle',
      answers: [
        { text: 'two', weight: 100 },
        { text: '2', weight: 100 },
      ],
    });
  });

  it('Q4: "=item -> match" pairs are a matching question', () => {
    expect(parseOne('::Q4:: Which animal eats which food? { =cat -> cat food =dog -> dog food }')).toEqual({
      type: 'matching',
      title: 'Q4',
      prompt: 'Which animal eats which food?',
      format: 'moodle',
      pairs: [
        { prompt: 'cat', answer: 'cat food' },
        { prompt: 'dog', answer: 'dog food' },
      ],
    });
  });

  it('Q5 and Q6: a value with its tolerance, and a range', () => {
    expect(parseOne('::Q5:: What is a number from 1 to 5? {#3:2}')).toEqual({
      type: 'numeric',
      title: 'Q5',
      prompt: 'What is a number from 1 to 5?',
      format: 'moodle',
      answers: [{ value: 3, tolerance: 2, weight: 100 }],
    });
    expect(
      parseOne(`::Q6:: What is a number from 1 to 5? {#1..5}
// translated on import to the same as Q5, but unavailable from Moodle question interface`),
    ).toEqual({ type: 'numeric', title: 'Q6', prompt: 'What is a number from 1 to 5?', format: 'moodle', answers: [{ min: 1, max: 5, weight: 100 }] });
  });

  it('Q7: several numeric answers with partial credit and feedback', () => {
    expect(
      parseOne(`::Q7:: When was Ulysses S. Grant born? {#
         =1822:0      # Correct! Full credit.
         =%50%1822:2  # He was born in 1822. Half credit for being close.
}`),
    ).toEqual({
      type: 'numeric',
      title: 'Q7',
      prompt: 'When was Ulysses S. Grant born?',
      format: 'moodle',
      answers: [
        { value: 1822, tolerance: 0, weight: 100, feedback: 'Correct! Full credit.' },
        { value: 1822, tolerance: 2, weight: 50, feedback: 'He was born in 1822. Half credit for being close.' },
      ],
    });
  });

  it('Q8: empty braces are an essay', () => {
    expect(parseOne('::Q8:: How are you? {}')).toEqual({ type: 'essay', title: 'Q8', prompt: 'How are you?', format: 'moodle' });
  });
});

describe('parseGift on the MoodleDocs question types', () => {
  it('multiple choice', () => {
    expect(parseOne("Who's buried in Grant's tomb?{~Grant ~Jefferson =no one}")).toEqual({
      type: 'single_choice',
      prompt: "Who's buried in Grant's tomb?",
      format: 'moodle',
      options: [
        { text: 'Grant', weight: 0 },
        { text: 'Jefferson', weight: 0 },
        { text: 'no one', weight: 100 },
      ],
    });
  });

  it('missing word: the answers where the blank goes', () => {
    expect(parseOne("Grant is {~buried =entombed ~living} in Grant's tomb.")).toEqual({
      type: 'single_choice',
      ...blank('Grant is ', " in Grant's tomb."),
      format: 'moodle',
      options: [
        { text: 'buried', weight: 0 },
        { text: 'entombed', weight: 100 },
        { text: 'living', weight: 0 },
      ],
    });
  });

  it('answers on separate lines, indented, with the sentence going on after the block', () => {
    expect(
      parseOne(`The American holiday of Thanksgiving is celebrated on the {
    ~second
    ~third
    =fourth
} Thursday of November.`),
    ).toEqual({
      type: 'single_choice',
      ...blank('The American holiday of Thanksgiving is celebrated on the ', ' Thursday of November.'),
      format: 'moodle',
      options: [
        { text: 'second', weight: 0 },
        { text: 'third', weight: 0 },
        { text: 'fourth', weight: 100 },
      ],
    });
    expect(
      parseOne(`Japanese characters originally came from what country? {
    ~India
    =China
    ~Korea
    ~Egypt}`),
    ).toEqual({
      type: 'single_choice',
      prompt: 'Japanese characters originally came from what country?',
      format: 'moodle',
      options: [
        { text: 'India', weight: 0 },
        { text: 'China', weight: 100 },
        { text: 'Korea', weight: 0 },
        { text: 'Egypt', weight: 0 },
      ],
    });
  });

  it('multiple choice with multiple right answers, with negative weights', () => {
    expect(
      parseOne(`What two people are entombed in Grant's tomb? {
   ~%-100%No one
   ~%50%Grant
   ~%50%Grant's wife
   ~%-100%Grant's father
}`),
    ).toEqual({
      type: 'multiple_choice',
      prompt: "What two people are entombed in Grant's tomb?",
      format: 'moodle',
      options: [
        { text: 'No one', weight: -100 },
        { text: 'Grant', weight: 50 },
        { text: "Grant's wife", weight: 50 },
        { text: "Grant's father", weight: -100 },
      ],
    });
  });

  it('multiple answers where the wrong ones carry no weight', () => {
    expect(
      parseOne(`What two people are entombed in Grant's tomb? {
    ~No one
    ~%50%Grant
    ~%50%Grant's wife
    ~Grant's father }`),
    ).toEqual({
      type: 'multiple_choice',
      prompt: "What two people are entombed in Grant's tomb?",
      format: 'moodle',
      options: [
        { text: 'No one', weight: 0 },
        { text: 'Grant', weight: 50 },
        { text: "Grant's wife", weight: 50 },
        { text: "Grant's father", weight: 0 },
      ],
    });
  });

  it('short answer, also as a missing word', () => {
    expect(parseOne("Who's buried in Grant's tomb?{=no one =nobody}")).toEqual({
      type: 'short_answer',
      prompt: "Who's buried in Grant's tomb?",
      format: 'moodle',
      answers: [
        { text: 'no one', weight: 100 },
        { text: 'nobody', weight: 100 },
      ],
    });
    expect(parseOne('Two plus two equals {=four =4}.')).toEqual({
      type: 'short_answer',
      ...blank('Two plus two equals ', '.'),
      format: 'moodle',
      answers: [
        { text: 'four', weight: 100 },
        { text: '4', weight: 100 },
      ],
    });
  });

  it('true-false', () => {
    expect(parseOne("Grant is buried in Grant's tomb.{F}")).toEqual({
      type: 'true_false',
      prompt: "Grant is buried in Grant's tomb.",
      format: 'moodle',
      correct: false,
    });
    expect(parseOne('The sun rises in the east.{T}')).toEqual({ type: 'true_false', prompt: 'The sun rises in the east.', format: 'moodle', correct: true });
    expect(parseOne("Grant is buried in Grant's tomb.{FALSE}")).toMatchObject({ type: 'true_false', correct: false });
  });

  it('matching', () => {
    expect(
      parseOne(`Match the following countries with their corresponding capitals. {
    =Canada -> Ottawa
    =Italy  -> Rome
    =Japan  -> Tokyo
    =India  -> New Delhi
    }`),
    ).toEqual({
      type: 'matching',
      prompt: 'Match the following countries with their corresponding capitals.',
      format: 'moodle',
      pairs: [
        { prompt: 'Canada', answer: 'Ottawa' },
        { prompt: 'Italy', answer: 'Rome' },
        { prompt: 'Japan', answer: 'Tokyo' },
        { prompt: 'India', answer: 'New Delhi' },
      ],
    });
    expect(
      parseOne(`Match the following countries with their corresponding
capitals.{=Canada->Ottawa =Italy->Rome =Japan->Tokyo}`),
    ).toEqual({
      type: 'matching',
      prompt: 'Match the following countries with their corresponding\ncapitals.',
      format: 'moodle',
      pairs: [
        { prompt: 'Canada', answer: 'Ottawa' },
        { prompt: 'Italy', answer: 'Rome' },
        { prompt: 'Japan', answer: 'Tokyo' },
      ],
    });
  });

  it('numerical: a value, a value and a tolerance, a range, several answers', () => {
    expect(parseOne('When was Ulysses S. Grant born?{#1822:5}')).toEqual({
      type: 'numeric',
      prompt: 'When was Ulysses S. Grant born?',
      format: 'moodle',
      answers: [{ value: 1822, tolerance: 5, weight: 100 }],
    });
    expect(parseOne('When was Ulysses S. Grant born? {#1822}')).toMatchObject({ answers: [{ value: 1822, tolerance: 0, weight: 100 }] });
    // The full stop after the block makes these two missing-word questions, as in Moodle.
    expect(parseOne('What is the value of pi (to 3 decimal places)? {#3.1415:0.0005}.')).toEqual({
      type: 'numeric',
      ...blank('What is the value of pi (to 3 decimal places)? ', '.'),
      format: 'moodle',
      answers: [{ value: 3.1415, tolerance: 0.0005, weight: 100 }],
    });
    expect(parseOne('What is the value of pi (to 3 decimal places)? {#3.141..3.142}.')).toEqual({
      type: 'numeric',
      ...blank('What is the value of pi (to 3 decimal places)? ', '.'),
      format: 'moodle',
      answers: [{ min: 3.141, max: 3.142, weight: 100 }],
    });
    expect(
      parseOne(`When was Ulysses S. Grant born? {#
    =1822:0
    =%50%1822:2}`),
    ).toEqual({
      type: 'numeric',
      prompt: 'When was Ulysses S. Grant born?',
      format: 'moodle',
      answers: [
        { value: 1822, tolerance: 0, weight: 100 },
        { value: 1822, tolerance: 2, weight: 50 },
      ],
    });
  });
});

describe('parseGift on the MoodleDocs options', () => {
  it('line comments', () => {
    const result = parseGift(`// Subheading: Numerical questions below
What's 2 plus 2? {#4}`);
    expect(result).toEqual({
      questions: [{ line: 2, question: { type: 'numeric', prompt: "What's 2 plus 2?", format: 'moodle', answers: [{ value: 4, tolerance: 0, weight: 100 }] } }],
      errors: [],
    });
  });

  it('question names, over several lines', () => {
    expect(
      parseOne(`::Kanji Origins::Japanese characters originally
came from what country? {=China}`),
    ).toEqual({
      type: 'short_answer',
      title: 'Kanji Origins',
      prompt: 'Japanese characters originally\ncame from what country?',
      format: 'moodle',
      answers: [{ text: 'China', weight: 100 }],
    });
    expect(
      parseOne(`::Thanksgiving Date::The American holiday of Thanksgiving is
celebrated on the {~second ~third =fourth} Thursday of November.`),
    ).toEqual({
      type: 'single_choice',
      title: 'Thanksgiving Date',
      ...blank('The American holiday of Thanksgiving is\ncelebrated on the ', ' Thursday of November.'),
      format: 'moodle',
      options: [
        { text: 'second', weight: 0 },
        { text: 'third', weight: 0 },
        { text: 'fourth', weight: 100 },
      ],
    });
  });

  it('feedback', () => {
    expect(
      parseOne(`What's the answer to this multiple-choice question?{
~wrong answer#feedback comment on the wrong answer
~another wrong answer#feedback comment on this wrong answer
=right answer#Very good!}`),
    ).toEqual({
      type: 'single_choice',
      prompt: "What's the answer to this multiple-choice question?",
      format: 'moodle',
      options: [
        { text: 'wrong answer', weight: 0, feedback: 'feedback comment on the wrong answer' },
        { text: 'another wrong answer', weight: 0, feedback: 'feedback comment on this wrong answer' },
        { text: 'right answer', weight: 100, feedback: 'Very good!' },
      ],
    });
    expect(
      parseOne(`Who's buried in Grant's tomb?{
=no one#excellent answer!
=nobody#excellent answer!}`),
    ).toEqual({
      type: 'short_answer',
      prompt: "Who's buried in Grant's tomb?",
      format: 'moodle',
      answers: [
        { text: 'no one', weight: 100, feedback: 'excellent answer!' },
        { text: 'nobody', weight: 100, feedback: 'excellent answer!' },
      ],
    });
  });

  it('true-false feedback: the one given is shown for the wrong answer', () => {
    expect(parseOne("Grant is buried in Grant's tomb.{FALSE#No one is buried in Grant's tomb.}")).toEqual({
      type: 'true_false',
      prompt: "Grant is buried in Grant's tomb.",
      format: 'moodle',
      correct: false,
      trueFeedback: "No one is buried in Grant's tomb.",
    });
  });

  it('specify text format', () => {
    expect(
      parseOne(`[markdown]Who's buried in **Grant's tomb**?{
=no one#excellent answer!
=nobody#excellent answer!}`),
    ).toEqual({
      type: 'short_answer',
      prompt: "Who's buried in **Grant's tomb**?",
      format: 'markdown',
      answers: [
        { text: 'no one', weight: 100, feedback: 'excellent answer!' },
        { text: 'nobody', weight: 100, feedback: 'excellent answer!' },
      ],
    });
  });

  it('percentage answer weights', () => {
    expect(parseOne('Difficult question.{~wrong answer ~%50%half credit answer =full credit answer}')).toEqual({
      type: 'single_choice',
      prompt: 'Difficult question.',
      format: 'moodle',
      options: [
        { text: 'wrong answer', weight: 0 },
        { text: 'half credit answer', weight: 50 },
        { text: 'full credit answer', weight: 100 },
      ],
    });
    expect(
      parseOne(`::Jesus' hometown::Jesus Christ was from {
    ~Jerusalem#This was an important city, but the wrong answer.
    ~%25%Bethlehem#He was born here, but not raised here.
    ~%50%Galilee#You need to be more specific.
    =Nazareth#Yes! That's right!}.`),
    ).toEqual({
      type: 'single_choice',
      title: "Jesus' hometown",
      ...blank('Jesus Christ was from ', '.'),
      format: 'moodle',
      options: [
        { text: 'Jerusalem', weight: 0, feedback: 'This was an important city, but the wrong answer.' },
        { text: 'Bethlehem', weight: 25, feedback: 'He was born here, but not raised here.' },
        { text: 'Galilee', weight: 50, feedback: 'You need to be more specific.' },
        { text: 'Nazareth', weight: 100, feedback: "Yes! That's right!" },
      ],
    });
    expect(
      parseOne(`::Jesus' hometown:: Jesus Christ was from {
    =Nazareth#Yes! That's right!
    =%75%Nazereth#Right, but misspelled.
    =%25%Bethlehem#He was born here, but not raised here.}`),
    ).toEqual({
      type: 'short_answer',
      title: "Jesus' hometown",
      prompt: 'Jesus Christ was from',
      format: 'moodle',
      answers: [
        { text: 'Nazareth', weight: 100, feedback: "Yes! That's right!" },
        { text: 'Nazereth', weight: 75, feedback: 'Right, but misspelled.' },
        { text: 'Bethlehem', weight: 25, feedback: 'He was born here, but not raised here.' },
      ],
    });
  });

  it('special characters: escaped "=" in answers', () => {
    expect(
      parseOne(`Which answer equals 5? {
     ~ \\= 2 + 2
     = \\= 2 + 3
     ~ \\= 2 + 4  }`),
    ).toEqual({
      type: 'single_choice',
      prompt: 'Which answer equals 5?',
      format: 'moodle',
      options: [
        { text: '= 2 + 2', weight: 0 },
        { text: '= 2 + 3', weight: 100 },
        { text: '= 2 + 4', weight: 0 },
      ],
    });
  });

  it('special characters: every control character escaped, and feedback over several lines', () => {
    expect(
      parseOne(`::GIFT Control Characters::
Which of the following is NOT a control character for the GIFT import format? {
   ~ \\~     # \\~ is a control character.
   ~ \\=     # \\= is a control character.
   ~ \\#     # \\# is a control character.
   ~ \\{     # \\{ is a control character.
   ~ \\}     # \\} is a control character.
   = \\\\     # Correct! \\\\ (backslash) is not a control character. BUT,
              it is used to escape the control characters. So, to specify
              a literal backslash, you must escape it with a backslash
              (as shown in this example).
}`),
    ).toEqual({
      type: 'single_choice',
      title: 'GIFT Control Characters',
      prompt: 'Which of the following is NOT a control character for the GIFT import format?',
      format: 'moodle',
      options: [
        { text: '~', weight: 0, feedback: '~ is a control character.' },
        { text: '=', weight: 0, feedback: '= is a control character.' },
        { text: '#', weight: 0, feedback: '# is a control character.' },
        { text: '{', weight: 0, feedback: '{ is a control character.' },
        { text: '}', weight: 0, feedback: '} is a control character.' },
        {
          text: '\\',
          weight: 100,
          feedback:
            'Correct! \\ (backslash) is not a control character. BUT,\nit is used to escape the control characters. So, to specify\na literal backslash, you must escape it with a backslash\n(as shown in this example).',
        },
      ],
    });
  });

  it('categories: $CATEGORY applies to the questions after it, without its $course$ context', () => {
    const result = parseGift(`$CATEGORY: tom/dick/harry

::Q1:: 1+1=2 {T}

$CATEGORY: $course$/top/Default for Quiz 1

::Q2:: 2+2=5 {F}`);
    expect(result.errors).toEqual([]);
    expect(result.questions.map((q) => q.question.category)).toEqual(['tom/dick/harry', 'top/Default for Quiz 1']);
  });

  it('general feedback after ####, shown whatever the answer', () => {
    expect(
      parseOne(`What's the answer to this multiple-choice question? {
~wrong answer#feedback comment on the wrong answer
~another wrong answer#feedback comment on this wrong answer
=right answer#Very good!
####This is general feedback for the question.
}`),
    ).toEqual({
      type: 'single_choice',
      prompt: "What's the answer to this multiple-choice question?",
      format: 'moodle',
      generalFeedback: 'This is general feedback for the question.',
      options: [
        { text: 'wrong answer', weight: 0, feedback: 'feedback comment on the wrong answer' },
        { text: 'another wrong answer', weight: 0, feedback: 'feedback comment on this wrong answer' },
        { text: 'right answer', weight: 100, feedback: 'Very good!' },
      ],
    });
  });
});

describe('parseGift on the longer examples Moodle ships with the documentation', () => {
  it('a missing word with feedback, a comment before a titled numeric question, feedback over two lines', () => {
    const result = parseGift(`::Grant's Tomb::Grant is {
      ~buried#No one is buried there.
      =entombed#Right answer!
      ~living#We hope not!
} in Grant's tomb.

//this comment will be ignored by the filter
::Numerical example::
When was Ulysses S. Grant born? {#
     =1822:0      #Correct! 100% credit
     =%50%1822:2  #He was born in 1822.
                  You get 50% credit for being close.
}
`);
    expect(result).toEqual({
      errors: [],
      questions: [
        {
          line: 1,
          question: {
            type: 'single_choice',
            title: "Grant's Tomb",
            ...blank('Grant is ', " in Grant's tomb."),
            format: 'moodle',
            options: [
              { text: 'buried', weight: 0, feedback: 'No one is buried there.' },
              { text: 'entombed', weight: 100, feedback: 'Right answer!' },
              { text: 'living', weight: 0, feedback: 'We hope not!' },
            ],
          },
        },
        {
          line: 8,
          question: {
            type: 'numeric',
            title: 'Numerical example',
            prompt: 'When was Ulysses S. Grant born?',
            format: 'moodle',
            answers: [
              { value: 1822, tolerance: 0, weight: 100, feedback: 'Correct! 100% credit' },
              { value: 1822, tolerance: 2, weight: 50, feedback: 'He was born in 1822.\nYou get 50% credit for being close.' },
            ],
          },
        },
      ],
    });
  });
});
