import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { elementVerdict, htmlViolations, urlAllowed } from '../../src/lib/markdown/html-policy';
import { allowedContentComponents, mdxNotAllowedMessage, mdxViolations } from '../../src/lib/markdown/mdx-policy';
import {
  contentFeatures,
  contentHastPlugins,
  contentMarkdownProcessor,
  contentMdastPlugins,
  mdxViolationMessage,
} from '../../src/lib/markdown/plugins';
import { jsxProperties } from '../../src/lib/markdown/sanitize';
import { keepsId } from '../../src/lib/markdown/sanitize-schema';

const hastPlugins = contentHastPlugins();
const mdastPlugins = contentMdastPlugins();
/** Markdown rendered by Sätteri with the site's content plugins and features. */
async function render(markdown: string): Promise<string> {
  return (await markdownToHtml(markdown, { mdastPlugins, hastPlugins, features: contentFeatures })).html;
}
/** MDX compiled by Sätteri as @astrojs/mdx does, with the site's content plugins and features. */
async function compileMdx(source: string, file = '/work/content/pages/about/pl.mdx'): Promise<string> {
  const result = await mdxToJs(source, {
    mdastPlugins,
    hastPlugins,
    features: contentFeatures,
    jsxImportSource: 'astro',
    elementAttributeNameCase: 'html',
    fileURL: new URL(`file://${file}`),
  });
  return result.code;
}

/** Harmless raw HTML editors may use; none of it may be reported or removed. */
const harmless = [
  'The <abbr title="Główny Instytut Górnictwa">GIG</abbr> in Katowice.',
  'CO<sub>2</sub> and m<sup>2</sup>, press <kbd>Ctrl</kbd>+<kbd>F</kbd>.',
  '<q cite="https://www.gig.eu/">Clean coal</q> and <cite>a report</cite>, <time datetime="2006-05-29">29 May 2006</time>.',
  '<details>\n<summary>More</summary>\n\nHidden **text**.\n\n</details>',
  '<figure>\n\n![A mine](./mine.png)\n\n<figcaption>The mine</figcaption>\n</figure>',
  '<table>\n<caption>Figures</caption>\n<thead><tr><th scope="col">City</th><th colspan="2">Area</th></tr></thead>\n<tbody><tr><td>Gliwice</td><td>133.88</td><td>km<sup>2</sup></td></tr></tbody>\n</table>',
  '<dl>\n<dt>TRL</dt>\n<dd>Technology readiness level</dd>\n</dl>',
  'Line one<br>\nline two.',
  '[The cluster](https://example.org/) · [mail](mailto:biuro@example.org) · [phone](tel:+48322000000) · [section](../offers/) · [anchor](#top)\n\n![Plan](./plan.png)',
  '| a | b |\n| --- | --- |\n| 1 | 2 |\n\nNote[^1].\n\n[^1]: The note.',
];

describe('htmlViolations (Markdown)', () => {
  it.each(harmless)('reports nothing for harmless markup: %s', (body) => {
    expect(htmlViolations(body, 'md')).toEqual([]);
  });

  it('reports elements that run code, load frames, style or redirect the page, at their positions', () => {
    const body = [
      'Intro.', // 1
      '', // 2
      '<script>alert(1)</script>', // 3
      '<script src="/documents/x/evil.txt"></script>', // 4
      '<meta http-equiv="refresh" content="0;url=https://example.com">', // 5
      '<iframe src="https://example.com"></iframe>', // 6
      '<style>body{display:none}</style>', // 7
      '<base href="https://example.com/">', // 8
      '<svg onload="alert(1)"><circle r="1"/></svg>', // 9
      '<object data="x.swf"></object> <embed src="x.swf">', // 10
    ].join('\n');
    expect(htmlViolations(body, 'md')).toEqual([
      { line: 3, column: 1, kind: 'element', name: 'script' },
      { line: 4, column: 1, kind: 'element', name: 'script' },
      { line: 5, column: 1, kind: 'element', name: 'meta' },
      { line: 6, column: 1, kind: 'element', name: 'iframe' },
      { line: 7, column: 1, kind: 'element', name: 'style' },
      { line: 8, column: 1, kind: 'element', name: 'base' },
      { line: 9, column: 1, kind: 'element', name: 'svg' },
      { line: 10, column: 1, kind: 'element', name: 'object' },
      { line: 10, column: 32, kind: 'element', name: 'embed' },
    ]);
  });

  it('reports a fake login prompt once per forbidden element, not its text', () => {
    const body = '<div>\n<dialog open><form action="https://evil.example/">Password: <input type="password"></form></dialog>\n</div>';
    expect(htmlViolations(body, 'md')).toEqual([{ line: 2, column: 1, kind: 'element', name: 'dialog' }]);
    expect(htmlViolations('<form><input name="pw"><button>Go</button></form>', 'md')).toEqual([
      { line: 1, column: 1, kind: 'element', name: 'form' },
    ]);
  });

  it('reports event handlers, style and class attributes at the attribute', () => {
    expect(htmlViolations('Text <img src=x onerror=alert(1)> more', 'md')).toEqual([
      { line: 1, column: 17, kind: 'attribute', name: 'onerror' },
    ]);
    expect(htmlViolations('<p style="position:fixed" class="x" onclick="y">a</p>', 'md')).toEqual([
      { line: 1, column: 4, kind: 'attribute', name: 'style' },
      { line: 1, column: 27, kind: 'attribute', name: 'class' },
      { line: 1, column: 37, kind: 'attribute', name: 'onclick' },
    ]);
  });

  it('reports javascript:, data: and vbscript: URLs in raw HTML and in Markdown links, images and definitions', () => {
    const body = [
      '<a href="javascript:alert(1)">x</a> <a href="JaVaScRiPt:alert(1)">y</a>', // 1
      '[x](javascript:alert(1)) ![y](data:text/html,<script>alert(1)</script>)', // 2
      '[ref][r] <vbscript:msgbox>', // 3
      '', // 4
      '[r]: data:text/html;base64,PHNjcmlwdD4=', // 5
    ].join('\n');
    expect(htmlViolations(body, 'md')).toEqual([
      { line: 1, column: 4, kind: 'url', name: 'href' },
      { line: 1, column: 40, kind: 'url', name: 'href' },
      { line: 2, column: 1, kind: 'url', name: 'href' },
      { line: 2, column: 26, kind: 'url', name: 'src' },
      { line: 3, column: 10, kind: 'url', name: 'href' },
      { line: 5, column: 1, kind: 'url', name: 'href' },
    ]);
  });

  it('counts columns in the source line when raw HTML sits in a block quote or list', () => {
    const body = '> <div>\n> <span onclick="x">quoted</span>\n> </div>\n\n- <div>\n  <b onmouseover="y">b</b>\n  </div>';
    expect(htmlViolations(body, 'md')).toEqual([
      { line: 2, column: 9, kind: 'attribute', name: 'onclick' },
      { line: 6, column: 6, kind: 'attribute', name: 'onmouseover' },
    ]);
  });
});

describe('htmlViolations (MDX)', () => {
  it('accepts the HTML the free pages use, with the accessibility statement ids', () => {
    const body =
      '<p id="a11y-status">Partly compliant, see <SectionLink section="offers">offers</SectionLink>.</p>\n\n<div id="a11y-procedura">\n\nText with <abbr title="x">y</abbr>.\n\n</div>';
    expect(htmlViolations(body, 'mdx')).toEqual([]);
  });

  it('reports forbidden HTML elements and attributes written as JSX, by their written names', () => {
    const body =
      'Text\n\n<script>alert(1)</script>\n\n<b onClick="x" style="color:red">y</b> <a href="javascript:alert(1)">z</a> <iframe src="https://example.com" />';
    expect(htmlViolations(body, 'mdx')).toEqual([
      { line: 3, column: 1, kind: 'element', name: 'script' },
      { line: 5, column: 1, kind: 'attribute', name: 'onClick' },
      { line: 5, column: 1, kind: 'attribute', name: 'style' },
      { line: 5, column: 40, kind: 'url', name: 'href' },
      { line: 5, column: 76, kind: 'element', name: 'iframe' },
    ]);
  });
});

describe('mdxViolations', () => {
  it('accepts the registered components with plain-string attributes', () => {
    const body =
      'See <SectionLink section="offers" query="?city=gliwice">offers</SectionLink>.\n\n<PartnerCitiesTable />\n\nMail: <A11yValue name="email" />';
    expect(mdxViolations(body, allowedContentComponents)).toEqual([]);
  });

  it('reports import and export, which would run code at build time', () => {
    const body = "import { readdirSync } from 'node:fs'\nexport const files = readdirSync('/')\n\n# Files";
    expect(mdxViolations(body, allowedContentComponents)).toEqual([{ line: 1, column: 1, kind: 'esm' }]);
    expect(mdxViolations('Text\n\nexport const x = 1', allowedContentComponents)).toEqual([{ line: 3, column: 1, kind: 'esm' }]);
  });

  it('reports expressions in text and on their own line, comments included', () => {
    const body = "Text {process.env.HOME} here.\n\n{require('child_process').execSync('ls')}\n\n{/* a comment */}";
    expect(mdxViolations(body, allowedContentComponents)).toEqual([
      { line: 1, column: 6, kind: 'expression' },
      { line: 3, column: 1, kind: 'expression' },
      { line: 5, column: 1, kind: 'expression' },
    ]);
  });

  it('reports expression-valued and spread attributes, even on allowed components', () => {
    const body = '<SectionLink section={"offers"}>x</SectionLink> <A11yValue {...props} /> <b title={x}>y</b>';
    expect(mdxViolations(body, allowedContentComponents)).toEqual([
      { line: 1, column: 1, kind: 'attribute-expression', name: 'section' },
      { line: 1, column: 49, kind: 'attribute-expression', name: '{...props}' },
      { line: 1, column: 74, kind: 'attribute-expression', name: 'title' },
    ]);
  });

  it('reports components that are not registered, member expressions and fragments', () => {
    const body = '<Foo />\n\n<SectionLink.Inner /> <>x</>';
    expect(mdxViolations(body, allowedContentComponents)).toEqual([
      { line: 1, column: 1, kind: 'component', name: 'Foo' },
      { line: 3, column: 1, kind: 'component', name: 'SectionLink.Inner' },
      { line: 3, column: 23, kind: 'component', name: '<>' },
    ]);
    expect(mdxViolations('<SectionLink section="offers">x</SectionLink>', ['A11yValue'])).toEqual([
      { line: 1, column: 1, kind: 'component', name: 'SectionLink' },
    ]);
  });
});

describe('the sanitiser in the Sätteri pipeline', () => {
  it('removes what the policy reports from Markdown and keeps the harmless markup', async () => {
    const html = await render(
      [
        'Hello <abbr title="x">GIG</abbr> <img src=x onerror=alert(1)> H<sub>2</sub>O',
        '',
        '<script>alert(1)</script>',
        '<meta http-equiv="refresh" content="0;url=https://example.com">',
        '<dialog open><form>Password: <input type="password"></form></dialog>',
        '<style>body{display:none}</style>',
        '<iframe src="https://example.com"></iframe>',
        '',
        '[x](javascript:alert(1)) ![y](data:text/html,x) ![Plan](./plan.png) <span id="mine" onclick="y">s</span> <span id="a11y-status">t</span>',
      ].join('\n'),
    );
    expect(html).toContain('<abbr title="x">GIG</abbr>');
    expect(html).toContain('H<sub>2</sub>O');
    expect(html).toContain('<img src="./plan.png" alt="Plan">');
    expect(html).toContain('<span id="user-content-mine">s</span>');
    expect(html).toContain('<span id="a11y-status">t</span>');
    for (const gone of [
      '<script',
      'alert(1)',
      '<meta',
      '<dialog',
      'Password',
      '<input',
      '<style',
      'display:none',
      '<iframe',
      'onerror',
      'onclick',
      'javascript:',
      'data:',
    ])
      expect(html).not.toContain(gone);
  });

  it.each([
    ['a link', '[x](javascript:alert(1))', 'href="javascript:'],
    ['an autolink', 'See <javascript:alert(1)>.', 'href="javascript:'],
    ['an image', '![y](data:text/html,x)', 'src="data:'],
    ['a definition', '[x][r]\n\n[r]: vbscript:msgbox(1)', 'href="vbscript:'],
    ['an encoded scheme', '[x](&#106;avascript:alert(1))', 'href="javascript:'],
    ['a task list', '- [x] done', '<input'],
  ])('sanitises a Markdown body whose only problem is %s', async (_, markdown, gone) => {
    expect(markdownToHtml(markdown).html).toContain(gone);
    expect(await render(markdown)).not.toContain(gone);
  });

  it('leaves a Markdown body without raw HTML or unsafe URLs as Sätteri renders it', async () => {
    const markdown =
      '## Title\n\nText with [a link](https://example.org/) and ![a plan](./plan.png), *emphasis* and `code`.\n\n| a |\n| --- |\n| 1 |';
    expect(await render(markdown)).toBe(markdownToHtml(markdown, { features: contentFeatures }).html);
  });

  it('keeps GFM tables, footnotes and details', async () => {
    const html = await render(
      '| a |\n| --- |\n| 1 |\n\nNote[^1].\n\n<details><summary>More</summary>\n\nText\n\n</details>\n\n[^1]: The note.',
    );
    expect(html).toContain('<td>1</td>');
    expect(html).toContain(
      '<a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref="" aria-describedby="user-content-footnote-label">1</a>',
    );
    expect(html).toContain('<h2 class="sr-only" id="user-content-footnote-label">');
    expect(html).toContain('<details><summary>More</summary>');
  });

  it('compiles an allowed MDX page, keeping components, their string props and the statement ids', async () => {
    const code = await compileMdx(
      '<p id="a11y-status">See <SectionLink section="offers">offers</SectionLink>.</p>\n\n<A11yValue name="email" /> <b onClick="x">b</b>\n\n<PartnerCitiesTable />',
    );
    expect(code).toContain('id: "a11y-status"');
    expect(code).toMatch(/_jsx\(SectionLink, \{\s*section: "offers"/);
    expect(code).toMatch(/_jsx\(A11yValue, \{ name: "email" \}\)/);
    expect(code).toContain('_jsx(PartnerCitiesTable, {})');
    expect(code).not.toContain('onClick');
  });

  it('fails an MDX compile that imports code, naming the file, line and column', async () => {
    const source = "# Title\n\nimport { execSync } from 'node:child_process'\n\n{execSync('ls')}";
    await expect(compileMdx(source, '/work/content/pages/evil/pl.mdx')).rejects.toThrow(
      /content\/pages\/evil\/pl\.mdx:3:1 {2}import\/export[\s\S]*pl\.mdx:5:1 {2}\{…\}/,
    );
    await expect(compileMdx('<Evil />')).rejects.toMatchObject({ line: 1, column: 1 });
  });
});

describe("Astro's renderers with the content processor", () => {
  const processor = contentMarkdownProcessor();

  it('still hands Markdown images to astro:assets and gives headings ids', async () => {
    const renderer = await processor.createRenderer({ syntaxHighlight: false });
    const result = await renderer.render('## Plan of the site\n\n![Plan of the site](./plan.png) <img src=x onerror=alert(1)>');
    expect(result.metadata.localImagePaths).toEqual(['./plan.png']);
    expect(result.code).toContain('__ASTRO_IMAGE_=');
    expect(result.code).toContain('<h2 id="plan-of-the-site">');
    expect(result.code).not.toContain('onerror');
  });

  it('still turns MDX images into astro:assets imports, and refuses imports of its own', async () => {
    const renderer = await processor.createMdxRenderer!({ syntaxHighlight: false }, { optimize: false });
    const { code } = await renderer.process(
      '## Plan\n\n![Plan](./plan.png)\n\n<SectionLink section="offers">offers</SectionLink>',
      '/work/content/pages/about/pl.mdx',
      {},
    );
    expect(code).toMatch(/import \w+ from "\.\/plan\.png"/);
    expect(code).toContain('from "astro:assets"');
    await expect(renderer.process("import fs from 'node:fs'", '/work/content/pages/about/pl.mdx', {})).rejects.toThrow(
      /pl\.mdx:1:1 {2}import\/export/,
    );
  });
});

describe('policy helpers', () => {
  it('asks the sanitiser about single elements and URLs', () => {
    expect(elementVerdict('img', { src: 'x', onError: 'alert(1)' })).toEqual({
      element: false,
      properties: [{ property: 'onError', url: false }],
    });
    expect(elementVerdict('dialog', { open: true })).toEqual({ element: true, properties: [] });
    expect(elementVerdict('a', { href: 'javascript:alert(1)' })).toEqual({ element: false, properties: [{ property: 'href', url: true }] });
    expect(urlAllowed('href', 'https://example.org/a:b')).toBe(true);
    expect(urlAllowed('href', '/pl/oferty/?q=a:b')).toBe(true);
    expect(urlAllowed('src', 'data:image/png;base64,AAAA')).toBe(false);
    expect(urlAllowed('href', 'vbscript:msgbox(1)')).toBe(false);
  });

  it('keeps only the accessibility statement ids verbatim', () => {
    expect(keepsId('a11y-data-publikacja')).toBe(true);
    expect(keepsId('search')).toBe(false);
    expect(keepsId('a11y-')).toBe(false);
  });

  it('maps JSX attributes to hast properties', () => {
    expect(
      jsxProperties([
        { type: 'mdxJsxAttribute', name: 'colspan', value: '2' },
        { type: 'mdxJsxAttribute', name: 'open', value: null },
        { type: 'mdxJsxAttribute', name: 'class', value: 'a b' },
      ]),
    ).toEqual({ colSpan: '2', open: true, className: ['a', 'b'] });
  });

  it('words messages as path:line:column, what, problem and fix', () => {
    expect(mdxViolationMessage('content/pages/x/pl.mdx', { line: 4, column: 2, kind: 'component', name: 'Foo' })).toBe(
      'content/pages/x/pl.mdx:4:2  <Foo>  <Foo> is not a content component → use one of: <SectionLink>, <PartnerCitiesTable>, <A11yValue>, <PrivacyValue>',
    );
    expect(mdxNotAllowedMessage('content/stories/x/pl.mdx')).toBe(
      'content/stories/x/pl.mdx  —  MDX files are allowed for free pages only (content/pages/) → rename the file to .md: Markdown is all an entry needs',
    );
  });
});

describe('content links in the built page', () => {
  /** Markdown rendered as the build renders a text file of the given name. */
  async function renderAs(markdown: string, file: string): Promise<string> {
    return (await markdownToHtml(markdown, { mdastPlugins, hastPlugins, features: contentFeatures, fileURL: new URL(`file://${file}`) }))
      .html;
  }

  it('resolves entry: and section: links in the language of the text', async () => {
    const markdown = '[Gliwice](entry:cities/gliwice) and [offers](section:offers) and [facts](entry:cities/gliwice#fakty)';
    const german = await renderAs(markdown, '/work/content/stories/x/de.md');
    expect(german).toContain('<a href="/de/staedte/gliwice/">Gliwice</a>');
    expect(german).toContain('<a href="/de/investitionsangebote/">offers</a>');
    expect(german).toContain('<a href="/de/staedte/gliwice/#fakty">facts</a>');
    const polish = await renderAs(markdown, '/work/content/stories/x/pl.md');
    expect(polish).toContain('<a href="/pl/miasta/gliwice/">Gliwice</a>');
  });

  it('leaves other links as they are, and an unresolved link form loses its address to the sanitiser', async () => {
    const html = await renderAs('[a](https://gliwice.eu/) [b](/pl/miasta/) [c](entry:nowhere/x)', '/work/content/stories/x/pl.md');
    expect(html).toContain('<a href="https://gliwice.eu/">a</a>');
    expect(html).toContain('<a href="/pl/miasta/">b</a>');
    expect(html).toContain('<a>c</a>');
  });
});
