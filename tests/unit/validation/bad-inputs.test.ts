import { afterEach, describe, expect, it } from 'vitest';
import { ContentFixture } from '../../helpers/content-fixture';
import { badInputs } from './cases';

let fixture: ContentFixture | undefined;
afterEach(() => fixture?.dispose());

describe('the content fixture', () => {
  it('is valid as it is, so every case below fails for its one mistake', async () => {
    fixture = new ContentFixture();
    expect(await fixture.problems('en')).toStrictEqual([]);
  });
});

describe('each bad input fails validation with file, line, field and the fix, in English and Polish', () => {
  it('has at least 30 cases', () => expect(badInputs.length).toBeGreaterThanOrEqual(30));

  it.each(badInputs.map((input) => [input.name, input] as const))('%s', async (_name, input) => {
    fixture = new ContentFixture();
    input.make(fixture);
    expect(input.en.length).toBeGreaterThan(0);
    expect(await fixture.problems('en', input.env)).toStrictEqual(input.en);
    expect(await fixture.problems('pl', input.env)).toStrictEqual(input.pl);
  });
});
