import { readFileSync } from 'node:fs';
import { LAUNCHER_JS } from './launcher-script';

let scorm12: string | undefined;
let runtimeBytes: number | undefined;

/** scorm-again's SCORM 1.2 runtime, as the browser loads it (its source map is not shipped); read once. */
export function scormAgainScript(): string {
  scorm12 ??= readFileSync(require.resolve('scorm-again/scorm12/min'), 'utf8').replace(/\n\/\/# sourceMappingURL=.*$/m, '\n');
  return scorm12;
}

/** What the launcher adds to a package's own files in a download for offline: its page (about 1 kB) and its two scripts. */
export function runtimeDownloadBytes(): number {
  runtimeBytes ??= Buffer.byteLength(scormAgainScript()) + Buffer.byteLength(LAUNCHER_JS) + 1024;
  return runtimeBytes;
}
