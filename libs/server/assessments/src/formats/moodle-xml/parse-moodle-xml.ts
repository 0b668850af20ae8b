import type { ImportProblem, QuestionInput } from '@lms/contracts';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { scanQuestionTagLines } from './question-tag-lines';
import { readMoodleQuestion } from './read-moodle-question';
import { xmlEntityDecoder } from './xml-entities';
import { ATTRIBUTE_PREFIX, childElements, childNames, isXmlElement, TEXT_KEY, type XmlElement } from './xml-tree';

export interface ParsedQuestion {
  /** Line of the question's `<question` start tag. */
  line: number;
  question: QuestionInput;
}

export interface MoodleXmlParseResult {
  questions: ParsedQuestion[];
  errors: ImportProblem[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: ATTRIBUTE_PREFIX,
  textNodeName: TEXT_KEY,
  // Texts stay strings: "007" is a short answer, not the number 7.
  parseTagValue: false,
  parseAttributeValue: false,
  // Untrimmed, so that CDATA and the text around it join first; Moodle trims the whole text.
  trimValues: false,
  cdataPropName: false,
  processEntities: true,
  entityDecoder: xmlEntityDecoder,
  // Every element an array of objects: one shape to read, whatever the file looks like.
  alwaysCreateTextNode: true,
  isArray: (_name, _path, _isLeaf, isAttribute) => !isAttribute,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

/**
 * Reads a Moodle XML question bank. Never throws: whatever cannot be imported is an error on
 * the line of the `<question>` it belongs to, and whether a file with errors imports at all
 * is the caller's decision.
 */
export function parseMoodleXml(xml: string): MoodleXmlParseResult {
  try {
    return parseDocument(typeof xml === 'string' ? stripByteOrderMark(xml) : '');
  } catch (error) {
    // fast-xml-parser throws on a few documents its validator accepts (a tag named
    // "constructor", more than 100 levels of nesting).
    return failure(1, `The file could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function parseDocument(xml: string): MoodleXmlParseResult {
  const validation = XMLValidator.validate(xml);
  if (validation !== true) {
    const { line, msg } = validation.err;
    return failure(Number.isInteger(line) && line > 0 ? line : 1, `Malformed XML: ${msg}`);
  }
  const document: unknown = parser.parse(xml);
  const { rootLine, questionLines } = scanQuestionTagLines(xml);
  const rootName = isXmlElement(document) ? childNames(document)[0] : undefined;
  if (rootName !== 'quiz' || !isXmlElement(document)) {
    const found = rootName === undefined ? 'no root element' : `the root element <${rootName}>`;
    return failure(rootLine, `Not a Moodle XML question file: expected a <quiz> root element, found ${found}`);
  }
  const quiz = childElements(document, 'quiz')[0] ?? {};
  return readQuestions(childElements(quiz, 'question'), (index) => questionLines[index] ?? rootLine);
}

/** Category questions set the category of the questions after them, as in Moodle. */
function readQuestions(elements: XmlElement[], lineOf: (index: number) => number): MoodleXmlParseResult {
  const questions: ParsedQuestion[] = [];
  const errors: ImportProblem[] = [];
  let category: string | undefined;
  elements.forEach((element, index) => {
    const line = lineOf(index);
    const reading = readMoodleQuestion(element);
    if (reading.kind === 'category') category = reading.category;
    else if (reading.kind === 'problems') errors.push(...reading.messages.map((message) => ({ line, message })));
    else questions.push({ line, question: category === undefined ? reading.question : { ...reading.question, category } });
  });
  return { questions, errors };
}

function failure(line: number, message: string): MoodleXmlParseResult {
  return { questions: [], errors: [{ line, message }] };
}

function stripByteOrderMark(xml: string): string {
  return xml.startsWith('\uFEFF') ? xml.slice(1) : xml;
}
