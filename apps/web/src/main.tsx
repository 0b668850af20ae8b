import '@fontsource/noto-sans-lao/400.css';
import '@fontsource/noto-sans-lao/600.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { loadLocale, startLocale } from './lib/i18n';
import { registerSyncTask, startSyncRunner } from './lib/offline/sync-runner';

// The Lao words come with the app; in English, wait for them, rather than flash Lao first.
// Without them (offline, never cached) the app starts anyway, its words falling back to Lao.
void loadLocale(startLocale())
  .catch(() => undefined)
  .then(() =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );

// What was done offline goes to the server when it can (lib/offline/sync-runner.ts).
registerSyncTask('lesson-completions', () => import('./lib/offline/lesson-sync').then((lessons) => lessons.sendQueuedCompletions()));
registerSyncTask('quiz-answers', () => import('./features/quiz/lib/offline-sync').then((quiz) => quiz.sendOfflineQuizWork()));
startSyncRunner();

// The service worker is for the built app only: in development it would serve stale files.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => {
      // no offline support this time; the app works the same online
    });
  });
}
