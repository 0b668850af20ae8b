/** Every dashboard query's key starts so: a change that moves the figures (a completion seen by a reminder) refreshes them all. */
export const DASHBOARD_KEY = ['hr', 'dashboard'] as const;
