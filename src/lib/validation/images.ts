import { statSync } from 'node:fs';

/** Largest image file accepted in content: a photo saved for the web at the useful size weighs well under this. */
export const maxImageBytes = 3 * 1024 * 1024;
/** The longest side worth keeping: covers are shown at most 1200 px wide, twice that for sharp screens. */
export const usefulImagePixels = 2400;

/**
 * Size in words for messages, in MB or kB with one decimal.
 * @example formatBytes(11_534_336) // '11.0 MB'
 */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} kB`;
}

/** The file's size when it is over the limit, with its dimensions (read by sharp from the header only). */
export async function oversizedImage(file: string): Promise<{ size: string; dimensions: string } | undefined> {
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
  return { size: formatBytes(bytes), dimensions };
}
