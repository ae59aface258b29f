import { statSync } from 'node:fs';
import { join } from 'node:path';
import { numberFormat } from './intl-cache';

/** Every document file beside a `document.yaml`, as the URL the build gives it (hashed, under `/_astro/`). */
const urls = import.meta.glob('/content/documents/*/*.{pdf,txt,csv,pptx,docx,odt,odp,xlsx}', {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/**
 * The built URL and size in bytes of a document's file, or undefined if the file is missing.
 * @example documentFile('rola-sektora-samorzadowego-2006', 'rola-sektora-samorzadowego-2006.txt') // { url: '/_astro/…txt', bytes: 7573 }
 */
export function documentFile(slug: string, file: string): { url: string; bytes: number } | undefined {
  const key = `/content/documents/${slug}/${file}`;
  const url = urls[key];
  if (!url) return undefined;
  return { url, bytes: statSync(join(process.cwd(), key)).size };
}

/**
 * A file size for people, in the reader's number format.
 * @example formatBytes(7573, 'en-GB') // '7.4 kB'
 */
export function formatBytes(bytes: number, intlLocale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return numberFormat(intlLocale, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}
