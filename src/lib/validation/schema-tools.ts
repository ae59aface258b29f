import { z } from 'astro/zod';
import type { SchemaTools } from '../../schemas/common';

/**
 * The schemas' tools outside Astro (`npm run validate`, unit tests): an image stays its file name (the validator
 * checks the file itself), a reference becomes `{ collection, id }` as Astro's does (the validator checks the target).
 * @example plainTools.reference('cities').parse('gliwice') // { collection: 'cities', id: 'gliwice' }
 */
export const plainTools = {
  image: () => z.string().min(1),
  reference: (collection: string) =>
    z
      .string()
      .min(1)
      .transform((id) => ({ collection, id })),
} as unknown as SchemaTools;
