import { readDate } from '../../schemas/dates';
import { message } from '../../schemas/messages';
import type { Problem } from './problem';

/**
 * Problems with the build's environment variables (README "Configuration"): `BUILD_DATE` a real `YYYY-MM-DD`,
 * `SITE_URL` an origin without a path (the folder goes in `BASE_PATH`), `BASE_PATH` a plain folder path.
 * @example environmentProblems({ BUILD_DATE: '2026-02-30' })[0].field // 'BUILD_DATE'
 */
export function environmentProblems(env: Record<string, string | undefined>): Problem[] {
  const problems: Problem[] = [];
  const add = (field: string, text: string) => problems.push({ file: 'environment', field, message: text });
  if (env.BUILD_DATE !== undefined && env.BUILD_DATE !== '') {
    const reading = readDate(env.BUILD_DATE);
    if (!reading.ok) add('BUILD_DATE', message('env.buildDate', { value: env.BUILD_DATE, suggestion: reading.suggestion }));
  }
  if (env.SITE_URL !== undefined && env.SITE_URL !== '') {
    let url: URL | undefined;
    try {
      url = new URL(env.SITE_URL);
    } catch {
      url = undefined;
    }
    const isOrigin =
      url && /^https?:$/.test(url.protocol) && url.pathname.replace(/\/+$/, '') === '' && !url.search && !url.hash && !url.username;
    if (!isOrigin) {
      const path = url?.pathname.replace(/^\/+|\/+$/g, '');
      const suggestion = url && /^https?:$/.test(url.protocol) ? `SITE_URL=${url.origin}${path ? ` BASE_PATH=/${path}/` : ''}` : undefined;
      add('SITE_URL', message('env.siteUrl', { value: env.SITE_URL, suggestion }));
    }
  }
  if (env.BASE_PATH !== undefined && env.BASE_PATH !== '' && !/^\/?([a-z0-9][a-z0-9._-]*\/?)*$/.test(env.BASE_PATH)) {
    add('BASE_PATH', message('env.basePath', { value: env.BASE_PATH }));
  }
  return problems;
}
