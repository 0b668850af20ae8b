import '@fontsource/noto-sans-lao/400.css';
import '@fontsource/noto-sans-lao/600.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadArea, loadLocale, startLocale } from './lib/i18n';
import { StaffApp } from './staff/app';

// The staff app's entry (staff/index.html). Its screens use the course words (categories, levels)
// as well as their own; both languages of its own come with its code (staff/words.ts).
const locale = startLocale();
void Promise.all([loadLocale(locale), loadArea('courses', locale)])
  .catch(() => undefined)
  .then(() =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <StaffApp />
      </StrictMode>,
    ),
  );
