/**
 * Editor text made safe for plain-text outputs (calendars, CSV, feeds): single-line fields lose their line breaks,
 * multi-line fields keep them as `\n`; control characters never pass.
 */

/** Control characters (C0, DEL, C1) and the Unicode line and paragraph separators. */
const breaksAndControls = /[\p{Cc}\u2028\u2029]+/u;
/** Every line break: CRLF, CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR (LF stays). */
const lineBreaks = /\r\n?|[\u0085\u2028\u2029]/g;
/** Control characters other than tab and line feed. */
const controlsButTabAndLf = /[^\P{Cc}\t\n]/gu;

/**
 * Text for a single-line position (a title or name in a calendar, CSV cell or feed): every run of line breaks and
 * control characters, with the spaces around it, becomes one space; the result is trimmed.
 * @example singleLine('Konferencja\r\nEND:VEVENT') // 'Konferencja END:VEVENT'
 */
export function singleLine(text: string): string {
  const parts = text.split(breaksAndControls);
  const last = parts.length - 1;
  return parts
    .map((part, index) => {
      const start = index > 0 ? part.trimStart() : part;
      return index < last ? start.trimEnd() : start;
    })
    .join(' ')
    .trim();
}

/**
 * Text for a multi-line position (a description): every line break written as `\n`, other control characters
 * except tab removed.
 * @example multiLine('A\r\nB\u2028C\u0001D') // 'A\nB\nCD'
 */
export function multiLine(text: string): string {
  return text.replace(lineBreaks, '\n').replace(controlsButTabAndLf, '');
}
