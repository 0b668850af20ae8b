import { PUBLISH_DETAIL_FIELDS, type PublishChangedField, type PublishItemChange, type PublishModuleChange, type PublishPreview } from '@lms/contracts';
import type { OutlineItemRow, OutlineModuleRow, VersionsToCompare } from './publish-preview.repository';

type Positioned = { id: string; position: number };

/**
 * Each id's rank among the rows that are in both versions, per group: a row counts as moved only
 * when its order among the rows that stay changed, not when a sibling was added or removed.
 */
function ranks<T extends Positioned>(rows: T[], kept: Set<string>, group: (row: T) => string): Map<string, string> {
  const byGroup = new Map<string, T[]>();
  for (const row of rows.filter((r) => kept.has(r.id))) byGroup.set(group(row), [...(byGroup.get(group(row)) ?? []), row]);
  const rank = new Map<string, string>();
  for (const [key, list] of byGroup) list.sort((a, b) => a.position - b.position).forEach((row, i) => rank.set(row.id, `${key}#${i}`));
  return rank;
}

const split = <T extends { version: number }>(rows: T[], version: number | null) => rows.filter((r) => r.version === version);
const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function moduleChanges(draft: OutlineModuleRow[], published: OutlineModuleRow[]): PublishModuleChange[] {
  const before = byId(published);
  const after = byId(draft);
  const kept = new Set(draft.filter((m) => before.has(m.id)).map((m) => m.id));
  const rankBefore = ranks(published, kept, () => '');
  const rankAfter = ranks(draft, kept, () => '');
  const changes: PublishModuleChange[] = [];
  for (const module of [...draft].sort((a, b) => a.position - b.position)) {
    const old = before.get(module.id);
    if (!old) {
      changes.push({ moduleId: module.id, title: module.title, change: 'added', fields: [] });
      continue;
    }
    const fields: PublishChangedField[] = [];
    if (old.title !== module.title) fields.push('title');
    if (rankBefore.get(module.id) !== rankAfter.get(module.id)) fields.push('moved');
    if (fields.length) changes.push({ moduleId: module.id, title: module.title, change: 'changed', fields });
  }
  for (const module of published) if (!after.has(module.id)) changes.push({ moduleId: module.id, title: module.title, change: 'removed', fields: [] });
  return changes;
}

function itemChanges(draft: OutlineItemRow[], published: OutlineItemRow[], moduleTitles: Map<string, string>, moduleOrder: Map<string, number>): PublishItemChange[] {
  const before = byId(published);
  const after = byId(draft);
  const kept = new Set(draft.filter((i) => before.has(i.id)).map((i) => i.id));
  const rankBefore = ranks(published, kept, (i) => i.moduleId);
  const rankAfter = ranks(draft, kept, (i) => i.moduleId);
  const change = (item: OutlineItemRow, kind: PublishItemChange['change'], fields: PublishChangedField[]): PublishItemChange => ({
    itemId: item.id,
    kind: item.kind,
    title: item.title,
    moduleId: item.moduleId,
    moduleTitle: moduleTitles.get(item.moduleId) ?? '',
    change: kind,
    fields,
  });
  const outlineOrder = (a: OutlineItemRow, b: OutlineItemRow) => (moduleOrder.get(a.moduleId) ?? 0) - (moduleOrder.get(b.moduleId) ?? 0) || a.position - b.position;
  const changes: PublishItemChange[] = [];
  for (const item of [...draft].sort(outlineOrder)) {
    const old = before.get(item.id);
    if (!old) {
      changes.push(change(item, 'added', []));
      continue;
    }
    const fields: PublishChangedField[] = [];
    if (old.title !== item.title) fields.push('title');
    if (old.contentHash !== item.contentHash) fields.push('content');
    if (old.settingsHash !== item.settingsHash) fields.push('settings');
    if (old.moduleId !== item.moduleId || rankBefore.get(item.id) !== rankAfter.get(item.id)) fields.push('moved');
    if (fields.length) changes.push(change(item, 'changed', fields));
  }
  for (const item of published) if (!after.has(item.id)) changes.push(change(item, 'removed', []));
  return changes;
}

/**
 * What publishing the draft changes for learners, compared with the published version (nothing
 * published yet: everything is added). Learners who finished keep the version they completed;
 * the others move to the new one at their next completion, where added items leave them more to
 * do and removed ones stop counting the work done there.
 */
export function publishDiff(compared: VersionsToCompare, draftVersion: number, publishedVersion: number | null): Omit<PublishPreview, 'courseId'> {
  const published = publishedVersion === draftVersion ? null : publishedVersion;
  const draftModules = split(compared.modules, draftVersion);
  const publishedModules = split(compared.modules, published);
  const moduleTitles = new Map([...publishedModules, ...draftModules].map((m) => [m.id, m.title]));
  const moduleOrder = new Map([...publishedModules, ...draftModules].map((m) => [m.id, m.position]));

  const unchanged = publishedVersion !== null && published === null;
  const modules = unchanged ? [] : moduleChanges(draftModules, publishedModules);
  const items = unchanged ? [] : itemChanges(split(compared.items, draftVersion), split(compared.items, published), moduleTitles, moduleOrder);
  const before = published === null ? undefined : compared.details[published];
  const after = compared.details[draftVersion];
  const details = unchanged || !before ? [] : PUBLISH_DETAIL_FIELDS.filter((field) => !same(before[field], after?.[field]));

  const enrolled = Number(compared.learners.enrolled);
  const completed = Number(compared.learners.completed);
  const affected = items.some((i) => i.change !== 'changed');
  return {
    draftVersion,
    publishedVersion,
    hasChanges: publishedVersion === null || modules.length + items.length + details.length > 0,
    details,
    modules,
    items,
    learners: { enrolled, inProgress: enrolled - completed, completed },
    progress: { affected: affected && enrolled - completed > 0, learnersAffected: affected ? enrolled - completed : 0 },
  };
}
