export { parseMoodleXml, type MoodleXmlParseResult, type ParsedQuestion } from './parse-moodle-xml';
export { writeMoodleXml } from './write-moodle-xml';
export { normaliseCategoryPath } from './moodle-vocabulary';
