import { hasMessage, type TFunction } from '../../../lib/i18n';

/** A machine name in words when the catalogue knows it (`<prefix>.<name>`), else as it is: a newer feature's action or queue still shows. */
function wordsFor(t: TFunction, prefix: string, name: string): string {
  const key = `${prefix}.${name}`;
  return hasMessage(key) ? t(key) : name;
}

export const actionLabel = (t: TFunction, action: string) => wordsFor(t, 'staff.admin.audit.action', action);
export const queueLabel = (t: TFunction, queue: string) => wordsFor(t, 'staff.admin.queues.name', queue);
