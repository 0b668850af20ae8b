export const ROLES = ['learner', 'instructor', 'hr_manager', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const LOCALES = ['lo', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'lo';
