import { ZipFile } from 'yazl';

/** Zips files in memory, in the order given: the writer beside readZip, for packages and what they hold. */
export async function writeZip(files: Iterable<[name: string, body: Buffer]>): Promise<Buffer> {
  const zip = new ZipFile();
  for (const [name, body] of files) zip.addBuffer(body, name);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
