/**
 * Sveltia CMS's npm build loads its interface language with `import('../locales/<code>.json')`, which works through a
 * bundler but not in a browser (a module script must be JavaScript). The site serves each language as a tiny module
 * instead (`locales/<code>.js`, `export default {…}`) and points the imports at it, so editors get the interface in
 * Polish (or their browser's language) without a bundler and without a CDN.
 */
const localeImport = /import\(`\.\.\/locales\/([A-Za-z-]+)\.json`\)/g;

/**
 * The app's code with its locale imports pointed at the `.js` modules, and the codes it imports.
 * @example localeModuleImports('import(`../locales/pl.json`)') // { code: 'import(`../locales/pl.js`)', locales: ['pl'] }
 */
export function localeModuleImports(code: string): { code: string; locales: string[] } {
  const locales: string[] = [];
  const out = code.replace(localeImport, (_, locale: string) => {
    locales.push(locale);
    return `import(\`../locales/${locale}.js\`)`;
  });
  return { code: out, locales };
}

/**
 * A locale file of the package as a JavaScript module (JSON is valid JavaScript).
 * @example localeModule('{"a":"b"}') // 'export default {"a":"b"};\n'
 */
export function localeModule(json: string): string {
  return `export default ${JSON.stringify(JSON.parse(json))};\n`;
}
