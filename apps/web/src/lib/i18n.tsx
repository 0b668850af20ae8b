import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Locale, SessionUser } from '@lms/contracts';
import { AREAS, BUILT_IN, type AreaName, type Catalogue, type MessageKey } from '../locales';
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
/** The words loaded so far, per language: the built-in Lao ones at start (locales/index.ts). */
const catalogues: Record<Locale, Catalogue> = { lo: { ...BUILT_IN }, en: {} };
const loads: Record<Locale, Map<AreaName, Promise<void>>> = { lo: new Map(), en: new Map() };
/** The areas whose words are here, per language. */
const ready: Record<Locale, Set<AreaName>> = { lo: new Set(['core', 'learning']), en: new Set() };
/** The areas the app has needed so far: a switch of language loads each of them in the new one. */
const needed = new Set<AreaName>(['core', 'learning']);
/** The language screens are shown in (or about to be, during a switch). */
let current: Locale = DEFAULT_LOCALE;

/**
 * Loads an area's words in one language (by default the current one), once; route loaders call
 * it beside their code (app/router.tsx). A failed load (offline, and never cached) is tried again
 * next time; meanwhile `translate` falls back to Lao.
 */
export function loadArea(area: AreaName, locale: Locale = current): Promise<void> {
  needed.add(area);
  let load = loads[locale].get(area);
  if (!load) {
    load = AREAS[area][locale]().then(
      (words) => {
        Object.assign(catalogues[locale], words);
        ready[locale].add(area);
      },
      (error: unknown) => {
        loads[locale].delete(area);
        throw error;
      },
    );
    loads[locale].set(area, load);
  }
  return load;
}

/** Whether every area needed so far has its words here in a language. */
function hasLocale(locale: Locale): boolean {
  return [...needed].every((area) => ready[locale].has(area));
}

/** Loads every area needed so far in one language: before showing the app in it, or switching to it. */
export function loadLocale(locale: Locale): Promise<void> {
  return Promise.all([...needed].map((area) => loadArea(area, locale))).then(() => undefined);
}

/** Adds the words of whole areas at once, in both languages (the tests load every area this way). */
export function addMessages(areas: readonly AreaName[], words: { lo: Catalogue; en: Catalogue }): void {
  Object.assign(catalogues.lo, words.lo);
  Object.assign(catalogues.en, words.en);
  for (const area of areas) for (const locale of LOCALES) ready[locale].add(area);
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

/** The language to start in: the one chosen on this device, else the signed-in user's, else Lao. */
export function startLocale(): Locale {
  const user = getSession()?.user.locale;
  return readStoredLocale() ?? (isLocale(user) ? user : DEFAULT_LOCALE);
}

export function I18nProvider({ children, initialLocale }: { children: ReactNode; initialLocale?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(() => (current = initialLocale ?? startLocale()));
  const shown = useRef(locale);

  useEffect(() => {
    shown.current = locale;
    document.documentElement.lang = locale;
  }, [locale]);

  /** Shows the app in another language once its words are here; false when they could not load. */
  const show = useCallback((next: Locale): true | Promise<boolean> => {
    current = next;
    // Words already here (a switch back, or tests): at once, without waiting a turn.
    if (hasLocale(next)) {
      setLocaleState(next);
      return true;
    }
    return loadLocale(next).then(
      () => {
        if (current === next) setLocaleState(next);
        return true;
      },
      () => {
        if (current === next) current = shown.current;
        return false;
      },
    );
  }, []);

  const setLocale = useCallback(
    (next: Locale) => {
      const commit = (ok: boolean) => {
        if (!ok) return;
        storeLocale(next);
        saveLocaleOnServer(next);
      };
      const shownNow = show(next);
      if (shownNow === true) commit(true);
      else void shownNow.then(commit);
    },
    [show],
  );

  const adoptUserLocale = useCallback(
    (userLocale: Locale) => {
      const chosen = readStoredLocale();
      if (chosen) saveLocaleOnServer(chosen);
      else if (isLocale(userLocale)) void show(userLocale);
    },
    [show],
  );

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
