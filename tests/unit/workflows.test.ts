import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('../..', import.meta.url));
const folder = join(root, '.github/workflows');
const workflows = readdirSync(folder).filter((name) => name.endsWith('.yml'));
const text = (name: string) => readFileSync(join(folder, name), 'utf8');
type Step = { uses?: string; run?: string; with?: Record<string, string> };
type Workflow = { jobs: Record<string, { env?: Record<string, string>; steps?: Step[] }> };
const steps = (name: string) => Object.values((parse(text(name)) as Workflow).jobs).flatMap((job) => job.steps ?? []);

describe('GitHub Actions workflows', () => {
  it('pin every action by its full commit SHA, with the version in a comment', () => {
    expect(workflows).toEqual(expect.arrayContaining(['daily-rebuild.yml', 'deploy-netlify.yml', 'pull-request.yml']));
    let pinned = 0;
    for (const name of workflows) {
      for (const line of text(name)
        .split('\n')
        .filter((candidate) => /^\s*(-\s+)?uses:/.test(candidate))) {
        expect(line, name).toMatch(/uses: [\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
        pinned += 1;
      }
    }
    expect(pinned).toBeGreaterThanOrEqual(13);
  });

  it('build the deployed site with SITE_URL and BASE_PATH from repository variables', () => {
    for (const name of ['daily-rebuild.yml', 'deploy-netlify.yml']) {
      const env = Object.values((parse(text(name)) as Workflow).jobs).find((job) => job.env)?.env ?? {};
      expect(env.SITE_URL, name).toMatch(/^\$\{\{ vars\.SITE_URL \|\|/);
      expect(env.BASE_PATH, name).toMatch(/^\$\{\{ vars\.BASE_PATH \|\|/);
      expect(
        steps(name).some((step) => step.run === 'npm run build'),
        name,
      ).toBe(true);
    }
  });

  it('keep the build caches (content, images, Open Graph cards) wherever they build the site, before the build', () => {
    const building = workflows.filter((name) => steps(name).some((step) => step.run === 'npm run build'));
    expect(building.length).toBeGreaterThanOrEqual(3);
    for (const name of building) {
      const list = steps(name);
      const cache = list.findIndex((step) => step.uses?.startsWith('actions/cache@'));
      expect(cache, name).toBeGreaterThanOrEqual(0);
      expect(cache, name).toBeLessThan(list.findIndex((step) => step.run === 'npm run build'));
      const paths = (list[cache]!.with?.['path'] ?? '').split('\n').map((path) => path.trim());
      expect(paths, name).toEqual(expect.arrayContaining(['node_modules/.astro', 'node_modules/.cache/og-images']));
    }
  });

  it('deploy to Netlify from an install without test tools, with an exact Netlify CLI version', () => {
    const runs = steps('deploy-netlify.yml').map((step) => step.run ?? '');
    expect(runs).toContain('npm ci --omit=dev --no-audit --no-fund');
    expect(runs.find((run) => run.includes('netlify-cli@'))).toMatch(
      /npx --yes netlify-cli@\d+\.\d+\.\d+ deploy --no-build --prod --dir publish /,
    );
    const toml = readFileSync(join(root, 'netlify.toml'), 'utf8');
    expect(toml).toMatch(/^\s*publish = "dist"$/m);
    expect(toml).toMatch(/^\s*NPM_FLAGS = "--omit=dev"$/m);
  });
});
