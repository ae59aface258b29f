import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentFixture } from '../../helpers/content-fixture';

let fixture: ContentFixture | undefined;
afterEach(() => fixture?.dispose());

const run = (args: string[]) =>
  spawnSync('npx', ['tsx', 'scripts/new.ts', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('npm run new with options', () => {
  it('writes the files it names, then refuses the same folder a second time', () => {
    fixture = new ContentFixture();
    // The project's own content must be left as it was (compared, not required clean: an editor may have changes).
    const projectContentBefore = execFileSync('git', ['status', '--porcelain', 'content'], { encoding: 'utf8' });
    const args = ['story', '--slug', 'kopalnia-x', '--city', 'tychy', '--en', '--root', fixture.root];
    const first = run(args);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('content/stories/kopalnia-x/story.yaml');
    expect(existsSync(fixture.path('stories/kopalnia-x/en.md'))).toBe(true);
    expect(fixture.read('stories/kopalnia-x/story.yaml')).toContain('cities:\n  - tychy\n');
    const second = run(args);
    expect(second.status).toBe(1);
    expect(second.stderr).toContain('content/stories/kopalnia-x/ już istnieje');
    expect(execFileSync('git', ['status', '--porcelain', 'content'], { encoding: 'utf8' })).toBe(projectContentBefore);
    expect(existsSync('content/stories/kopalnia-x')).toBe(false);
  }, 30_000);
});
