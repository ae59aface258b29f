import { statSync } from 'node:fs';
import type { MessageLanguage } from '../../schemas/messages';

/** Largest image file accepted in content: a photo saved for the web at the useful size weighs well under this. */
export const maxImageBytes = 3 * 1024 * 1024;
/** The longest side worth keeping: covers are shown at most 1200 px wide, twice that for sharp screens. */
export const usefulImagePixels = 2400;

/** The number format of each message language. */
const numberLocales: Record<MessageLanguage, string> = { pl: 'pl-PL', en: 'en-GB' };

/**
 * Size in words for messages, in MB or kB with one decimal, in the message language's number format.
 * @example formatBytes(11_534_336) // '11.0 MB'
 * @example formatBytes(11_534_336, 'pl') // '11,0 MB'
 */
export function formatBytes(bytes: number, language: MessageLanguage = 'en'): string {
  const mega = bytes >= 1024 * 1024;
  const format = new Intl.NumberFormat(numberLocales[language], {
    style: 'unit',
    unit: mega ? 'megabyte' : 'kilobyte',
    unitDisplay: 'short',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return format.format(bytes / (mega ? 1024 * 1024 : 1024));
}

/** The file's size when it is over the limit, with its dimensions (read by sharp from the header only). */
export async function oversizedImage(
  file: string,
  language: MessageLanguage = 'en',
): Promise<{ size: string; dimensions: string } | undefined> {
  const bytes = statSync(file).size;
  if (bytes <= maxImageBytes) return undefined;
  let dimensions = '?';
  try {
    const { default: sharp } = await import('sharp');
    const { width, height } = await sharp(file).metadata();
    if (width && height) dimensions = `${width}×${height} px`;
  } catch {
    // Not an image sharp can read: the size alone says enough.
  }
  return { size: formatBytes(bytes, language), dimensions };
}
