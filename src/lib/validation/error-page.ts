import { message, messageLanguage } from '../../schemas/messages';
import type { Problem } from './problem';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * The page the development server shows while content has problems: each problem with its file, line and field,
 * in the editor's language. Self-contained (no script, no external style), since the site itself cannot be shown.
 * @example errorPage([{ file: 'content/a.yaml', line: 2, message: 'x → y' }]) // '<!doctype html>…'
 */
export function errorPage(problems: readonly Problem[]): string {
  const title = message('devPage.title', { count: problems.length });
  const items = problems
    .map((problem) => {
      const where = [problem.file, problem.line, problem.line !== undefined ? problem.column : undefined]
        .filter((part) => part !== undefined)
        .join(':');
      const field = problem.field ? ` <code>${escapeHtml(problem.field)}</code>` : '';
      return `<li><code>${escapeHtml(where)}</code>${field}<br>${escapeHtml(problem.message)}</li>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="${messageLanguage()}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title>
<style>body{font:1rem/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}h1{color:#8a1c1c}li{margin:0 0 1rem}code{background:#f3f3f3;padding:0 .25rem}</style></head>
<body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message('devPage.intro'))}</p><ol>
${items}
</ol></main></body></html>
`;
}
