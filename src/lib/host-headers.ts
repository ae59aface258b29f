/**
 * The HTTP headers a host sends with the built site, as one set of rules, written out for three kinds of host:
 * `_headers` (Netlify, Cloudflare Pages), an nginx snippet and an Apache snippet. Pure: the build integration
 * (scripts/host-files.mjs, run by `npm run build` after Pagefind) hands in the list of built files, the header CSP
 * (src/lib/csp.ts) and the configuration; nothing here reads files or the environment.
 *
 * How the two hosts read `_headers`, from their own code (read 2 December 2026):
 * - Cloudflare Pages (cloudflare/workers-sdk, packages/workers-shared/utils/configuration/parseHeaders.ts and
 *   constants.ts; packages/pages-shared/asset-server/rulesEngine.ts and handler.ts): at most 100 rules, the rest
 *   skipped; a line at most 2,000 characters. A pattern is anchored at both ends; `*` matches anything, `/` included,
 *   once per rule (a second splat makes the rule fail); `:name` matches one segment (`[^/]+`); case matters. It is
 *   matched against the request's (still percent-encoded) path. Every matching rule applies, in file order: the first
 *   to set a header replaces the host's value, later ones append theirs with a comma. Without a rule it sends
 *   `Cache-Control: public, max-age=0, must-revalidate` and a type from its MIME table, with `charset=utf-8` added
 *   to every `text/` type (packages/workers-shared/utils/helpers.ts).
 * - Netlify (netlify/build, packages/headers-parser/src/for_regexp.ts; netlify/primitives, packages/headers, which
 *   its CLI uses): the pattern is split at `/`; a segment `:name` matches one segment, a segment `*` matches
 *   anything and makes the slash before it optional (`/pl/*` also takes `/pl.ics`), a `*` inside a segment matches
 *   anything, `/` included (the rest of that segment unescaped: `.` matches any character); a trailing slash is
 *   optional (`/pl/x` also takes `/pl/x/`); case is ignored. Every matching rule applies; for one header, the
 *   values of several rules are not reliably joined (a later rule may replace an earlier one).
 * What both support and this file uses: exact paths, one `*` at the end of a pattern, `/*\/<name>` (a splat, then a
 * whole file name) and a first segment `:top` followed by a literal rest and `*`. No two rules may set one header
 * for the same path, on either host: `cover` checks every pattern it writes against every built path with both
 * hosts' matching (`hostRegExp`) and splits a group further when they disagree.
 *
 * The rule count follows the site's structure, not its entries: the constant headers on `/*`; the CSP by groups of
 * paths with a common start (a section of every language is one `/:top/<start>*` rule, each city's widget folder
 * one rule per widgets slug); `immutable` caching on Astro's and Pagefind's hashed files (revalidation is every
 * host's default); content types by file name (feeds) or by folder, the per-event calendars' left to the host.
 */

/** A header rule: a path pattern without the base path (`/_astro/*`, `/pl/`, `/pl/rss.xml`) and its headers. */
export interface HeaderRule {
  pattern: string;
  headers: Readonly<Record<string, string>>;
  /** Only for the nginx and Apache snippets: what Cloudflare Pages and Netlify do without a rule (`hostTypes`). */
  serverOnly?: boolean;
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

/** The hosts that read `_headers`. */
export type Host = 'cloudflare' | 'netlify';
export const hosts: readonly Host[] = ['cloudflare', 'netlify'];

/**
 * The regular expression a host compiles a `_headers` pattern to, as their own code does (see the top of this file):
 * Cloudflare Pages anchors the whole pattern, `*` (one per rule) matching anything, `/` included, and `:name` one
 * segment; Netlify splits it at `/`, a whole segment `*` making the slash before it optional, a `*` inside a segment
 * matching anything (`/` included, the rest of that segment left unescaped), `:name` one segment, an optional
 * trailing slash after all, and ignores case. Undefined when the host would reject or drop the rule.
 * @example hostRegExp('/pl/*', 'cloudflare')?.test('/pl') // false
 * @example hostRegExp('/pl/*', 'netlify')?.test('/pl') // true
 */
export function hostRegExp(pattern: string, host: Host): RegExp | undefined {
  try {
    if (host === 'cloudflare') {
      if (pattern.split('*').length > 2) return undefined;
      const source = pattern
        .split('*')
        .map((part) => part.replace(/[-/\\^$*+?.()|[\]{}]/g, '\\$&'))
        .join('.*')
        .replace(/:[A-Za-z]\w*/g, '[^/]+');
      return new RegExp(`^${source}$`);
    }
    const parts = pattern
      .split('/')
      .map((part) => part.trimEnd())
      .filter(Boolean)
      .map((part) => {
        if (part.startsWith(':')) return '([^/]+)';
        if (part === '*') return '?(.*)';
        if (part.includes('*')) return part.replaceAll('*', '(.*)');
        return part.replace(/[|\\{}()[\]^$+*?.]/g, '\\$&').replace(/-/g, '\\x2d');
      });
    return new RegExp(`^/${parts.join('/')}/?$`, 'iu');
  } catch {
    return undefined;
  }
}

/**
 * Whether a host applies a rule's pattern (without base) to a site path (without base); Cloudflare Pages unless told.
 * @example patternMatches('/*\/feed.json', '/pl/miasta/gliwice/feed.json') // true
 */
export function patternMatches(pattern: string, path: string, host: Host = 'cloudflare'): boolean {
  return hostRegExp(pattern, host)?.test(path) ?? false;
}

/**
 * Whether both hosts apply a pattern to exactly the given site paths among all the site's paths, and take a folder
 * page's `index.html` form (`/pl/index.html`: Netlify serves it, nginx and Apache reach it internally) only with the
 * page itself.
 * @example matchesExactly('/a/*', new Set(['/a/x']), ['/a/x', '/ab']) // false: Netlify's `/a/*` takes `/ab` too
 */
export function matchesExactly(pattern: string, wanted: ReadonlySet<string>, paths: readonly string[]): boolean {
  return hosts.every((host) => {
    const regExp = hostRegExp(pattern, host);
    return (
      regExp !== undefined &&
      paths.every(
        (path) => regExp.test(path) === wanted.has(path) && (!path.endsWith('/') || wanted.has(path) || !regExp.test(`${path}index.html`)),
      )
    );
  });
}

/** The longest common start of some strings. @example commonStart(['/pl/a', '/pl/b']) // '/pl/' */
function commonStart(texts: readonly string[]): string {
  let start = texts[0] ?? '';
  for (const text of texts) while (!text.startsWith(start)) start = start.slice(0, -1);
  return start;
}

/**
 * Splits a group of paths that share `start` (in the text `textOf` gives of each path): those whose text is `start`
 * itself, and the others grouped by the character that follows it, in the order they first appear.
 * @example splitAfter([{ path: '/a' }, { path: '/ab' }, { path: '/ac' }], (p) => p, '/a') // { ending: [{ path: '/a' }], next: [[{ path: '/ab' }], [{ path: '/ac' }]] }
 */
function splitAfter<E extends { path: string }>(
  group: readonly E[],
  textOf: (path: string) => string,
  start: string,
): { ending: E[]; next: E[][] } {
  const ending: E[] = [];
  const next = new Map<string, E[]>();
  for (const entry of group) {
    const text = textOf(entry.path);
    if (text === start) {
      ending.push(entry);
      continue;
    }
    const key = text[start.length]!;
    const list = next.get(key);
    if (list) list.push(entry);
    else next.set(key, [entry]);
  }
  return { ending, next: [...next.values()] };
}

/**
 * Covers the site paths of the built files by the fewest prefix patterns (`/pl/wydarzenia*`, `/_astro/*`) and exact
 * paths that give each path its value, none overlapping: a group of paths sharing a start and one value becomes
 * `<start>*`, a mixed group is split at the next character, and a path whose value is undefined gets no rule. A
 * pattern is kept only if both hosts apply it to exactly its group (Netlify's `/a/*` also takes `/a.ics`, and it
 * ignores case), otherwise the group is split further. The count follows the site's folders (a uniform folder is one
 * rule whatever it holds), not its entries.
 * @example cover(['index.html', 'a/x.css', 'a/y.css'], (f) => (f.startsWith('a/') ? 'long' : 'short')) // [{ pattern: '/', value: 'short' }, { pattern: '/a/*', value: 'long' }]
 */
export function cover(
  files: readonly string[],
  valueOf: (file: string) => string | undefined,
  { acrossTopFolders = false }: { acrossTopFolders?: boolean } = {},
): { pattern: string; value: string }[] {
  const entries = files.map((file) => ({ path: sitePathOf(file), value: valueOf(file) })).sort((a, b) => (a.path < b.path ? -1 : 1));
  const paths = entries.map((entry) => entry.path);
  const out: { pattern: string; value: string }[] = [];
  const exact = (path: string, value: string) => {
    if (!matchesExactly(path, new Set([path]), paths)) throw new Error(`No _headers pattern gives ${path} its headers alone.`);
    out.push({ pattern: path, value });
  };
  const visit = (group: readonly { path: string; value: string | undefined }[]) => {
    const start = commonStart(group.map((entry) => entry.path));
    const values = new Set(group.map((entry) => entry.value));
    if (values.size === 1) {
      const [value] = values;
      if (value === undefined) return;
      if (group.length === 1) return exact(start, value);
      const pattern = `${start}*`;
      if (matchesExactly(pattern, new Set(group.map((entry) => entry.path)), paths)) return void out.push({ pattern, value });
    }
    const { ending, next } = splitAfter(group, (path) => path, start);
    for (const entry of ending) if (entry.value !== undefined) exact(entry.path, entry.value);
    for (const sub of next) visit(sub);
  };
  /** What follows a path's top folder (`/wydarzenia/x/` of `/pl/wydarzenia/x/`). */
  const restOf = (path: string) => path.slice(path.indexOf('/', 1));
  /** Like `visit`, over what follows the top folder, one `/:top<rest>*` rule standing for that rest in every top folder. */
  const visitRest = (group: readonly { path: string; value: string | undefined }[]) => {
    const start = commonStart(group.map((entry) => restOf(entry.path)));
    const values = new Set(group.map((entry) => entry.value));
    if (values.size === 1) {
      const [value] = values;
      if (value === undefined) return;
      const pattern = `/:top${start}*`;
      if (matchesExactly(pattern, new Set(group.map((entry) => entry.path)), paths)) return void out.push({ pattern, value });
    }
    const { ending, next } = splitAfter(group, restOf, start);
    if (next.length + (ending.length > 0 ? 1 : 0) < 2) return visit(group);
    for (const sub of next) visitRest(sub);
    // The paths that end here (`/pl/widzety/`, `/en/widgets/`): one `/:top<rest>` rule if every top folder's agrees.
    const endingValues = new Set(ending.map((entry) => entry.value));
    const [endingValue] = endingValues;
    if (endingValues.size === 1 && endingValue !== undefined && ending.length > 1) {
      const pattern = `/:top${start}`;
      if (matchesExactly(pattern, new Set(ending.map((entry) => entry.path)), paths)) return void out.push({ pattern, value: endingValue });
    }
    for (const entry of ending) visit([entry]);
  };
  if (!acrossTopFolders) {
    if (entries.length > 0) visit(entries);
    return out;
  }
  // Paths inside a top folder, below its own page, go by what follows the folder; the rest (the root's files and the
  // top folders' own pages) path by path.
  const inside = entries.filter((entry) => /^\/[^/]+\/./.test(entry.path));
  const outside = entries.filter((entry) => !/^\/[^/]+\/./.test(entry.path));
  if (inside.length > 0) visitRest(inside);
  if (outside.length > 0) visit(outside);
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
 * Files whose content type one rule gives wherever they are, `/*\/<name>` (both hosts match a name after a splat
 * exactly): the feeds of the site, of each language and of each city. Hosts would send them as plain JSON or XML.
 */
export const namedTypeFiles: readonly string[] = ['feed.json', 'rss.xml', 'atom.xml'];

/**
 * Content types left to the host, by extension, with what Cloudflare Pages and Netlify send for them from their MIME
 * tables (Cloudflare adds `charset=utf-8` to every `text/` type; UTF-8 is iCalendar's default charset, RFC 5545
 * 3.1.4): the per-event calendars, the one kind of file that comes with every entry, and plain text (`robots.txt`,
 * licences, uploaded documents). `_headers` gets no rule for them (a rule per calendar would grow with the events;
 * `/*.ics` would also take, on Netlify, a page whose slug ends in "ics"); the nginx and Apache snippets do, since
 * their MIME tables may lack them.
 */
export const hostTypes: Readonly<Record<string, string>> = {
  '.ics': 'text/calendar; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

const extensionOf = (file: string) => /\.[^./]+$/.exec(file)?.[0] ?? '';
const nameOf = (file: string) => file.slice(file.lastIndexOf('/') + 1);

/**
 * Every header rule of a build, without the base path: constant headers on `/*`, then the CSP and caching, then the
 * content types, each without overlap (checked for both hosts). Rules marked `serverOnly` are for nginx and Apache.
 */
export function headerRules({ files, csp, framable, ownPolicies = [] }: HeaderRulesInput): HeaderRule[] {
  const policyOf = (file: string) => {
    const own = ownPolicies.find((entry) => file.startsWith(entry.folder));
    if (own) return withFrameAncestors(own.csp, []);
    return withFrameAncestors(csp, framable.find((entry) => file.startsWith(entry.folder))?.origins ?? []);
  };
  const rules = new Map<string, HeaderRule>([['/*', { pattern: '/*', headers: { ...constantHeaders } }]]);
  const add = (pattern: string, headers: Record<string, string>, serverOnly = false) =>
    rules.set(pattern, { pattern, headers: { ...rules.get(pattern)?.headers, ...headers }, ...(serverOnly ? { serverOnly } : {}) });
  for (const { pattern, value } of cover(files, policyOf, { acrossTopFolders: true })) add(pattern, { 'Content-Security-Policy': value });
  const immutable = (file: string) => (isHashedFile(file) ? cacheControl.immutable : undefined);
  for (const { pattern, value } of cover(files, immutable)) add(pattern, { 'Cache-Control': value });
  const paths = files.map(sitePathOf);
  const named = new Set<string>();
  for (const name of namedTypeFiles) {
    const found = files.filter((file) => nameOf(file) === name && contentTypeOf(file) !== undefined);
    const pattern = `/*/${name}`;
    if (found.length === 0 || !matchesExactly(pattern, new Set(found.map(sitePathOf)), paths)) continue;
    add(pattern, { 'Content-Type': contentTypeOf(found[0]!)! });
    for (const file of found) named.add(file);
  }
  for (const { pattern, value } of cover(files, (file) =>
    named.has(file) || extensionOf(file) in hostTypes ? undefined : contentTypeOf(file),
  )) {
    add(pattern, { 'Content-Type': value });
  }
  for (const [extension, type] of Object.entries(hostTypes)) {
    if (files.some((file) => extensionOf(file) === extension)) add(`/*${extension}`, { 'Content-Type': type }, true);
  }
  return [...rules.values()];
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
      .filter((rule) => !rule.serverOnly)
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
 * Headers Cloudflare Pages and Netlify send to every static file without a rule, which `_headers` therefore leaves
 * out and the nginx and Apache snippets send: revalidation on every visit (Cloudflare's asset server sends exactly
 * this value, `CACHE_CONTROL_BROWSER` in pages-shared/asset-server/handler.ts; Netlify's own guide, netlify/
 * context-and-tools skills/netlify-caching, gives `max-age=0, must-revalidate` as its browser default).
 */
export const hostDefaultHeaders: Readonly<Record<string, string>> = { 'Cache-Control': cacheControl.revalidate };

/** Quotes a header value for nginx and Apache (values never hold a double quote or a backslash; checked). */
function quoted(value: string): string {
  if (/["\\\n\r]/.test(value)) throw new Error(`A header value cannot be written to a server configuration: ${value}`);
  return `"${value}"`;
}

/** Quotes a regular expression for nginx and Apache (a path never holds a double quote; checked). */
function quotedRegExp(source: string): string {
  if (/["\n\r]/.test(source)) throw new Error(`A path expression cannot be written to a server configuration: ${source}`);
  return `"${source}"`;
}

/**
 * The regular expression (PCRE, for nginx and Apache) for the paths a rule's pattern takes on Cloudflare Pages, base
 * path applied: `*` anything, `:name` one segment; a folder's own page also as its `index.html`, which the server
 * reaches internally (`cover` makes sure no other rule of that header takes that form).
 * @example serverRegExp('/:top/widzety/gliwice/*', '/') // '^/[^/]+/widzety/gliwice/'
 * @example serverRegExp('/pl/', '/klaster/') // '^/klaster/pl/(index\\.html)?$'
 */
export function serverRegExp(pattern: string, base: string): string {
  const open = pattern.endsWith('*');
  const body = prefixed(open ? pattern.slice(0, -1) : pattern, base)
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z]\w*/g, '[^/]+'))
    .join('.*');
  if (open) return `^${body}`;
  return `^${body}${pattern.endsWith('/') ? '(index\\.html)?' : ''}$`;
}

/** The nginx variable that carries a header chosen by path (`Content-Security-Policy` → `$site_content_security_policy`). */
const nginxVariable = (name: string) => `$site_${name.toLowerCase().replace(/-/g, '_')}`;

/**
 * The same rules for nginx, to `include` inside the site's `server { … }` block (after `root`). A header that varies
 * by path is a variable set by `if ($uri ~ …)` at server level (run again after an internal redirect, such as a
 * folder's `index.html` or `error_page`) and sent by one `add_header` (an empty value sends nothing); locations only
 * set content types (`types {}` with `default_type`), so they inherit the server's `add_header` lines.
 */
export function nginxHeaders(rules: readonly HeaderRule[], base: string): string {
  const lines = [
    '# HTTP headers of the site, written by the build (src/lib/host-headers.ts).',
    "# Use inside the site's server block, after root: include /path/to/site/nginx-headers.conf;",
  ];
  const constant = new Set(Object.keys(rules.find((rule) => rule.pattern === '/*')?.headers ?? {}));
  const varying = [...new Set(rules.flatMap((rule) => (rule.pattern === '/*' ? [] : Object.keys(rule.headers))))].filter(
    (name) => name !== 'Content-Type' && !constant.has(name),
  );
  for (const name of varying) lines.push(`set ${nginxVariable(name)} ${quoted(hostDefaultHeaders[name] ?? '')};`);
  for (const { pattern, headers } of rules) {
    if (pattern === '/*') continue;
    for (const name of varying.filter((key) => key in headers)) {
      lines.push(`if ($uri ~ ${quotedRegExp(serverRegExp(pattern, base))}) { set ${nginxVariable(name)} ${quoted(headers[name]!)}; }`);
    }
  }
  for (const [name, value] of Object.entries(rules.find((rule) => rule.pattern === '/*')?.headers ?? {})) {
    lines.push(`add_header ${name} ${quoted(value)} always;`);
  }
  for (const name of varying) lines.push(`add_header ${name} ${nginxVariable(name)} always;`);
  for (const { pattern, headers } of rules) {
    const type = headers['Content-Type'];
    if (type === undefined) continue;
    const prefix = pattern.endsWith('*') && !pattern.slice(0, -1).includes('*') && !pattern.includes(':');
    const exact = !pattern.includes('*') && !pattern.includes(':');
    const location = prefix
      ? `^~ ${prefixed(pattern.slice(0, -1), base)}`
      : exact
        ? `= ${prefixed(pattern, base)}`
        : `~ ${quotedRegExp(serverRegExp(pattern, base))}`;
    lines.push(`location ${location} {`, '  types { }', `  default_type ${quoted(type)};`, '}');
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The same rules for Apache (mod_headers, mod_mime), to `Include` in the site's virtual host: a `<LocationMatch>` per
 * rule with the path expression of `serverRegExp`, the first (the whole site) also sending the host defaults. Sections
 * are merged in the order they appear, a later `Header set` replacing an earlier one; the rules of one header never
 * overlap, so only the defaults are ever replaced.
 */
export function apacheHeaders(rules: readonly HeaderRule[], base: string): string {
  const lines = [
    '# HTTP headers of the site, written by the build (src/lib/host-headers.ts).',
    '# Include in the virtual host that serves the site (needs mod_headers): Include /path/to/site/apache-headers.conf',
  ];
  const ordered = [...rules].sort((a, b) => Number(b.pattern === '/*') - Number(a.pattern === '/*'));
  for (const { pattern, headers } of ordered) {
    lines.push(`<LocationMatch ${quotedRegExp(serverRegExp(pattern, base))}>`);
    const all = pattern === '/*' ? { ...hostDefaultHeaders, ...headers } : headers;
    for (const [name, value] of Object.entries(all)) {
      if (name === 'Content-Type') lines.push(`  ForceType ${quoted(value)}`);
      else lines.push(`  Header always set ${name} ${quoted(value)}`);
    }
    lines.push('</LocationMatch>');
  }
  return `${lines.join('\n')}\n`;
}

/** The file names the build writes these rules to, in the output folder. */
export const hostHeaderFiles = { netlify: '_headers', nginx: 'nginx-headers.conf', apache: 'apache-headers.conf' } as const;
