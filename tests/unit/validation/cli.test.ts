import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentFixture } from '../../helpers/content-fixture';

let fixture: ContentFixture | undefined;
afterEach(() => fixture?.dispose());

/** `npm run validate` as an editor runs it (tsx through the project's Node), on a fixture project. */
const validate = (root: string, ...args: string[]) =>
  spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/validate.ts', '--root', root, ...args], {
    encoding: 'utf8',
    env: { ...process.env, VALIDATE_LANG: '', LANG: 'C' },
  });

describe('npm run validate', () => {
  it('exits 0 on good content, 1 with every problem on bad content, in the language asked for, also as GitHub annotations', () => {
    fixture = new ContentFixture();
    const good = validate(fixture.root);
    expect(good.status, good.stderr).toBe(0);
    expect(good.stdout).toMatch(/^Content checked: \d+ files, no problems \(\d+\.\d s\)\.$/m);

    fixture
      .replace('stories/test-story/story.yaml', 'date: 2024-05-12', 'date: 12.05.2027')
      .replace('events/test-event/event.yaml', 'city: gliwice', 'city: gliwce');
    const bad = validate(fixture.root, '--lang', 'pl');
    expect(bad.status).toBe(1);
    expect(bad.stdout.trim().split('\n')).toStrictEqual([
      'content/events/test-event/event.yaml:5:7  city  w content/cities/ nie ma wpisu „gliwce” → wpisz gliwice',
      'content/stories/test-story/story.yaml:1:7  date  „12.05.2027” nie jest datą w zapisie RRRR-MM-DD → wpisz 2027-05-12',
    ]);
    expect(bad.stderr).toContain('Do poprawienia: 2 problemy. Niczego nie zbudowano; opublikowana strona się nie zmieniła.');
    expect(bad.stderr).not.toMatch(/\bat .*\.(ts|js):\d+/); // no stack trace

    const github = validate(fixture.root, '--format', 'github');
    expect(github.status).toBe(1);
    expect(github.stdout).toContain(
      '::error file=content/stories/test-story/story.yaml,line=1,col=7,title=date::“12.05.2027” is not a date written as YYYY-MM-DD → write 2027-05-12',
    );

    expect(validate(fixture.root, '--lang', 'fr').status).toBe(2);
  }, 60_000);
});
