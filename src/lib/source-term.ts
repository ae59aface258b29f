/**
 * A translated label that quotes the source-language term at its end in parentheses, as translators of legal terms do
 * ("Erbnießbrauch (użytkowanie wieczyste)"), split so that the quoted term can carry its own `lang` (WCAG 3.1.2).
 */
export interface TermParts {
  /** The label in the page's language. */
  label: string;
  /** The quoted source-language term, when the label quotes it. */
  term?: string;
}

/**
 * Splits `value` into the label and the quoted `sourceValue` when `value` ends with ` (<sourceValue>)`.
 * @example splitSourceTerm('Erbnießbrauch (użytkowanie wieczyste)', 'użytkowanie wieczyste') // { label: 'Erbnießbrauch', term: 'użytkowanie wieczyste' }
 * @example splitSourceTerm('perpetual usufruct', 'użytkowanie wieczyste') // { label: 'perpetual usufruct' }
 */
export function splitSourceTerm(value: string, sourceValue: string): TermParts {
  const suffix = ` (${sourceValue})`;
  if (sourceValue !== '' && value.length > suffix.length && value.endsWith(suffix))
    return { label: value.slice(0, -suffix.length), term: sourceValue };
  return { label: value };
}
