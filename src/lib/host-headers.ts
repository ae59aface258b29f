/**
 * The HTTP headers a host sends with the built site, as one set of rules, written out for three kinds of host:
 * `_headers` (Netlify, Cloudflare Pages), an nginx snippet and an Apache snippet. Pure: the build integration
 * (scripts/host-files.mjs, run by `npm run build` after Pagefind) hands in the list of built files, the header CSP (src/lib/csp.ts) and the
 * configuration; nothing here reads files or the environment.
 *
 * A host that reads `_headers` joins the values of one header when several rules match a path (Cloudflare Pages
 * documents it; two `Content-Security-Policy` or `Cache-Control` values would then both apply). So the rules never
 * overlap for a header: the headers that never vary go on `/*`; the CSP and caching, and separately the content
 * type, are given by a partition of the built files into folders (`/_astro/*`) and single paths, each path under
 * exactly one rule. The build test checks this against the output.
 */

/** A header rule: a path pattern without the base path (`/_astro/*`, `/pl/`, `/pl/rss.xml`) and its headers. */
export interface HeaderRule {
  pattern: string;
  headers: Readonly<Record<string, string>>;
}

/** Headers every response gets. */
export const constantHeaders: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  // One year. No `includeSubDomains` or `preload`: the site may live on a subdomain of a domain its owner serves
  // other things from; that choice belongs to the domain's owner.
  'Strict-Transport-Security': 'max-age=31536000',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // Powerful features the site never uses, denied to it and to anything it might embed.
  'Permissions-Policy': [
    'accelerometer=()',
    'autoplay=()',
    'camera=()',
    'display-capture=()',
    'encrypted-media=()',
    'fullscreen=()',
    'geolocation=()',
    'gyroscope=()',
    'hid=()',
    'magnetometer=()',
    'microphone=()',
    'midi=()',
    'payment=()',
    'picture-in-picture=()',
    'publickey-credentials-get=()',
    'screen-wake-lock=()',
    'serial=()',
    'usb=()',
    'xr-spatial-tracking=()',
  ].join(', '),
};

/** Caching: a year for files whose name changes with their content, revalidation for everything else. */
export const cacheControl = {
  immutable: 'public, max-age=31536000, immutable',
  // Every visit asks whether the page changed (a cheap 304 when it did not), so a rebuild is seen at once and a page
  // never outlives the hashed files it names.
  revalidate: 'public, max-age=0, must-revalidate',
} as const;

/**
 * True for a built file (relative to the output folder, `/`-separated) whose name changes with its content:
 * Astro's `_astro/` (scripts, styles, images, uploaded documents) and Pagefind's index chunks.
 * @example isHashedFile('_astro/Logo.DBsFa7kz.css') // true
 * @example isHashedFile('pagefind/pagefind.js') // false
 */
export function isHashedFile(file: string): boolean {
  return file.startsWith('_astro/') || /^pagefind\/(fragment|index|filter)\//.test(file) || /^pagefind\/[^/]+\.pf_meta$/.test(file);
}

/**
 * The content type a host must send for a built file, where hosts guess wrong or differ; undefined leaves it to the
 * host (HTML, CSS, images, Astro's hashed files).
 * @example contentTypeOf('pl/miasta/gliwice/feed.json') // 'application/feed+json; charset=utf-8'
 * @example contentTypeOf('pl/index.html') // undefined
 */
export function contentTypeOf(file: string): string | undefined {
  if (file.startsWith('_astro/')) return undefined;
  const name = file.slice(file.lastIndexOf('/') + 1);
  if (file.startsWith('pagefind/')) {
    if (/\.(pf_[a-z]+|pagefind)$/.test(name)) return 'application/octet-stream';
    if (name.endsWith('.js')) return 'text/javascript; charset=utf-8';
    if (name.endsWith('.json')) return 'application/json; charset=utf-8';
    if (name.endsWith('.css')) return 'text/css; charset=utf-8';
    return undefined;
  }
  if (name === 'feed.json') return 'application/feed+json; charset=utf-8';
  if (name === 'rss.xml') return 'application/rss+xml; charset=utf-8';
  if (name === 'atom.xml') return 'application/atom+xml; charset=utf-8';
  if (name.endsWith('.xml')) return 'application/xml; charset=utf-8';
  if (name.endsWith('.ics')) return 'text/calendar; charset=utf-8';
  if (name.endsWith('.csv')) return 'text/csv; charset=utf-8';
  if (name.endsWith('.geojson')) return 'application/geo+json';
  if (name.endsWith('.json')) return 'application/json; charset=utf-8';
  if (name.endsWith('.txt')) return 'text/plain; charset=utf-8';
  return undefined;
}

/**
 * A policy with its `frame-ancestors` set (replacing any): `'none'` when no origin may frame the page.
 * @example withFrameAncestors("default-src 'self'", []) // "default-src 'self'; frame-ancestors 'none'"
 */
export function withFrameAncestors(policy: string, origins: readonly string[]): string {
  const kept = policy
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part && !/^frame-ancestors(\s|$)/i.test(part));
  return [...kept, `frame-ancestors ${origins.length > 0 ? origins.join(' ') : "'none'"}`].join('; ');
}

/**
 * Splits built files into the fewest rules that give each file its own value: a folder whose files all share one
 * value becomes `/<folder>/*`, otherwise its `index.html` becomes the folder's path, its other files their own
 * paths, and its subfolders are split the same way. Files whose value is undefined get no rule. Patterns never
 * overlap.
 * @example partition(['a/x.css', 'a/y.css', 'index.html'], (f) => (f.startsWith('a/') ? 'long' : 'short')) // [{ pattern: '/', value: 'short' }, { pattern: '/a/*', value: 'long' }]
 */
export function partition(files: readonly string[], valueOf: (file: string) => string | undefined): { pattern: string; value: string }[] {
  const out: { pattern: string; value: string }[] = [];
  const visit = (folder: string, inside: readonly string[]) => {
    const values = new Set(inside.map((file) => valueOf(file)));
    if (values.size === 1) {
      const [value] = values;
      if (value !== undefined) out.push({ pattern: `/${folder}*`, value });
      return;
    }
    const subfolders = new Map<string, string[]>();
    for (const file of inside) {
      const rest = file.slice(folder.length);
      const slash = rest.indexOf('/');
      if (slash === -1) {
        const value = valueOf(file);
        if (value !== undefined) out.push({ pattern: rest === 'index.html' ? `/${folder}` : `/${file}`, value });
      } else {
        const sub = `${folder}${rest.slice(0, slash + 1)}`;
        subfolders.set(sub, [...(subfolders.get(sub) ?? []), file]);
      }
    }
    for (const [sub, list] of [...subfolders].sort(([a], [b]) => a.localeCompare(b))) visit(sub, list);
  };
  visit('', [...files].sort());
  return out;
}

export interface HeaderRulesInput {
  /** Every built file, relative to the output folder, `/`-separated (`pl/index.html`, `_astro/x.css`). */
  files: readonly string[];
  /** The CSP to send as a header (`headerCsp` in src/lib/csp.ts), without `frame-ancestors`. */
  csp: string;
  /** Folders whose pages others may frame, relative to the output folder (`pl/widzety/gliwice/`), with the origins. */
  framable: readonly { folder: string; origins: readonly string[] }[];
  /** Folders with a policy of their own instead of `csp` (the browser CMS at `admin/`), never framable. */
  ownPolicies?: readonly { folder: string; csp: string }[];
}

/**
 * Every header rule of a build, without the base path: constant headers on `/*`, then the CSP and caching, then the
 * content types, each without overlap.
 */
export function headerRules({ files, csp, framable, ownPolicies = [] }: HeaderRulesInput): HeaderRule[] {
  const policyOf = (file: string) => {
    const own = ownPolicies.find((entry) => file.startsWith(entry.folder));
    if (own) return withFrameAncestors(own.csp, []);
    return withFrameAncestors(csp, framable.find((entry) => file.startsWith(entry.folder))?.origins ?? []);
  };
  const cacheOf = (file: string) => (isHashedFile(file) ? cacheControl.immutable : cacheControl.revalidate);
  const rules = new Map<string, Record<string, string>>([['/*', { ...constantHeaders }]]);
  const add = (pattern: string, headers: Record<string, string>) => rules.set(pattern, { ...rules.get(pattern), ...headers });
  for (const { pattern, value } of partition(files, (file) => JSON.stringify([policyOf(file), cacheOf(file)]))) {
    const [policy, cache] = JSON.parse(value) as [string, string];
    add(pattern, { 'Content-Security-Policy': policy, 'Cache-Control': cache });
  }
  for (const { pattern, value } of partition(files, contentTypeOf)) add(pattern, { 'Content-Type': value });
  return [...rules].map(([pattern, headers]) => ({ pattern, headers }));
}

/** A site path with the base path in front. @example prefixed('/pl/', '/klaster/') // '/klaster/pl/' */
const prefixed = (pattern: string, base: string) => `${base}${pattern.replace(/^\/+/, '')}`;

/**
 * The site path a built file answers at. @example sitePathOf('pl/index.html') // '/pl/'
 * @example sitePathOf('pl/rss.xml') // '/pl/rss.xml'
 */
export function sitePathOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Whether a header rule's pattern (without base) matches a site path (without base). */
export function patternMatches(pattern: string, path: string): boolean {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path;
}

/**
 * The `_headers` file (Netlify, Cloudflare Pages), base path applied.
 * @example netlifyHeaders([{ pattern: '/*', headers: { 'X-Content-Type-Options': 'nosniff' } }], '/klaster/') // '# …\n/klaster/*\n  X-Content-Type-Options: nosniff\n'
 */
export function netlifyHeaders(rules: readonly HeaderRule[], base: string): string {
  const header =
    '# HTTP headers of the site, written by the build (src/lib/host-headers.ts). Netlify and Cloudflare Pages read this file.\n';
  return (
    header +
    rules
      .map(
        ({ pattern, headers }) =>
          `${prefixed(pattern, base)}\n${Object.entries(headers)
            .map(([name, value]) => `  ${name}: ${value}\n`)
            .join('')}`,
      )
      .join('')
  );
}

/**
 * The headers that apply to one location of a server that picks a single location per request (nginx): for a path,
 * every rule that matches it; for a folder pattern, the rules that cover the whole folder.
 */
function headersAt(rules: readonly HeaderRule[], pattern: string): Record<string, string> {
  const covers = (rule: HeaderRule) =>
    rule.pattern.endsWith('*')
      ? patternMatches(rule.pattern, pattern.endsWith('*') ? pattern.slice(0, -1) : pattern)
      : rule.pattern === pattern;
  return Object.assign({}, ...rules.filter(covers).map((rule) => rule.headers)) as Record<string, string>;
}

/** Quotes a header value for nginx and Apache (values never hold a double quote or a backslash; checked). */
function quoted(value: string): string {
  if (/["\\\n\r]/.test(value)) throw new Error(`A header value cannot be written to a server configuration: ${value}`);
  return `"${value}"`;
}

/** Exact-path rules for a folder's own page also cover its `index.html`, which the server reaches internally. */
const exactPaths = (pattern: string) => (pattern.endsWith('/') ? [pattern, `${pattern}index.html`] : [pattern]);

/**
 * The same rules for nginx, to `include` inside the site's `server { … }` block (after `root`). nginx serves a request
 * from one `location` and `add_header` in a location replaces all inherited ones, so every location lists all its
 * headers; `types {}` with `default_type` sets the content type.
 */
export function nginxHeaders(rules: readonly HeaderRule[], base: string): string {
  const lines = [
    '# HTTP headers of the site, written by the build (src/lib/host-headers.ts).',
    "# Use inside the site's server block, after root: include /path/to/site/nginx-headers.conf;",
  ];
  const block = (location: string, headers: Record<string, string>) => {
    lines.push(`location ${location} {`);
    for (const [name, value] of Object.entries(headers)) {
      if (name === 'Content-Type') lines.push(`  types { }`, `  default_type ${quoted(value)};`);
      else lines.push(`  add_header ${name} ${quoted(value)} always;`);
    }
    lines.push('}');
  };
  for (const { pattern } of rules) {
    const headers = headersAt(rules, pattern);
    if (pattern.endsWith('*')) block(`^~ ${prefixed(pattern.slice(0, -1), base)}`, headers);
    else for (const path of exactPaths(pattern)) block(`= ${prefixed(path, base)}`, headers);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The same rules for Apache (mod_headers), to `Include` in the site's virtual host. Sections are merged in the order
 * they appear, and a later `Header set` replaces an earlier one, so folders come before the paths inside them.
 */
export function apacheHeaders(rules: readonly HeaderRule[], base: string): string {
  const lines = [
    '# HTTP headers of the site, written by the build (src/lib/host-headers.ts).',
    '# Include in the virtual host that serves the site (needs mod_headers): Include /path/to/site/apache-headers.conf',
  ];
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const ordered = [...rules].sort((a, b) => {
    const depth = (rule: HeaderRule) => (rule.pattern.endsWith('*') ? rule.pattern.length - 1 : rule.pattern.length + 0.5);
    return depth(a) - depth(b);
  });
  for (const { pattern, headers } of ordered) {
    const regex = pattern.endsWith('*')
      ? `^${escape(prefixed(pattern.slice(0, -1), base))}`
      : `^${escape(prefixed(pattern, base))}${pattern.endsWith('/') ? '(index\\.html)?' : ''}$`;
    lines.push(`<LocationMatch "${regex}">`);
    for (const [name, value] of Object.entries(headers)) {
      if (name === 'Content-Type') lines.push(`  ForceType ${quoted(value)}`);
      else lines.push(`  Header always set ${name} ${quoted(value)}`);
    }
    lines.push('</LocationMatch>');
  }
  return `${lines.join('\n')}\n`;
}

/** The file names the build writes these rules to, in the output folder. */
export const hostHeaderFiles = { netlify: '_headers', nginx: 'nginx-headers.conf', apache: 'apache-headers.conf' } as const;
