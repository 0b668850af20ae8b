import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import {
  COMPETENCE_AREAS,
  COURSE_CATEGORIES,
  COURSE_LEVELS,
  LOCALES,
  PROFICIENCY_LEVELS,
  type Competence,
  type CourseItemKind,
} from '@lms/contracts';
import type { PackageContent } from '../courses.repository';
import { PackageInvalid, type PackageProblem } from './package-error';

export interface PackageItem {
  kind: CourseItemKind;
  title: string;
  path: string;
  /** Lesson Markdown or quiz GIFT source; empty for a SCORM item, whose zip is the file at `path`. */
  content: string;
  /** The media/ files a lesson's Markdown refers to, in order of first mention. */
  media: string[];
}

/** Where each kind of item's file sits in a package: `lesson: lessons/<name>.md` and so on. */
export const ITEM_FILES: Record<CourseItemKind, { folder: string; extension: string }> = {
  lesson: { folder: 'lessons/', extension: '.md' },
  quiz: { folder: 'quizzes/', extension: '.gift' },
  scorm: { folder: 'scorm/', extension: '.zip' },
};
const ITEM_KINDS = Object.keys(ITEM_FILES) as CourseItemKind[];

/** Markdown link and image targets that name a file in the package's media folder. */
export const MEDIA_REFERENCE = /\]\((media\/[^)\s]+)(?:\s+"[^"]*")?\)/g;

/** What a package holds: the course's fields as stored, and its modules with their files. */
export type CoursePackage = Omit<PackageContent, 'modules'> & { modules: { title: string; items: PackageItem[] }[] };

const MANIFEST = 'course.yaml';
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Validates a whole package before anything is written: the manifest's fields, every referenced
 * file, and the files' encoding. Every problem names its file and, for the manifest, its line.
 */
export function parsePackage(files: Map<string, Buffer>): CoursePackage {
  const problems: PackageProblem[] = [];
  const raw = files.get(MANIFEST);
  if (!raw) throw new PackageInvalid([{ file: MANIFEST, message: 'is missing from the package root' }]);
  const lineCounter = new LineCounter();
  let text: string;
  try {
    text = utf8.decode(raw);
  } catch {
    throw new PackageInvalid([{ file: MANIFEST, message: 'is not UTF-8' }]);
  }
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    throw new PackageInvalid(doc.errors.map((e) => ({ file: MANIFEST, line: lineCounter.linePos(e.pos[0]).line, message: e.message.split('\n')[0] })));
  }
  const data = doc.toJS() as Record<string, unknown> | null;
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new PackageInvalid([{ file: MANIFEST, line: 1, message: 'must be a mapping of fields' }]);

  const lineOf = (path: (string | number)[]) => nodeLine(doc, lineCounter, path);
  const problem = (path: (string | number)[], message: string) => problems.push({ file: MANIFEST, line: lineOf(path), message: `${path.join('.')} ${message}` });
  const str = (key: string, min: number, max: number, required = true): string => {
    const v = data[key];
    if (v === undefined || v === null) {
      if (required) problem([key], 'is required');
      return '';
    }
    if (typeof v !== 'string' || v.trim().length < min || v.length > max) problem([key], `must be text of ${min} to ${max} characters`);
    return typeof v === 'string' ? v.trim() : '';
  };
  const oneOf = <T extends string>(key: string, allowed: readonly T[]): T => {
    const v = data[key];
    if (!allowed.includes(v as T)) problem([key], `must be one of: ${allowed.join(', ')}`);
    return v as T;
  };

  const known = new Set(['translationKey', 'slug', 'locale', 'title', 'summary', 'category', 'level', 'estimatedMinutes', 'tags', 'competences', 'modules']);
  for (const key of Object.keys(data)) if (!known.has(key)) problem([key], 'is not a known field');

  const slug = str('slug', 3, 120);
  if (slug && !SLUG.test(slug)) problem(['slug'], 'must be lower-case letters and digits joined by single hyphens');
  const translationKey = str('translationKey', 3, 120, false) || null;
  if (translationKey && !SLUG.test(translationKey)) problem(['translationKey'], 'must be lower-case letters and digits joined by single hyphens');
  const locale = oneOf('locale', LOCALES);
  const title = str('title', 1, 200);
  const summary = str('summary', 0, 2000, false);
  const category = oneOf('category', COURSE_CATEGORIES);
  const level = oneOf('level', COURSE_LEVELS);
  const minutes = data.estimatedMinutes;
  if (minutes !== undefined && (!Number.isInteger(minutes) || (minutes as number) < 1 || (minutes as number) > 10000)) problem(['estimatedMinutes'], 'must be a whole number from 1 to 10000');
  const tags = data.tags ?? [];
  if (!Array.isArray(tags) || tags.length > 20 || !tags.every((t) => typeof t === 'string' && t.length >= 1 && t.length <= 40)) problem(['tags'], 'must be a list of at most 20 short texts');

  const competences: Competence[] = [];
  const rawCompetences = data.competences ?? [];
  if (!Array.isArray(rawCompetences)) problem(['competences'], 'must be a list');
  else
    rawCompetences.forEach((c, i) => {
      const area = (c as Competence)?.area;
      const lvl = (c as Competence)?.level;
      if (!COMPETENCE_AREAS.includes(area)) problem(['competences', i, 'area'], `must be one of: ${COMPETENCE_AREAS.join(', ')}`);
      if (!PROFICIENCY_LEVELS.includes(lvl)) problem(['competences', i, 'level'], `must be one of: ${PROFICIENCY_LEVELS.join(', ')}`);
      competences.push({ area, level: lvl });
    });

  const modules: CoursePackage['modules'] = [];
  const rawModules = data.modules;
  // The course editor keeps a course with no modules and a module with no items, so a package may too.
  if (!Array.isArray(rawModules)) problem(['modules'], 'must be a list of modules');
  else
    rawModules.forEach((m, mi) => {
      const mod = (m ?? {}) as { title?: unknown; items?: unknown };
      if (typeof mod.title !== 'string' || !mod.title.trim() || mod.title.length > 200) problem(['modules', mi, 'title'], 'must be text of 1 to 200 characters');
      const items: PackageItem[] = [];
      if (!Array.isArray(mod.items)) problem(['modules', mi, 'items'], 'must be a list of lessons, quizzes and SCORM packages (it may be empty)');
      else
        mod.items.forEach((it, ii) => {
          const item = (it ?? {}) as Partial<Record<CourseItemKind | 'title', unknown>>;
          const kinds = ITEM_KINDS.filter((k) => item[k] !== undefined);
          const at = ['modules', mi, 'items', ii];
          if (kinds.length !== 1) return problem(at, 'must have exactly one of lesson:, quiz: or scorm:');
          const [kind] = kinds;
          const path = item[kind];
          if (typeof item.title !== 'string' || !item.title.trim() || item.title.length > 200) problem([...at, 'title'], 'must be text of 1 to 200 characters');
          const { folder, extension } = ITEM_FILES[kind];
          if (typeof path !== 'string' || !path.startsWith(folder) || !path.endsWith(extension)) return problem([...at, kind], `must be a path like ${folder}name${extension}`);
          const content = files.get(path);
          if (!content) return problem([...at, kind], `names ${path}, which is not in the package`);
          const title = typeof item.title === 'string' ? item.title.trim() : '';
          // A SCORM zip is checked by the SCORM feature (ScormPackages), with the rest, before anything is written.
          if (kind === 'scorm') return void items.push({ kind, title, path, content: '', media: [] });
          let decoded = '';
          try {
            decoded = utf8.decode(content);
          } catch {
            problems.push({ file: path, message: 'is not UTF-8' });
          }
          if (decoded.length > 200_000) problems.push({ file: path, message: 'is longer than 200,000 characters' });
          const media: string[] = [];
          if (kind === 'lesson') {
            for (const match of decoded.matchAll(MEDIA_REFERENCE)) {
              const ref = match[1];
              const line = decoded.slice(0, match.index).split('\n').length;
              if (!files.has(ref)) problems.push({ file: path, line, message: `refers to ${ref}, which is not in the package` });
              else if (!media.includes(ref)) media.push(ref);
            }
          }
          items.push({ kind, title, path, content: decoded, media });
        });
      modules.push({ title: typeof mod.title === 'string' ? mod.title.trim() : '', items });
    });

  if (problems.length) throw new PackageInvalid(problems);
  return {
    translationKey,
    slug,
    locale,
    title,
    summary,
    category,
    level,
    estimatedMinutes: (minutes as number | undefined) ?? null,
    tags: tags as string[],
    competences,
    modules,
  };
}

function nodeLine(doc: Document, lineCounter: LineCounter, path: (string | number)[]): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (range && (isMap(node) || isSeq(node) || node)) return lineCounter.linePos(range[0]).line;
  }
  return undefined;
}
