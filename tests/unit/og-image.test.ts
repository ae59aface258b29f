import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryPath, homePath, localizedPaths, sectionPath } from '../../src/i18n';
import { cacheFileName, ogImageFits, ogImageInHead, pruneCache, writeCached } from '../../src/integrations/og-images';
import { ogImageOf } from '../../src/lib/og-card';
import { badgeText, breakUnits, fitLine, layoutTitle, ogImagePath, textWidth, titleSteps, type OgCard } from '../../src/lib/og-image';
import { cssTokens, markSvg } from '../../src/lib/og-mark';

const card: OgCard = { title: 'Gliwice', section: 'Miasta', siteName: 'Innowacyjny Śląski Klaster Czystych Technologii Węglowych' };
const width = 1056;

describe('ogImagePath', () => {
  it('names the image after the page path and the hash of its card', () => {
    expect(ogImagePath('/pl/miasta/gliwice/', card)).toMatch(/^\/_astro\/og\/pl-miasta-gliwice\.[0-9a-f]{12}\.png$/);
    expect(ogImagePath('/de/', card)).toMatch(/^\/_astro\/og\/de\.[0-9a-f]{12}\.png$/);
  });

  it('is stable for the same card and changes with anything the card shows', () => {
    const path = ogImagePath('/pl/miasta/gliwice/', card);
    expect(ogImagePath('/pl/miasta/gliwice/', { ...card })).toBe(path);
    for (const changed of [
      { ...card, title: 'Gliwice ' },
      { ...card, section: 'Miasto' },
      { ...card, siteName: 'IŚKCTW' },
      { ...card, label: '(przykład)' },
    ]) {
      expect(ogImagePath('/pl/miasta/gliwice/', changed)).not.toBe(path);
    }
  });

  it('keeps the file name to safe characters', () => {
    expect(ogImagePath('/pl/a b/Ż../', card)).toMatch(/^\/_astro\/og\/pl-a-b--\.[0-9a-f]{12}\.png$/);
  });
});

describe('badgeText', () => {
  it('drops the parentheses of the example label and writes it in capitals', () => {
    expect(badgeText('(przykład)')).toBe('PRZYKŁAD');
    expect(badgeText('(ukázka)')).toBe('UKÁZKA');
    expect(badgeText('Beispiel')).toBe('BEISPIEL');
  });
});

describe('textWidth', () => {
  it('adds the bold font’s advance widths, letters with diacritics as their base letter', () => {
    expect(textWidth('Gliwice', 100)).toBe(360);
    expect(textWidth('ŻÓŁĆ źęą řůčěšžý', 50)).toBeCloseTo(textWidth('ZOŁC zea ruceszy', 50));
    expect(textWidth('ß', 100)).toBeGreaterThan(textWidth('s', 100));
  });
});

describe('fitLine', () => {
  it('keeps a line that fits and cuts one that does not, ending with an ellipsis', () => {
    expect(fitLine('Miasta', 34, 500)).toBe('Miasta');
    const cut = fitLine('Współpraca międzynarodowa i regionalna', 34, 300);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 34)).toBeLessThanOrEqual(300);
    expect(cut.startsWith('Współpraca')).toBe(true);
  });
});

describe('layoutTitle', () => {
  const withinWidth = (lines: string[], fontSize: number) => lines.every((line) => textWidth(line, fontSize) <= width);

  it('draws a short title at the largest size on one line', () => {
    expect(layoutTitle('Gliwice', width)).toEqual({ fontSize: titleSteps[0]!.fontSize, lines: ['Gliwice'], truncated: false });
  });

  it('steps down in size for a longer title and keeps every word', () => {
    const title = 'Zagospodarowanie terenów pogórniczych w Jastrzębiu-Zdroju';
    const layout = layoutTitle(title, width);
    expect(layout.fontSize).toBeLessThan(titleSteps[0]!.fontSize);
    expect(layout.truncated).toBe(false);
    expect(layout.lines.join(' ')).toBe(title);
    expect(withinWidth(layout.lines, layout.fontSize)).toBe(true);
  });

  it('wraps a very long German title to at most four lines and ends it with an ellipsis', () => {
    const title =
      'Machbarkeitsstudie zur Umwandlung stillgelegter Steinkohlenbergwerke in unterirdische Pumpspeicherkraftwerke und Wärmespeicher für die Fernwärmeversorgung der oberschlesischen Städte im Rahmen der europäischen Strukturfonds';
    const layout = layoutTitle(title, width);
    const last = titleSteps[titleSteps.length - 1]!;
    expect(layout).toMatchObject({ fontSize: last.fontSize, truncated: true });
    expect(layout.lines).toHaveLength(last.maxLines);
    expect(layout.lines.at(-1)!.endsWith('…')).toBe(true);
    expect(withinWidth(layout.lines, layout.fontSize)).toBe(true);
    expect(title.startsWith(layout.lines[0]!)).toBe(true);
  });

  it('breaks a word wider than the card with a hyphen', () => {
    const word = 'Steinkohlenbergwerksstilllegungsentschädigungsverordnungsdurchführungsbestimmungen';
    const layout = layoutTitle(word, width);
    expect(layout.lines.length).toBeGreaterThan(1);
    expect(layout.lines[0]!.endsWith('-')).toBe(true);
    expect(withinWidth(layout.lines, layout.fontSize)).toBe(true);
    expect(layout.lines.join('').replace(/-/g, '')).toBe(word);
  });

  it('leaves no one-letter word at the end of a line', () => {
    expect(breakUnits('Bezpieczeństwo i transformacja w Tychach a v')).toEqual(['Bezpieczeństwo', 'i transformacja', 'w Tychach', 'a v']);
    const layout = layoutTitle('Konferencja „Bezpieczeństwo i transformacja energetyczna Polski i Unii Europejskiej” w Tychach', width);
    expect(layout.lines.length).toBeGreaterThan(1);
    expect(layout.lines.filter((line) => /\s\p{L}$/u.test(line))).toEqual([]);
    expect(layout.lines.join(' ')).toBe('Konferencja „Bezpieczeństwo i transformacja energetyczna Polski i Unii Europejskiej” w Tychach');
  });

  it('collapses line breaks and runs of spaces', () => {
    expect(layoutTitle('  Rybnik \n  i okolice ', width).lines).toEqual(['Rybnik i okolice']);
  });
});

describe('ogImageOf', () => {
  const cityPaths = localizedPaths((locale) => entryPath(locale, 'cities', 'gliwice'));
  const base = { title: 'Gliwice', description: 'Miasto', paths: cityPaths };

  it('gives a later page of a list the card and image of the first page', () => {
    const listPath = sectionPath('pl', 'stories');
    const first = ogImageOf({
      locale: 'pl',
      title: 'Lista',
      description: '',
      paths: localizedPaths((code) => sectionPath(code, 'stories')),
    })!;
    const later = ogImageOf({
      locale: 'pl',
      title: 'Lista – strona 2 z 3',
      description: '',
      paths: localizedPaths((code) => `${sectionPath(code, 'stories')}strona/2/`),
      cardOf: { title: 'Lista', path: listPath },
    })!;
    expect(later).toEqual(first);
    expect(ogImageFits(`${listPath}strona/2/`, later)).toBe(true);
    expect(ogImageFits(listPath, later)).toBe(true);
    const head = `<meta property="og:site_name" content="S"><meta property="og:title" content="Lista – strona 2 z 3"><meta property="og:image" content="https://x.org/_astro/og/pl-historie-sukcesu.0123456789ab.png" data-og-title="Lista">`;
    expect(ogImageInHead(head)?.card.title).toBe('Lista');
    // Another page's image, or this page's image for another card, does not fit.
    expect(ogImageFits('/pl/miasta/gliwice/', later)).toBe(false);
    expect(ogImageFits(`${listPath}strona/2/`, { ...later, card: { ...later.card, title: 'Inna' } })).toBe(false);
  });

  it('gives a translated page a card with its localized section and the cluster name', () => {
    const image = ogImageOf({ ...base, locale: 'de' })!;
    expect(image.card).toEqual({
      title: 'Gliwice',
      section: 'Städte',
      siteName: 'Innovativer Schlesischer Cluster für saubere Kohletechnologien',
      label: undefined,
    });
    expect(image.path).toBe(ogImagePath('/de/staedte/gliwice/', image.card));
    expect(image.alt).toBe('Gliwice');
  });

  it('labels an example entry, in the card and in the alt text', () => {
    const image = ogImageOf({ ...base, locale: 'cs', title: 'Kancelář', example: true })!;
    expect(image.card.label).toBe('(ukázka)');
    expect(image.alt).toBe('Kancelář (ukázka)');
    expect(image.path).not.toBe(ogImageOf({ ...base, locale: 'cs', title: 'Kancelář' })!.path);
    expect(ogImageOf({ ...base, locale: 'pl', title: 'Biuro w Katowicach (przykład)', example: true })!.alt).toBe(
      'Biuro w Katowicach (przykład)',
    );
  });

  it('leaves out the section on the section’s own page and on the home page', () => {
    expect(
      ogImageOf({ ...base, locale: 'pl', title: 'Miasta', paths: localizedPaths((locale) => sectionPath(locale, 'cities')) })!.card.section,
    ).toBeUndefined();
    expect(ogImageOf({ ...base, locale: 'en', title: 'Home', paths: localizedPaths(homePath) })!.card.section).toBeUndefined();
  });

  it('gives none to fallback and utility pages', () => {
    expect(ogImageOf({ ...base, locale: 'cs', translatedIn: ['pl', 'en'] })).toBeUndefined();
    expect(ogImageOf({ ...base, locale: 'pl', noindex: true })).toBeUndefined();
  });
});

describe('ogImageInHead', () => {
  const head = (image: string) =>
    `<meta property="og:site_name" content="Klaster &amp; co"><meta property="og:title" content="&quot;Zielona&quot; energia &#39;24 &lt;3"><meta property="og:image" content="${image}" data-og-section="Historie sukcesu" data-og-label="(przykład)">`;

  it('reads the card from the page head, entities decoded', () => {
    expect(ogImageInHead(head('https://iskctw.example.org/_astro/og/pl-x.0123456789ab.png'))).toEqual({
      path: '/_astro/og/pl-x.0123456789ab.png',
      card: { title: '"Zielona" energia \'24 <3', section: 'Historie sukcesu', siteName: 'Klaster & co', label: '(przykład)' },
    });
  });

  it('finds nothing on a page without og:image, and refuses an image from elsewhere', () => {
    expect(ogImageInHead('<meta property="og:title" content="x">')).toBeUndefined();
    expect(() => ogImageInHead(head('https://iskctw.example.org/_astro/og/../../etc/passwd'))).toThrow(/not an image/);
    expect(() => ogImageInHead(head('https://iskctw.example.org/pl/x.png'))).toThrow(/not an image/);
  });
});

describe('the mark', () => {
  it('reads the custom properties of :root', () => {
    expect(cssTokens(':root {\n  --colour-primary: #0b4f6c;\n  --space: 1rem;\n}\nbody { --x: 1; }')).toEqual({
      'colour-primary': '#0b4f6c',
      space: '1rem',
    });
  });

  it('is the logo component’s SVG with its colours resolved and its size set', () => {
    const component = readFileSync(new URL('../../src/components/Logo.astro', import.meta.url), 'utf8');
    const tokens = cssTokens(readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8'));
    const svg = markSvg(component, tokens, 96);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="96" height="96" viewBox="[^"]+">/);
    expect(svg).not.toContain('var(');
    expect(svg).not.toMatch(/class=|aria-hidden/);
    expect(svg).toContain(tokens['colour-primary']!);
  });

  it('refuses a logo that uses an undeclared property or has no SVG', () => {
    expect(() => markSvg('<svg viewBox="0 0 1 1"><rect fill="var(--nope)"/></svg>', {}, 10)).toThrow(/--nope/);
    expect(() => markSvg('<p>no mark</p>', {}, 10)).toThrow(/no <svg>/);
  });
});

describe('the card cache', () => {
  it('draws a card once and copies it from the cache while the card and the fingerprint stay the same', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'og-cache Kraków-'));
    try {
      let draws = 0;
      const draw = async () => Buffer.from(`png ${++draws}`);
      const cached = (c: OgCard, fingerprint: string) => join(dir, cacheFileName(c, fingerprint));
      expect(await writeCached(join(dir, 'a.png'), cached(card, 'f1'), draw)).toBe(true);
      expect(await writeCached(join(dir, 'b.png'), cached({ ...card }, 'f1'), draw)).toBe(false);
      expect(readFileSync(join(dir, 'b.png'), 'utf8')).toBe('png 1');
      expect(await writeCached(join(dir, 'c.png'), cached({ ...card, title: 'Tychy' }, 'f1'), draw)).toBe(true);
      expect(await writeCached(join(dir, 'd.png'), cached(card, 'f2'), draw)).toBe(true);
      expect(draws).toBe(3);
      await pruneCache(dir, 'f2');
      expect(readdirSync(dir).filter((file) => file.endsWith('.f1.png'))).toEqual([]);
      expect(existsSync(cached(card, 'f2'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
