import '@fontsource/noto-sans-lao/400.css';
import '@fontsource/noto-sans-lao/600.css';
import './styles.css';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { OFFLINE_ATTEMPT_PREFIX } from './features/quiz/lib/offline-attempt-key';
import { loadLocale, startLocale } from './lib/i18n';
import { registerSyncTask, startSyncRunner } from './lib/offline/sync-runner';
import { keptUnder } from './lib/offline/kept-under';
import { LESSON_QUEUE_PREFIX } from './lib/offline/lesson-queue-key';

// The Lao words come with the app; in English, wait for them, rather than flash Lao first.
// Without them (offline, never cached) the app starts anyway, its words falling back to Lao.
void loadLocale(startLocale())
  .catch(() => undefined)
  .then(() => {
    // Rendered as a transition, React yields to the browser every few milliseconds instead of
    // holding a slow phone's main thread for the whole first render.
    const root = createRoot(document.getElementById('root')!);
    startTransition(() =>
      root.render(
        <StrictMode>
          <App />
        </StrictMode>,
      ),
    );
    // The browser's locale data loads on the first Intl call (tens of milliseconds on a cheap
    // phone). Load it now, as a task of its own while the page's code and data download, rather
    // than in the middle of drawing the first numbers and dates.
    setTimeout(() => Intl.NumberFormat.supportedLocalesOf(['lo']), 0);
  });

// What was done offline goes to the server when it can (lib/offline/sync-runner.ts).
registerSyncTask('lesson-completions', async () => {
  if (keptUnder(LESSON_QUEUE_PREFIX)) return import('./lib/offline/lesson-sync').then((lessons) => lessons.sendQueuedCompletions());
});
registerSyncTask('quiz-answers', async () => {
  if (keptUnder(OFFLINE_ATTEMPT_PREFIX)) return import('./features/quiz/lib/offline-sync').then((quiz) => quiz.sendOfflineQuizWork());
});
startSyncRunner();

// The service worker is for the built app only: in development it would serve stale files.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => {
      // no offline support this time; the app works the same online
    });
  });
}
