#!/usr/bin/env node
/**
 * `npm test`: everything CI checks. Types and Astro diagnostics (`npm run check`) run at the same time as the test
 * suite (`vitest run`: unit tests, the test build, build and browser tests): the two are independent, and the check
 * (mostly one core, about half a minute) then fits beside the suite instead of before it. Vitest's output is shown
 * live, the check's after it, so the two never interleave. Beside them, one after the other (a few seconds each):
 * `prettier --check .` (`npm run format` fixes what it reports) and `eslint .` (`npm run lint`). Fails when any
 * fails. Arguments go to vitest (`npm test -- --project unit`).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The command-line script a package installs (its `bin`). */
function bin(pkg) {
  const manifest = require.resolve(`${pkg}/package.json`);
  const { bin: entry } = JSON.parse(readFileSync(manifest, 'utf8'));
  return join(dirname(manifest), typeof entry === 'string' ? entry : entry[pkg]);
}

/** Run a command with this Node; resolve with its exit code and, when `capture` is set, its output. */
function run(args, capture) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    const chunks = [];
    if (capture) {
      child.stdout.on('data', (chunk) => chunks.push(chunk));
      child.stderr.on('data', (chunk) => chunks.push(chunk));
    }
    child.on('error', (error) => resolve({ code: 1, output: String(error) }));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output: Buffer.concat(chunks).toString() }));
  });
}

// `npm run check` through the npm that runs this script, so that the check stays defined once, in package.json.
const npm = process.env.npm_execpath;
const check = run(
  npm && /\.[cm]?js$/.test(npm) ? [npm, 'run', 'check'] : [bin('astro'), 'check', '--minimumFailingSeverity', 'warning'],
  true,
);
// Formatting and lint, one after the other so that together they take one core beside the check and the suite.
const style = (async () => {
  const format = await run([bin('prettier'), '--check', '.', '--log-level', 'warn'], true);
  const lint = await run([bin('eslint'), '.', '--max-warnings', '0'], true);
  return { format, lint };
})();
const tests = await run([bin('vitest'), 'run', ...process.argv.slice(2)], false);
const checked = await check;
const { format, lint } = await style;

for (const { output } of [checked, format, lint]) if (output.trim()) process.stdout.write(`\n${output.trimEnd()}\n`);
const verdict = (/** @type {{ code: number }} */ { code }) => (code === 0 ? 'passed' : 'FAILED');
console.log(
  `\nnpm run check: ${verdict(checked)}; prettier --check: ${verdict(format)}; eslint: ${verdict(lint)}; vitest: ${verdict(tests)}`,
);
process.exit([checked, format, lint, tests].every(({ code }) => code === 0) ? 0 : 1);
