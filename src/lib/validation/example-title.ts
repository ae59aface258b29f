/**
 * Example labels written into a title by hand. Editors write a plain title and `example: true`; the site adds the
 * label once (`src/lib/example-label.ts`, DESIGN §9), so a label in the title would show twice.
 */

/** The word for "example" in each of the site's languages (pl, en, de, cs: "příklad" and "ukázka"). */
const labelWords = ['przykład', 'example', 'beispiel', 'příklad', 'ukázka'];
const words = labelWords.join('|');
/** "Przykład: …", "Example – …" at the start (a hyphen only with a space after it: "Example-based" is no label). */
const prefix = new RegExp(`^\\s*(?:${words})\\s*(?::|[–—-](?=\\s))\\s*`, 'iu');
/** "(przykład)", "[Example]" anywhere. */
const bracketed = new RegExp(`\\s*[(\\[]\\s*(?:${words})\\s*[)\\]]`, 'iu');

/** A label found in a title: as written, and the title without any label. */
export interface TitleLabel {
  label: string;
  plain: string;
}

/**
 * The example label a title carries, if any, and the title without it (first letter capitalised where a leading
 * label was removed).
 * @example exampleLabelIn('Przykład: warsztaty online') // { label: 'Przykład:', plain: 'Warsztaty online' }
 * @example exampleLabelIn('Hala w Tychach (przykład)') // { label: '(przykład)', plain: 'Hala w Tychach' }
 * @example exampleLabelIn('Examples of good practice') // undefined
 */
export function exampleLabelIn(title: string): TitleLabel | undefined {
  let label: string | undefined;
  let plain = title;
  const start = prefix.exec(plain);
  if (start) {
    label = start[0].trim();
    const rest = plain.slice(start[0].length);
    plain = rest.charAt(0).toLocaleUpperCase() + rest.slice(1);
  }
  for (let match = bracketed.exec(plain); match; match = bracketed.exec(plain)) {
    label ??= match[0].trim();
    plain = plain.slice(0, match.index) + plain.slice(match.index + match[0].length);
  }
  return label === undefined ? undefined : { label, plain: plain.replace(/\s{2,}/g, ' ').trim() };
}
