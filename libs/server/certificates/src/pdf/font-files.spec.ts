import { join } from 'node:path';
import { certificateFontDirectory, certificateFontFiles } from './font-files';

const FONTS = join(__dirname, '..', '..', 'assets', 'fonts');
const ROOT = join(__dirname, '..', '..', '..', '..', '..');

describe('the certificate fonts', () => {
  it('are found from the sources and from the built files', () => {
    expect(certificateFontDirectory()).toBe(FONTS);
    expect(certificateFontDirectory(join(ROOT, 'dist', 'server', 'libs', 'server', 'certificates', 'src', 'pdf'))).toBe(FONTS);
  });

  it('say where they were looked for when they are missing', () => {
    expect(() => certificateFontDirectory('/')).toThrow(/libs\/server\/certificates\/assets\/fonts/);
  });

  it('are TrueType files, read once', () => {
    const files = certificateFontFiles();
    expect(Object.keys(files).sort()).toEqual(['lao-bold', 'lao-regular', 'latin-bold', 'latin-regular']);
    for (const file of Object.values(files)) expect(file.readUInt32BE(0)).toBe(0x00010000);
    expect(certificateFontFiles()).toBe(files);
  });
});
