import { RuleTester } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import { noHardCodedStrings } from './no-hard-coded-strings.cjs';

// RuleTester calls describe and it itself, so each case is a Jest test of its own.
const tester = new RuleTester({ languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } });

tester.run('no-hard-coded-strings', noHardCodedStrings, {
  valid: [
    { name: 'words from the catalogue', code: "const a = <p title={t('app.name')}>{t('home.title')}</p>;" },
    { name: 'an attribute from the catalogue, by a condition', code: "const a = <input placeholder={t(busy ? 'common.saving' : 'common.save')} aria-label={t('lang.label')} />;" },
    { name: 'symbols and numbers only', code: "const a = <p>{count} × 2 · 100% — (3)</p>;" },
    { name: 'a no-break space', code: "const a = <span>{'\\u00a0'}&nbsp;</span>;" },
    { name: 'a separator in an expression', code: "const a = <span className='bi__sep'>{' · '}</span>;" },
    { name: 'an empty alt for a decorative image', code: 'const a = <img src="/icon.svg" alt="" />;' },
    { name: 'attributes nobody reads', code: 'const a = <div className="card" data-testid="home-title" lang="lo" role="status" />;' },
    { name: 'a namespaced attribute', code: 'const a = <svg><use xlink:href="#icon" /></svg>;' },
    { name: 'a string outside JSX', code: "const key = 'not shown'; const a = <p>{t(key)}</p>;" },
  ],
  invalid: [
    { name: 'English JSX text', code: 'const a = <p>Hello</p>;', errors: [{ messageId: 'text' }] },
    { name: 'Lao JSX text', code: 'const a = <h1>ການຮຽນຂອງຂ້ອຍ</h1>;', errors: [{ messageId: 'text' }] },
    { name: 'words around an expression', code: 'const a = <p>Score: {score}</p>;', errors: [{ messageId: 'text' }] },
    { name: 'a string literal as a child', code: "const a = <p>{'Loading…'}</p>;", errors: [{ messageId: 'text' }] },
    { name: 'a string in a condition as a child', code: "const a = <p>{done ? t('courses.item.done') : 'Not yet'}</p>;", errors: [{ messageId: 'text' }] },
    { name: 'aria-label', code: 'const a = <button aria-label="Close" />;', errors: [{ messageId: 'attribute', data: { name: 'aria-label', text: 'Close' } }] },
    { name: 'title in braces', code: "const a = <span title={'Log out'} />;", errors: [{ messageId: 'attribute' }] },
    { name: 'placeholder in Lao', code: 'const a = <input placeholder="ຄົ້ນຫາ" />;', errors: [{ messageId: 'attribute' }] },
    { name: 'alt', code: 'const a = <img src="/a.png" alt="A certificate" />;', errors: [{ messageId: 'attribute' }] },
    { name: 'aria-description', code: 'const a = <div aria-description="Opens a new page" />;', errors: [{ messageId: 'attribute' }] },
    { name: 'a component’s label', code: 'const a = <TextField label="Email" name="login" />;', errors: [{ messageId: 'attribute' }] },
    { name: 'a template literal', code: 'const a = <div aria-label={`Question ${n}`} />;', errors: [{ messageId: 'attribute' }] },
    { name: 'either branch of a condition', code: "const a = <div title={open ? 'Close' : t('app.reload')} />;", errors: [{ messageId: 'attribute' }] },
  ],
});
