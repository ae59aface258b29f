import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** One hash of every file under `dir` (relative paths and contents), to tell that a folder is byte-identical to before. */
export function treeHash(dir: string): { files: number; hash: string } {
  const hash = createHash('sha256');
  const names = readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
  let files = 0;
  for (const name of names) {
    const full = join(dir, name);
    if (!statSync(full).isFile()) continue;
    hash.update(`${name}\0`).update(readFileSync(full)).update('\0');
    files++;
  }
  return { files, hash: hash.digest('hex') };
}
