import type { ReactNode } from 'react';
import { LanguageSwitch } from '../../../components/language-switch';
import { useT } from '../../../lib/i18n';
import { Bi } from './bilingual';

/** The public frame of the page: no account needed, so no app shell; the language switch only. */
export function VerifyLayout({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <div className="verify">
      <header className="verify__header">
        <span className="verify__brand">
          <img src="/icons/icon.svg" alt="" width="32" height="32" />
          <span>{t('app.name')}</span>
        </span>
        <LanguageSwitch />
      </header>
      <main className="verify__main" id="main">
        <h1 className="verify__title">
          <Bi k="verify.title" />
        </h1>
        {children}
      </main>
    </div>
  );
}
