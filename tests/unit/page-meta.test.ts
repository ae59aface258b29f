import { describe, expect, it } from 'vitest';
import { entryPath, localizedPaths } from '../../src/i18n';
import { ogLocale } from '../../src/i18n/locales';
import { alternateOgLocales, headLinks } from '../../src/lib/page-meta';

const paths = localizedPaths((code) => entryPath(code, 'cities', 'rybnik'));
const base = { title: 'Rybnik', description: 'Miasto', paths };

describe('headLinks', () => {
  it('makes a translated page self-canonical with alternates', () => {
    const links = headLinks({ ...base, locale: 'de' });
    expect(links.indexable).toBe(true);
    expect(links.canonical).toMatch(/\/de\/staedte\/rybnik\/$/);
    expect(links.alternates).toHaveLength(5);
    expect(links.documentTitle).toBe('Rybnik – IŚKCTW');
  });

  it('makes an untranslated page noindex, canonical to the text it shows, without alternates', () => {
    const links = headLinks({ ...base, locale: 'cs', translatedIn: ['pl', 'en'] });
    expect(links.indexable).toBe(false);
    expect(links.canonical).toMatch(/\/en\/cities\/rybnik\/$/);
    expect(links.alternates).toEqual([]);
  });

  it('never indexes pages marked noindex', () => {
    expect(headLinks({ ...base, locale: 'pl', noindex: true }).indexable).toBe(false);
  });
});

describe('document titles', () => {
  it('do not repeat the cluster name on the home page', () => {
    expect(
      headLinks({ ...base, locale: 'de', title: 'Innovativer Schlesischer Cluster für saubere Kohletechnologien' }).documentTitle,
    ).toBe('Innovativer Schlesischer Cluster für saubere Kohletechnologien');
  });
});

describe('example entries', () => {
  it('are never indexed', () => {
    expect(headLinks({ ...base, locale: 'pl', example: true }).indexable).toBe(false);
  });
});

describe('Open Graph locales', () => {
  it('writes language_TERRITORY from the locale table', () => {
    expect(['pl', 'en', 'de', 'cs'].map((locale) => ogLocale(locale as 'pl'))).toEqual(['pl_PL', 'en_GB', 'de_DE', 'cs_CZ']);
  });

  it('lists the other translated locales as alternates, never x-default or the page itself', () => {
    const links = headLinks({
      locale: 'de',
      title: 'T',
      description: 'D',
      paths: localizedPaths((l) => `/${l}/x/`),
      translatedIn: ['pl', 'de', 'cs'],
    });
    expect(alternateOgLocales('de', links.alternates)).toEqual(['pl_PL', 'cs_CZ']);
    expect(alternateOgLocales('de', [])).toEqual([]);
  });
});
