import { useSyncExternalStore } from 'react';
import { API_BASE } from '../../../lib/api-client';
import { useT } from '../../../lib/i18n';
import { isOfflineCopy, subscribeOfflineCopies } from '../../../lib/offline/offline-cache';

/** A small note while the page shows the copy downloaded for offline reading, not the server's answer. */
export function OfflineCopyHint({ path }: { path: string }) {
  const t = useT();
  const offline = useSyncExternalStore(subscribeOfflineCopies, () => isOfflineCopy(API_BASE + path));
  if (!offline) return null;
  return (
    <p className="offline-hint" data-testid="offline-copy">
      {t('courses.offlineCopy')}
    </p>
  );
}
