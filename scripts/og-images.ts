/**
 * Draws the Open Graph images of a built site (`tsx scripts/og-images.ts <output folder>`), as the Astro integration
 * src/integrations/og-images.ts would at the end of `astro build`. `npm run build` (scripts/build.mjs) runs Astro with
 * `OG_IMAGES=later` and then this, beside the search index. Prints one line of what it did; exits 1 on a page whose
 * `og:image` is not the one its card makes.
 */
import { fileURLToPath } from 'node:url';
import { drawOgImages } from '../src/integrations/og-images';

const out = process.argv[2];
if (!out) {
  console.error('Usage: tsx scripts/og-images.ts <built site folder>');
  process.exit(2);
}
try {
  console.log(`[og-images] ${await drawOgImages(fileURLToPath(new URL('..', import.meta.url)), out)}`);
} catch (error) {
  const { message, hint } = error as { message?: string; hint?: string };
  console.error(`Open Graph images: ${message ?? String(error)}${hint ? `\n${hint}` : ''}`);
  process.exit(1);
}
