import { basePath, defaultLocale, type Locale } from '../site.config';
import { parsePath } from '../i18n/paths';

/**
 * The locale a page URL belongs to (its first path segment after the base path), or the default locale.
 * @example localeOfUrl(new URL('https://x/de/staedte/')) // 'de'
 */
export function localeOfUrl(url: URL): Locale {
  const path = url.pathname.startsWith(basePath) ? `/${url.pathname.slice(basePath.length)}` : url.pathname;
  return parsePath(path)?.locale ?? defaultLocale;
}
