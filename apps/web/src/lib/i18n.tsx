import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Locale, SessionUser } from '@lms/contracts';
import { core, type MessageKey } from '../locales';
import { api } from './api-client';
import { getSession, updateSessionUser } from './session';

/**
 * A tiny own i18n. Lao first: `lo` is the default and the reference catalogue; `en` must have the
 * same keys (the type below checks it at compile time, a test checks it again at run time).
 */
export type { Locale };
export type { MessageKey };
export type Vars = Record<string, string | number>;
export type TFunction = (key: MessageKey, vars?: Vars) => string;

export const LOCALES: readonly Locale[] = ['lo', 'en'];
export const DEFAULT_LOCALE: Locale = 'lo';
/** The words loaded so far: the core area at start, each other area once its routes load (addMessages). */
const catalogues: Record<Locale, Partial<Record<MessageKey, string>>> = { lo: { ...core.lo }, en: { ...core.en } };

/** Adds an area's words (locales/areas/*.ts call it as they load); adding one twice changes nothing. */
export function addMessages(area: { lo: Partial<Record<MessageKey, string>>; en: Partial<Record<MessageKey, string>> }): void {
  Object.assign(catalogues.lo, area.lo);
  Object.assign(catalogues.en, area.en);
}
/** The language chosen on this device, if the user ever chose one. */
export const LOCALE_STORAGE_KEY = 'lane.locale';

export function isLocale(value: unknown): value is Locale {
  return value === 'lo' || value === 'en';
}

export function hasMessage(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(catalogues.lo, key);
}

export function translate(locale: Locale, key: MessageKey, vars?: Vars): string {
  const template = catalogues[locale][key] ?? catalogues[DEFAULT_LOCALE][key] ?? key;
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}

function readStoredLocale(): Locale | null {
  try {
    const value = window.localStorage.getItem(LOCALE_STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // storage unavailable: the choice lasts for this visit only
  }
}

let serverSaves: Promise<void> = Promise.resolve();

/**
 * Saves the locale on the server for the signed-in user (certificates and e-mails use it).
 * Saves run one after another, each deciding when its turn comes, so quick switches back and
 * forth always leave the server with the last choice.
 */
function saveLocaleOnServer(locale: Locale): void {
  serverSaves = serverSaves.then(async () => {
    const session = getSession();
    if (!session || session.user.locale === locale) return;
    try {
      await api.patch<SessionUser>('/me', { locale });
      updateSessionUser({ locale });
    } catch {
      // offline or signed out meanwhile: the local choice still holds and is sent at the next sign-in
    }
  });
}

interface I18nContextValue {
  locale: Locale;
  t: TFunction;
  /** The user picked a language: remember it on this device and, when signed in, on the server. */
  setLocale: (locale: Locale) => void;
  /**
   * Just signed in: a language chosen on this device wins (and is saved on the server);
   * otherwise the user's saved language from the server is used.
   */
  adoptUserLocale: (userLocale: Locale) => void;
}

const I18nContext = createContext<I18nContextValue | null>(null);

export function I18nProvider({ children, initialLocale }: { children: ReactNode; initialLocale?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(
    () => initialLocale ?? readStoredLocale() ?? (isLocale(getSession()?.user.locale) ? getSession()!.user.locale : DEFAULT_LOCALE),
  );

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    storeLocale(next);
    saveLocaleOnServer(next);
  }, []);

  const adoptUserLocale = useCallback((userLocale: Locale) => {
    const chosen = readStoredLocale();
    if (chosen) saveLocaleOnServer(chosen);
    else if (isLocale(userLocale)) setLocaleState(userLocale);
  }, []);

  const value = useMemo<I18nContextValue>(
    () => ({ locale, setLocale, adoptUserLocale, t: (key, vars) => translate(locale, key, vars) }),
    [locale, setLocale, adoptUserLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

function useI18nContext(): I18nContextValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useT and useLocale need an <I18nProvider> above them');
  return value;
}

/** `const t = useT(); t('home.welcome', { name })` */
export function useT(): TFunction {
  return useI18nContext().t;
}

export function useLocale(): Pick<I18nContextValue, 'locale' | 'setLocale' | 'adoptUserLocale'> {
  const { locale, setLocale, adoptUserLocale } = useI18nContext();
  return { locale, setLocale, adoptUserLocale };
}
