import type { CmsBackend } from './config';

/**
 * Reads where the CMS commits from the environment: `CMS_REPO` (`owner/name`), `CMS_BRANCH`, `CMS_AUTH_URL` (the
 * OAuth helper's origin). Defaults are placeholders, so a build without them still has a working /admin/ page that
 * says which repository to set.
 * @example cmsBackendFromEnv({ CMS_REPO: 'slaskie/iskctw' }) // { repo: 'slaskie/iskctw', branch: 'main', authUrl: undefined }
 */
export function cmsBackendFromEnv(env: Record<string, string | undefined>): CmsBackend {
  const repo = env.CMS_REPO?.trim() || 'your-org/your-repo';
  const branch = env.CMS_BRANCH?.trim() || 'main';
  const authUrl = env.CMS_AUTH_URL?.trim() || undefined;
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repo))
    throw new Error(`CMS_REPO must be owner/name, e.g. slaskie/iskctw-site (got "${repo}")`);
  if (!/^[A-Za-z0-9._/-]+$/.test(branch) || branch.includes('..')) throw new Error(`CMS_BRANCH must be a branch name (got "${branch}")`);
  if (authUrl !== undefined && !/^https:\/\/[a-z0-9.-]+(:\d+)?$/i.test(authUrl))
    throw new Error(`CMS_AUTH_URL must be an https origin without a path, e.g. https://auth.example.org (got "${authUrl}")`);
  return { repo, branch, authUrl };
}

/**
 * The Content Security Policy of /admin/ alone (the public pages keep theirs). The CMS is one script file of its own
 * (`'self'`: its own modules, no inline script, nothing from a CDN); it styles itself with inline `<style>` elements (Svelte), hence
 * `'unsafe-inline'` for styles only; it talks to GitHub's API and shows avatars and previews from blobs.
 * @example adminCsp().startsWith("default-src 'self'") // true
 */
export function adminCsp(): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https://avatars.githubusercontent.com",
    "font-src 'self' data:",
    "media-src 'self' blob:",
    "connect-src 'self' blob: data: https://api.github.com https://www.githubstatus.com",
    "frame-src 'self' blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * Files of the CMS under `<base>admin/`: the page, its configuration, the start script, and the folder holding the
 * npm package's ES module build (`npm/` of `@sveltia/cms`: the app, its lazily loaded chunks, its fonts and icons,
 * so that nothing comes from a CDN).
 */
export const adminFiles = { page: 'index.html', config: 'config.yml', script: 'init.js', app: 'cms' } as const;

/** The start script: loads the CMS module and starts it (it reads `config.yml` named by the page's link). */
export const adminInitScript = `// Sveltia CMS (npm package @sveltia/cms), served by this site. Its configuration, config.yml, is generated from src/schemas/.
import { init } from './${adminFiles.app}/index.js';

init();
`;

/**
 * The /admin/ page: `noindex`, its own CSP, the CMS script and its configuration, nothing for search (no
 * `data-pagefind-body`).
 * @example adminPageHtml('/').includes('<meta name="robots" content="noindex, nofollow">') // true
 */
export function adminPageHtml(base: string): string {
  const folder = `${base.replace(/\/?$/, '/')}admin/`;
  return `<!DOCTYPE html>
<html lang="pl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="content-security-policy" content="${adminCsp()}">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="same-origin">
<title>Edycja treści – IŚKCTW</title>
<link href="${folder}${adminFiles.config}" type="application/yaml" rel="cms-config-url">
</head>
<body>
<noscript>Edycja treści w przeglądarce wymaga JavaScriptu. Bez niego treść można zmieniać w repozytorium (CONTRIBUTING.md).</noscript>
<script type="module" src="${folder}${adminFiles.script}"></script>
</body>
</html>
`;
}
