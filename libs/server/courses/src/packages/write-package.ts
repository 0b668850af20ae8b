import { stringify } from 'yaml';
import { ZipFile } from 'yazl';
import type { PackageContent } from '../courses.repository';

function fileStem(title: string): string {
  return title.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40);
}

/** Writes a course as a package zip in the layout docs/course-packages.md describes. */
export async function writePackage(content: PackageContent): Promise<Buffer> {
  const zip = new ZipFile();
  const modules = content.modules.map((mod, mi) => ({
    title: mod.title,
    items: mod.items.map((item, ii) => {
      const n = `${String(mi + 1).padStart(2, '0')}-${String(ii + 1).padStart(2, '0')}`;
      const stem = fileStem(item.title);
      const path = item.kind === 'lesson' ? `lessons/${n}${stem ? `-${stem}` : ''}.md` : `quizzes/${n}${stem ? `-${stem}` : ''}.gift`;
      zip.addBuffer(Buffer.from(item.content, 'utf8'), path);
      return { [item.kind]: path, title: item.title };
    }),
  }));
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
