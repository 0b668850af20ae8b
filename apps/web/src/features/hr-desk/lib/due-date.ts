/**
 * A due date picked as a calendar day means the end of that day in Vientiane (UTC+7, no daylight
 * saving), so "due on 15 March" is still open on the evening of the 15th.
 */
export function endOfVientianeDay(day: string): string {
  return `${day}T23:59:59+07:00`;
}

/** Today's calendar day in Vientiane, as YYYY-MM-DD: the earliest a due date may be. */
export function vientianeToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}
