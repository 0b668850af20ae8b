import { describe, expect, it, jest } from '@jest/globals';
import { act, render, screen } from '@testing-library/react';
import * as React from 'react';
import type * as I18n from './i18n';

/** A fresh copy of the i18n module, without the words the test setup adds to the shared one. */
function freshI18n(): typeof I18n {
  let module!: typeof I18n;
  jest.isolateModules(() => {
    // The same React as the renderer's: two copies cannot share hooks.
    jest.doMock('react', () => React);
    module = jest.requireActual<typeof I18n>('./i18n');
  });
  return module;
}

describe('loading the words of each language on demand', () => {
  it('starts with the Lao words of the shell and the home screen, and nothing of English', () => {
    const { translate } = freshI18n();
    expect(translate('lo', 'nav.home')).toBe('ໜ້າຫຼັກ');
    // Not loaded yet: English falls back to Lao rather than showing a key.
    expect(translate('en', 'nav.home')).toBe('ໜ້າຫຼັກ');
    expect(translate('lo', 'quiz.title')).toBe('quiz.title');
  });

  it('loads an area in the current language only, once', async () => {
    const { loadArea, translate } = freshI18n();
    const first = loadArea('quiz');
    expect(loadArea('quiz')).toBe(first);
    await first;
    expect(translate('lo', 'quiz.title')).toBe('ແບບທົດສອບ');
    expect(translate('en', 'quiz.title')).toBe('ແບບທົດສອບ');
  });

  it('switches language only once the words of every area opened so far are here', async () => {
    const { I18nProvider, loadArea, useLocale, useT } = freshI18n();
    await loadArea('quiz');
    function Probe() {
      const t = useT();
      const { locale, setLocale } = useLocale();
      return (
        <button type="button" data-locale={locale} onClick={() => setLocale('en')}>
          {t('quiz.title')} {t('nav.home')}
        </button>
      );
    }
    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    const button = screen.getByRole('button');
    expect(button.textContent).toBe('ແບບທົດສອບ ໜ້າຫຼັກ');
    act(() => button.click());
    // The English words are on their way: the screen stays in Lao, never half and half.
    expect(button.dataset.locale).toBe('lo');
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(button.dataset.locale).toBe('en');
    expect(button.textContent).toBe('Quiz Home');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('lane.locale')).toBe('en');
  });
});
