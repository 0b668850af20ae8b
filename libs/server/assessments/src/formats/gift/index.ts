// ParsedQuestion is renamed here because the package index also re-exports formats/moodle-xml,
// which declares its own ParsedQuestion; two `export *` of one name would be ambiguous.
export { parseGift, type GiftParseResult, type ParsedQuestion as GiftParsedQuestion } from './parse-gift';
export { writeGift } from './write-gift';
