import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The four faces a certificate is set in: Lao runs in Noto Sans Lao, everything else in Noto Sans. */
export type CertificateFont = 'lao-regular' | 'lao-bold' | 'latin-regular' | 'latin-bold';

const FILES: Record<CertificateFont, string> = {
  'lao-regular': 'NotoSansLao-Regular.ttf',
  'lao-bold': 'NotoSansLao-Bold.ttf',
  'latin-regular': 'NotoSans-Regular.ttf',
  'latin-bold': 'NotoSans-Bold.ttf',
};

const holdsTheFonts = (dir: string) => Object.values(FILES).every((file) => existsSync(join(dir, file)));

/**
 * libs/server/certificates/assets/fonts, found by walking up from this file: beside it in the
 * sources (jest), and from dist/server/… either a copy beside the built library or the checkout's.
 */
export function certificateFontDirectory(from: string = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    for (const candidate of [join(dir, 'assets', 'fonts'), join(dir, 'libs', 'server', 'certificates', 'assets', 'fonts')]) {
      if (holdsTheFonts(candidate)) return candidate;
    }
    if (dirname(dir) === dir) {
      throw new Error(`The certificate fonts (${Object.values(FILES).join(', ')}) are not in libs/server/certificates/assets/fonts above ${from}: ship that directory with the build`);
    }
  }
}

let loaded: Readonly<Record<CertificateFont, Buffer>> | undefined;

/** The font files' bytes, read once per process. */
export function certificateFontFiles(): Readonly<Record<CertificateFont, Buffer>> {
  if (!loaded) {
    const dir = certificateFontDirectory();
    const entries = Object.entries(FILES).map(([font, file]) => [font, readFileSync(join(dir, file))]);
    loaded = Object.freeze(Object.fromEntries(entries) as Record<CertificateFont, Buffer>);
  }
  return loaded;
}
