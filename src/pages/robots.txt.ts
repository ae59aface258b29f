import type { APIRoute } from 'astro';
import { absoluteUrl } from '../i18n/paths';

/** `robots.txt`: everything may be crawled; the sitemap index lists what should be indexed. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
