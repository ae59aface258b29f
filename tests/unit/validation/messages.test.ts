import { describe, expect, it } from 'vitest';
import { catalogue, languageFromEnv, message, messageLanguages, wording, type MessageId } from '../../../src/schemas/messages';

/** Sample parameters, so that every message can be rendered. */
const params = {
  value: '12.05.2027',
  suggestion: '2027-05-12',
  expected: 'YYYY-MM-DD',
  found: '“x”',
  key: 'population',
  factsFile: 'content/cities/x/city.yaml',
  options: 'a, b',
  min: 3,
  max: 160,
  length: 189,
  count: 5,
  files: 24,
  seconds: '1.1',
  formats: '.pdf, .txt',
  name: 'script',
  fix: 'file',
  other: 'Test-Story',
  file: 'story.yaml',
  slug: 'jaworzno',
  keys: 'home, about',
  id: 'gliwce',
  collection: 'cities',
  src: './cover.png',
  size: '11.0 MB',
  dimensions: '6000×4000 px',
  useful: 2400,
  href: '/pl/miasta/gliwce/',
  components: 'SectionLink, PartnerCitiesTable, A11yValue',
  detail: 'Tabs are not allowed as indentation',
  placeholder: 'UZUPEŁNIJ',
  label: 'Przykład:',
  path: 'content/stories/kopalnia-x/',
};

const ids = Object.keys(catalogue) as MessageId[];

describe('the message catalogue', () => {
  it('has every message in Polish and English, each with its own wording', () => {
    expect(ids.length).toBeGreaterThan(40);
    for (const id of ids) {
      const en = wording(id, params, 'en');
      const pl = wording(id, params, 'pl');
      expect(en.problem, id).not.toBe('');
      expect(pl.problem, `${id}: the Polish wording is a translation, not the English text`).not.toBe(en.problem);
      expect(Boolean(en.fix), `${id}: a fix in both languages or in neither`).toBe(Boolean(pl.fix));
      expect(`${en.problem} ${en.fix ?? ''}`, `${id} (en) leaves a parameter unfilled`).not.toMatch(/undefined|\$\{/);
      expect(`${pl.problem} ${pl.fix ?? ''}`, `${id} (pl) leaves a parameter unfilled`).not.toMatch(/undefined|\$\{/);
    }
  });

  it('pins the wording of every message in both languages', async () => {
    const rendered = messageLanguages
      .flatMap((language) => ids.map((id) => `${language} ${id}: ${message(id, params, language)}`))
      .join('\n');
    await expect(`${rendered}\n`).toMatchFileSnapshot('./__snapshots__/messages.txt');
  });

  it('uses Polish plural forms in the summary', () => {
    expect(message('summary.failed', { count: 1 }, 'pl')).toMatch(/^Do poprawienia: 1 problem\./);
    expect(message('summary.failed', { count: 3 }, 'pl')).toMatch(/^Do poprawienia: 3 problemy\./);
    expect(message('summary.failed', { count: 12 }, 'pl')).toMatch(/^Do poprawienia: 12 problemów\./);
    expect(message('summary.failed', { count: 22 }, 'pl')).toMatch(/^Do poprawienia: 22 problemy\./);
    expect(message('summary.failed', { count: 1 }, 'en')).toMatch(/^1 problem to fix\./);
  });

  it('takes the language from VALIDATE_LANG, then the system locale, else English', () => {
    expect(languageFromEnv({ VALIDATE_LANG: 'pl' })).toBe('pl');
    expect(languageFromEnv({ LANG: 'pl_PL.UTF-8' })).toBe('pl');
    expect(languageFromEnv({ VALIDATE_LANG: 'en', LANG: 'pl_PL.UTF-8' })).toBe('en');
    expect(languageFromEnv({ LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(languageFromEnv({})).toBe('en');
  });
});
