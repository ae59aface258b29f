import { parsePath } from '../../i18n/paths';
import type { MessageId } from '../../schemas/messages';
import { defaultLocale } from '../../site.config';
import { resolveLink, type EntryIndex } from './links';

/** A redirect as read from `content/redirects.yaml` (only the two paths matter here). */
export interface RedirectPaths {
  from: string;
  to: string;
}

/** One problem with one redirect: which one (its index in the list), which field, and the catalogue message. */
export interface RedirectIssue {
  index: number;
  field: 'from' | 'to';
  id: Extract<MessageId, `redirect.${string}`>;
  params: Record<string, string | undefined>;
}

/**
 * Whether a site path is a page or file the build makes from this content, as far as content tells without building
 * (sections, entries, story filters, event calendars, open data). The build checks the same against its output.
 * @example pageExists('/pl/miasta/gliwice/', index) // true
 */
export function pageExists(path: string, index: EntryIndex): boolean {
  return resolveLink(path, parsePath(path)?.locale ?? defaultLocale, index).ok;
}

/**
 * What is wrong with a list of redirects: an old path that is still a page, a target that is not one, the same old
 * path twice, a redirect to itself, and chains (a target that is itself redirected: each visitor is redirected once).
 * @example redirectIssues([{ from: '/pl/a/', to: '/pl/a/' }], () => false)[0].id // 'redirect.loop'
 */
export function redirectIssues(redirects: readonly RedirectPaths[], exists: (path: string) => boolean): RedirectIssue[] {
  const issues: RedirectIssue[] = [];
  const firstFrom = new Map<string, number>();
  redirects.forEach((redirect, index) => {
    if (!firstFrom.has(redirect.from)) firstFrom.set(redirect.from, index);
  });
  redirects.forEach(({ from, to }, index) => {
    if (firstFrom.get(from) !== index) issues.push({ index, field: 'from', id: 'redirect.duplicate', params: { href: from } });
    else if (exists(from)) issues.push({ index, field: 'from', id: 'redirect.fromExists', params: { href: from } });
    if (from === to) {
      issues.push({ index, field: 'to', id: 'redirect.loop', params: { href: from } });
      return;
    }
    const next = firstFrom.get(to);
    if (next !== undefined) issues.push({ index, field: 'to', id: 'redirect.chain', params: { href: to, other: redirects[next]!.to } });
    else if (!exists(to)) issues.push({ index, field: 'to', id: 'redirect.toMissing', params: { href: to } });
  });
  return issues;
}
