import { Foundation1764300000000 } from './1764300000000-foundation';

/** Every migration, in order. Listed by hand: globs break once the apps are bundled. */
export const MIGRATIONS = [Foundation1764300000000];
