/**
 * Text made safe for HTML and XML text and for double- or single-quoted attribute values.
 * @example escapeHtml('<a href="x">R&D</a>') // '&lt;a href=&quot;x&quot;&gt;R&amp;D&lt;/a&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
