/** Everything outside XML 1.0's `Char` production: C0 controls but tab, LF and CR; lone surrogates; U+FFFE and U+FFFF. */
const notXmlChar = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Text with every character XML 1.0 does not allow removed, so that a strict parser accepts the document it goes into.
 * It does not escape `<` or `&`: that stays the XML writer's job.
 * @example xmlSafe('A\u0001B\uFFFEC') // 'ABC'
 */
export function xmlSafe(text: string): string {
  return text.replace(notXmlChar, '');
}
