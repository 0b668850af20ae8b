import { describe, expect, it } from '@jest/globals';
import { render } from '@testing-library/react';
import { I18nProvider, type Locale, type MessageKey } from '../lib/i18n';
import { usePageTitle } from './use-page-title';

function Screen({ title }: { title: MessageKey }) {
  usePageTitle(title);
  return null;
}

const titled = (locale: Locale, key: MessageKey) => {
  const view = render(
    <I18nProvider initialLocale={locale}>
      <Screen title={key} />
    </I18nProvider>,
  );
  view.unmount();
  return document.title;
};

describe('usePageTitle', () => {
  it('names the screen in the current language, then the app', () => {
    expect(titled('lo', 'home.title')).toBe('ການຮຽນຂອງຂ້ອຍ · Lane');
    expect(titled('en', 'home.title')).toBe('My learning · Lane');
    expect(titled('en', 'notFound.title')).toBe('Page not found · Lane');
  });
});
