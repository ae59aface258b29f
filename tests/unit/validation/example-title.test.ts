import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { exampleLabelIn } from '../../../src/lib/validation/example-title';

interface Fixture {
  labelled: { title: string; label: string; plain: string }[];
  plain: string[];
}
const fixture = parse(readFileSync(new URL('../../fixtures/example-titles.yaml', import.meta.url), 'utf8')) as Fixture;

describe('an example label written into a title', () => {
  it('is found in each of the four languages, at the start or in brackets, with the plain title to write instead', () => {
    expect(fixture.labelled.length).toBeGreaterThanOrEqual(12);
    for (const { title, label, plain } of fixture.labelled) expect(exampleLabelIn(title), title).toEqual({ label, plain });
  });

  it('is not found in a title that only uses the word', () => {
    expect(fixture.plain.length).toBeGreaterThanOrEqual(6);
    for (const title of fixture.plain) expect(exampleLabelIn(title), title).toBeUndefined();
  });
});
