import type { ReactNode } from 'react';
import { translate, useLocale, type Locale, type MessageKey, type Vars } from '../../../lib/i18n';

/**
 * The verify page speaks Lao and English at once: whoever reads a certificate may not share its
 * holder's language. The language chosen on this device comes first, the other under or beside it.
 */
export function useLocaleOrder(): readonly [Locale, Locale] {
  const { locale } = useLocale();
  return locale === 'en' ? ['en', 'lo'] : ['lo', 'en'];
}

export interface BothLocalesProps {
  /** The text in one language. */
  render: (locale: Locale) => ReactNode;
  /** On one line, "ລາວ · English", instead of one under the other. */
  inline?: boolean;
  className?: string;
}

/** Something written once per language (a date, a sentence); shown once when both are the same. */
export function BothLocales({ render, inline = false, className }: BothLocalesProps) {
  const [first, second] = useLocaleOrder();
  const a = render(first);
  const b = render(second);
  const classes = ['bi', inline ? 'bi--inline' : '', className ?? ''].filter(Boolean).join(' ');
  if (typeof a === 'string' && a === b) return <span className={classes}>{a}</span>;
  return (
    <span className={classes}>
      <span className="bi__first" lang={first}>
        {a}
      </span>
      {inline && (
        <span className="bi__sep" aria-hidden="true">
          {' · '}
        </span>
      )}
      <span className="bi__second" lang={second}>
        {b}
      </span>
    </span>
  );
}

export interface BiProps {
  k: MessageKey;
  /** The same for both languages, or per language (dates and numbers are written differently). */
  vars?: Vars | ((locale: Locale) => Vars);
  inline?: boolean;
  className?: string;
}

/** A catalogue message in both languages. */
export function Bi({ k, vars, inline, className }: BiProps) {
  return <BothLocales inline={inline} className={className} render={(locale) => translate(locale, k, typeof vars === 'function' ? vars(locale) : vars)} />;
}
