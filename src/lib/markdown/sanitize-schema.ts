/**
 * What raw HTML in content may keep (DESIGN §10 "Content is untrusted"): one allow-list for the build's sanitiser
 * (`sanitize.ts`) and for the editors' checks (`html-policy.ts`). GitHub's schema from `hast-util-sanitize` is the
 * base; it is narrowed (no form controls, no `picture`/`source`, no `irc:`/`xmpp:` links) and widened only by
 * harmless text-level and structural tags. Property names are hast's (`className`, `dateTime`, `colSpan`).
 */
import { defaultSchema, type Schema } from 'hast-util-sanitize';

/** Prefix the sanitiser puts before author-written `id`/`name` values, so content cannot clobber globals. */
export const clobberPrefix = 'user-content-';

/**
 * Author-written ids kept as written: the accessibility statement's element ids that the national monitoring reads
 * (`a11y-status`, `a11y-kontakt`, …; DESIGN §5). Hyphenated names cannot shadow a script's variables.
 * @example keepsId('a11y-status') // true
 */
export function keepsId(id: string): boolean {
  return /^a11y-[a-z]+(?:-[a-z]+)*$/.test(id) || id.startsWith(clobberPrefix);
}

const githubTags = defaultSchema.tagNames ?? [];
/** Tags GitHub allows that content here may not use: form controls and responsive-image sources (images go through astro:assets). */
const removedTags = new Set(['input', 'picture', 'source']);
/** Harmless tags GitHub leaves out that editors need for text and tables. */
const addedTags = [
  'abbr',
  'bdi',
  'bdo',
  'caption',
  'cite',
  'col',
  'colgroup',
  'dfn',
  'figcaption',
  'figure',
  'mark',
  'small',
  'time',
  'u',
  'wbr',
];

/**
 * Elements dropped together with everything inside them (other disallowed elements are replaced by their content):
 * their content is code, styling, a frame's fallback, or a fake prompt (`<dialog open><form>…password…`).
 */
export const strippedTags = [
  'applet',
  'audio',
  'base',
  'button',
  'canvas',
  'datalist',
  'dialog',
  'embed',
  'form',
  'frame',
  'frameset',
  'head',
  'iframe',
  'link',
  'math',
  'meta',
  'noembed',
  'noframes',
  'noscript',
  'object',
  'optgroup',
  'option',
  'plaintext',
  'script',
  'select',
  'style',
  'svg',
  'template',
  'textarea',
  'title',
  'video',
  'xmp',
];

const githubAttributes = defaultSchema.attributes ?? {};
/** Form attributes that have no use without forms. */
const removedGlobalAttributes = new Set(['accept', 'acceptCharset', 'action', 'encType', 'method']);

/** The allow-list schema for raw HTML in Markdown and for HTML elements in MDX. */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  tagNames: [...githubTags.filter((tag) => !removedTags.has(tag)), ...addedTags].sort(),
  strip: strippedTags,
  attributes: {
    ...Object.fromEntries(Object.entries(githubAttributes).filter(([tag]) => !removedTags.has(tag) && tag !== 'img')),
    // No `longDesc` (a second URL nobody checks).
    img: ['ariaDescribedBy', 'ariaLabel', 'ariaLabelledBy', 'src'],
    abbr: ['title'],
    time: ['dateTime'],
    '*': (githubAttributes['*'] ?? []).filter((name) => typeof name !== 'string' || !removedGlobalAttributes.has(name)),
  },
  // Ids are handled by `keepsId` in sanitize.ts (the accessibility statement needs its ids verbatim).
  clobber: ['ariaDescribedBy', 'ariaLabelledBy', 'name'],
  clobberPrefix,
  protocols: {
    cite: ['http', 'https'],
    href: ['http', 'https', 'mailto', 'tel'],
    src: ['http', 'https'],
  },
  required: {},
  // GitHub keeps table parts only inside a table, for its page layout; here a stray `<td>` is harmless, and checking
  // one element at a time (html-policy.ts) then gives the same answer as the build.
  ancestors: {},
  allowComments: false,
  allowDoctypes: false,
};
