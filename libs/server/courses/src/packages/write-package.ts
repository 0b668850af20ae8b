import { stringify } from 'yaml';
import type { PackageContent } from '../courses.repository';
import { ITEM_FILES } from './parse-package';
import { writeZip } from './write-zip';

function fileStem(title: string): string {
  return title.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40);
}

const ATTACHMENT_LINK = /\/api\/v1\/attachments\/([0-9a-f-]{36})(\?width=\d+)?/g;

/**
 * Writes a course as a package zip in the layout docs/course-packages.md describes. Lesson
 * attachments become media/ files and the links to them point there again; each SCORM item's
 * package is a zip of its own, from `scormZip`.
 */
export async function writePackage(content: PackageContent, readFile: (storageKey: string) => Promise<Buffer | null>, scormZip: (itemId: string) => Promise<Buffer>): Promise<Buffer> {
  const files: [string, Buffer][] = [];
  const mediaNames = new Map<string, string>();
  const modules = [];
  for (const [mi, mod] of content.modules.entries()) {
    const items = [];
    for (const [ii, item] of mod.items.entries()) {
      const n = `${String(mi + 1).padStart(2, '0')}-${String(ii + 1).padStart(2, '0')}`;
      const stem = fileStem(item.title);
      const { folder, extension } = ITEM_FILES[item.kind];
      const path = `${folder}${n}${stem ? `-${stem}` : ''}${extension}`;
      for (const a of item.attachments ?? []) {
        if (mediaNames.has(a.id)) continue;
        const body = await readFile(a.storageKey);
        if (!body) continue;
        // The original file name, so that a round trip keeps it; a number in front only on a clash.
        const plain = a.filename.replace(/[\/\\]/g, '_').replace(/^\.+/, '_') || 'file';
        let name = `media/${plain}`;
        for (let k = 2; [...mediaNames.values()].includes(name); k++) name = `media/${k}-${plain}`;
        mediaNames.set(a.id, name);
        files.push([name, body]);
      }
      if (item.kind === 'scorm') files.push([path, await scormZip(item.id!)]);
      else {
        const text = item.kind === 'lesson' ? item.content.replace(ATTACHMENT_LINK, (whole, id: string) => mediaNames.get(id) ?? whole) : item.content;
        files.push([path, Buffer.from(text, 'utf8')]);
      }
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
  files.push(['course.yaml', Buffer.from(stringify(manifest, { lineWidth: 0 }), 'utf8')]);
  return writeZip(files);
}
