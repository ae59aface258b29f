import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

/** A YAML text parsed with the position of every node, so a field can be pointed at by line and column. */
export interface YamlSource {
  /** The data, as plain values (dates stay text: the schemas read them strictly). */
  data: unknown;
  /** Syntax errors with their position. */
  errors: { line: number; column: number; detail: string }[];
  /** Line and column of the node at `path` (or of its nearest existing parent); of the key itself with `key: true`. */
  position(path: readonly PropertyKey[], options?: { key?: boolean | undefined }): { line: number; column: number };
}

/**
 * Parses YAML (a facts file, or a text file's frontmatter starting at `firstLine`).
 * @example parseYaml('date: 12.05.2027\n').position(['date']) // { line: 1, column: 7 }
 */
export function parseYaml(text: string, firstLine = 1): YamlSource {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, merge: false });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  // The first syntax error is the one to fix: the parser's later complaints follow from it.
  const errors = doc.errors
    .slice(0, 1)
    .map((error) => ({ ...at(error.pos[0]), detail: error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '') }));
  const data = errors.length > 0 ? undefined : doc.toJS();

  const position = (path: readonly PropertyKey[], options: { key?: boolean | undefined } = {}) => {
    let node: unknown = doc.contents;
    let keyNode: unknown;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
        if (!pair) break;
        keyNode = pair.key;
        node = pair.value ?? pair.key;
      } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
        keyNode = node.items[segment];
        node = node.items[segment];
      } else break;
    }
    const target = (options.key ? keyNode : node) ?? node;
    const range = (target as Node | null)?.range;
    return range ? at(range[0]) : { line: firstLine, column: 1 };
  };
  return { data, errors, position };
}

/** A Markdown file split into its frontmatter and body, with the line each starts on. */
export interface MarkdownParts {
  frontmatter: string;
  body: string;
  /** Line of the frontmatter's first line (2: after the opening `---`). */
  frontmatterLine: number;
  /** Line of the body's first line. */
  bodyLine: number;
}

/**
 * Splits `---\nyaml\n---\nbody`, or returns undefined when the file has no frontmatter block.
 * @example splitFrontmatter('---\ntitle: A\n---\nText\n')?.bodyLine // 4
 */
export function splitFrontmatter(source: string): MarkdownParts | undefined {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!text.startsWith('---\n')) return undefined;
  const end = /\n---[ \t]*(\n|$)/.exec(text.slice(3));
  if (!end) return undefined;
  const frontmatter = text.slice(4, 3 + end.index + 1);
  const body = text.slice(3 + end.index + end[0].length);
  const frontmatterLines = frontmatter.split('\n').length - 1;
  return { frontmatter, body, frontmatterLine: 2, bodyLine: 2 + frontmatterLines + 1 };
}
