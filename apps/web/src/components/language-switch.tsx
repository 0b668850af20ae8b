import { LOCALES, useLocale, useT, type Locale } from '../lib/i18n';

const LABEL_KEYS = { lo: 'lang.lo', en: 'lang.en' } as const satisfies Record<Locale, string>;

/** ລາວ / English, two toggle buttons; each label is written in its own language. */
export function LanguageSwitch({ className }: { className?: string }) {
  const t = useT();
  const { locale, setLocale } = useLocale();
  return (
    <div className={['lang-switch', className ?? ''].filter(Boolean).join(' ')} role="group" aria-label={t('lang.label')}>
      {LOCALES.map((code) => (
        <button
          key={code}
          type="button"
          className="lang-switch__option"
          lang={code}
          aria-pressed={locale === code}
          data-testid={`lang-${code}`}
          onClick={() => setLocale(code)}
        >
          {t(LABEL_KEYS[code])}
        </button>
      ))}
    </div>
  );
}
