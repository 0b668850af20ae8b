import { stringify } from 'yaml';
import { ZipFile } from 'yazl';
import type { PackageContent } from '../courses.repository';

function fileStem(title: string): string {
  return title.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40);
}

const ATTACHMENT_LINK = /\/api\/v1\/attachments\/([0-9a-f-]{36})(\?width=\d+)?/g;

/**
 * Writes a course as a package zip in the layout docs/course-packages.md describes. Lesson
 * attachments become media/ files and the links to them point there again.
 */
export async function writePackage(content: PackageContent, readFile: (storageKey: string) => Promise<Buffer | null>): Promise<Buffer> {
  const zip = new ZipFile();
  const mediaNames = new Map<string, string>();
  const modules = [];
  for (const [mi, mod] of content.modules.entries()) {
    const items = [];
    for (const [ii, item] of mod.items.entries()) {
      const n = `${String(mi + 1).padStart(2, '0')}-${String(ii + 1).padStart(2, '0')}`;
      const stem = fileStem(item.title);
      const path = item.kind === 'lesson' ? `lessons/${n}${stem ? `-${stem}` : ''}.md` : `quizzes/${n}${stem ? `-${stem}` : ''}.gift`;
      for (const a of item.attachments ?? []) {
        if (mediaNames.has(a.id)) continue;
        const body = await readFile(a.storageKey);
        if (!body) continue;
        // The original file name, so that a round trip keeps it; a number in front only on a clash.
        const plain = a.filename.replace(/[\/\\]/g, '_').replace(/^\.+/, '_') || 'file';
        let name = `media/${plain}`;
        for (let k = 2; [...mediaNames.values()].includes(name); k++) name = `media/${k}-${plain}`;
        mediaNames.set(a.id, name);
        zip.addBuffer(body, name);
      }
      const text = item.kind === 'lesson' ? item.content.replace(ATTACHMENT_LINK, (whole, id: string) => mediaNames.get(id) ?? whole) : item.content;
      zip.addBuffer(Buffer.from(text, 'utf8'), path);
      items.push({ [item.kind]: path, title: item.title });
    }
    modules.push({ title: mod.title, items });
  }
  const manifest = {
    ...(content.translationKey ? { translationKey: content.translationKey } : {}),
    slug: content.slug,
    locale: content.locale,
    title: content.title,
    summary: content.summary,
    category: content.category,
    level: content.level,
    ...(content.estimatedMinutes ? { estimatedMinutes: content.estimatedMinutes } : {}),
    tags: content.tags,
    competences: content.competences,
    modules,
  };
  zip.addBuffer(Buffer.from(stringify(manifest, { lineWidth: 0 }), 'utf8'), 'course.yaml');
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
