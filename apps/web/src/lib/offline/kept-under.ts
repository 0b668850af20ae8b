/**
 * Whether localStorage keeps anything under `prefix`. Code that only matters when something was
 * kept (a sync task, the offline overlay on a course) is fetched only then: with nothing kept
 * (most starts), the app loads none of it.
 */
export function keptUnder(prefix: string): boolean {
  try {
    return Object.keys(localStorage).some((key) => key.startsWith(prefix));
  } catch {
    return false;
  }
}
