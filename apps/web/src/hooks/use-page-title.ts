import { useEffect } from 'react';
import { useT, type MessageKey } from '../lib/i18n';

/** Names the screen in the browser tab and for screen readers ("My learning · Lane"), in the current language. */
export function usePageTitle(key: MessageKey): void {
  const t = useT();
  const title = `${t(key)} · ${t('app.name')}`;
  useEffect(() => {
    document.title = title;
  }, [title]);
}
