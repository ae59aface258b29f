import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  catalogueEnd,
  catalogueRows,
  catalogueStart,
  isCatalogueCurrent,
  isProblemMessage,
  renderCatalogue,
  withCatalogue,
} from '../../src/lib/validation/catalogue-doc';
import { catalogue, messageLanguages, type MessageId } from '../../src/schemas/messages';

const ids = Object.keys(catalogue) as MessageId[];
const guide = (body: string) => `# Guide\n\nBefore.\n\n${catalogueStart}\n${body}\n${catalogueEnd}\n\nAfter.\n`;

describe('the catalogue of messages in the editors’ guide', () => {
  it('lists every problem message in both languages, and leaves out only the summary lines', () => {
    expect(ids.filter((id) => !isProblemMessage(id))).toEqual(['summary.ok', 'summary.failed', 'devPage.title', 'devPage.intro']);
    expect(ids.filter(isProblemMessage).length).toBeGreaterThan(50);
    for (const language of messageLanguages) {
      const rendered = renderCatalogue(language);
      for (const id of ids.filter(isProblemMessage)) expect(rendered, `${language}: ${id}`).toContain(`| \`${id}\` |`);
      expect(rendered, language).not.toMatch(/undefined|\$\{/);
    }
  });

  it('shows every wording a message can take, with parameters named in the guide’s language', () => {
    const en = new Map(catalogueRows('en').map((row) => [row.id, row]));
    const pl = new Map(catalogueRows('pl').map((row) => [row.id, row]));
    expect(en.get('date.format')!.fixes).toEqual(['write ‹suggestion›', 'write the date as YYYY-MM-DD, e.g. 2027-05-12']);
    expect(pl.get('date.format')!.problems).toEqual(['„‹wartość›” nie jest datą w zapisie RRRR-MM-DD']);
    // Wordings chosen by a parameter's value, not only by its presence.
    expect(en.get('file.unexpected')!.fixes).toEqual([
      'remove it, or move it into an entry folder',
      'put every entry in a folder of its own',
    ]);
    expect(pl.get('placeholder.unfilled')!.fixes).toHaveLength(2);
    expect(en.get('text.singleLine')!.fixes).toEqual(['write it on one line, without special characters']);
  });

  it('escapes what Markdown would read as formatting or HTML', () => {
    const line = renderCatalogue('en')
      .split('\n')
      .find((text) => text.startsWith('| `html.element` |'));
    expect(line).toContain('&lt;‹name›&gt;');
    expect(line).not.toMatch(/<abbr>/);
    const image = renderCatalogue('en')
      .split('\n')
      .find((text) => text.startsWith('| `image.alt` |'));
    expect(image).toContain('!\\[A view of the hall\\](‹image›)');
  });

  it('replaces only the section between the markers', () => {
    const updated = withCatalogue(guide('an old list'), 'pl');
    expect(updated).toBe(guide(renderCatalogue('pl')));
    expect(withCatalogue(updated, 'pl')).toBe(updated);
  });

  it('detects a stale guide in check mode', () => {
    expect(isCatalogueCurrent(guide(renderCatalogue('en')), 'en')).toBe(true);
    expect(isCatalogueCurrent(guide(renderCatalogue('en').replace('| `url` |', '| `url-old` |')), 'en')).toBe(false);
    expect(isCatalogueCurrent(guide(renderCatalogue('en')), 'pl')).toBe(false);
    expect(isCatalogueCurrent(guide(''), 'en')).toBe(false);
  });

  it('refuses a guide without its markers, or with them twice or reversed', () => {
    expect(() => withCatalogue('# Guide\n', 'en')).toThrow(/catalogue:start/);
    expect(() => withCatalogue(guide('x') + catalogueStart, 'en')).toThrow(/once each/);
    expect(() => withCatalogue(`${catalogueEnd}\n${catalogueStart}\n`, 'en')).toThrow(/in this order/);
  });

  it('is current in CONTRIBUTING.md (Polish) and CONTRIBUTING.en.md (English): run npm run catalogue after changing a message', () => {
    const root = new URL('../../', import.meta.url);
    expect(isCatalogueCurrent(readFileSync(new URL('CONTRIBUTING.md', root), 'utf8'), 'pl')).toBe(true);
    expect(isCatalogueCurrent(readFileSync(new URL('CONTRIBUTING.en.md', root), 'utf8'), 'en')).toBe(true);
  });
});
