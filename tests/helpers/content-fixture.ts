import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setMessageLanguage, type MessageLanguage } from '../../src/schemas/messages';
import { formatProblem } from '../../src/lib/validation/problem';
import { validateContent } from '../../src/lib/validation/validate';

/** The smallest valid content tree (`tests/fixtures/content/`). */
export const validContent = fileURLToPath(new URL('../fixtures/content/', import.meta.url));

/** A throwaway project folder holding a copy of the valid content fixture, to break one thing in. */
export class ContentFixture {
  readonly root = mkdtempSync(join(tmpdir(), 'iskctw-validate-'));

  constructor() {
    cpSync(validContent, join(this.root, 'content'), { recursive: true });
  }

  path(file: string): string {
    return join(this.root, 'content', file);
  }

  read(file: string): string {
    return readFileSync(this.path(file), 'utf8');
  }

  write(file: string, text: string | Buffer): this {
    mkdirSync(dirname(this.path(file)), { recursive: true });
    writeFileSync(this.path(file), text);
    return this;
  }

  /** Replaces `search` in a file, failing loudly when it is not there (so a case never tests nothing). */
  replace(file: string, search: string | RegExp, replacement: string): this {
    const text = this.read(file);
    const changed = text.replace(search, replacement);
    if (changed === text) throw new Error(`${file}: ${String(search)} not found`);
    return this.write(file, changed);
  }

  remove(file: string): this {
    rmSync(this.path(file), { recursive: true, force: true });
    return this;
  }

  copy(from: string, to: string): this {
    cpSync(this.path(from), this.path(to), { recursive: true });
    return this;
  }

  /** Every problem as printed by `npm run validate`, in one language. */
  async problems(language: MessageLanguage = 'en', env?: Record<string, string | undefined>): Promise<string[]> {
    setMessageLanguage(language);
    try {
      const { problems } = await validateContent({ root: this.root, ...(env ? { env } : {}) });
      return problems.map(formatProblem);
    } finally {
      setMessageLanguage('en');
    }
  }

  dispose(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}
