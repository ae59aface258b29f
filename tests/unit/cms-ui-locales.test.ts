import { describe, expect, it } from 'vitest';
import { localeModule, localeModuleImports } from '../../src/lib/cms/ui-locales';

describe('the CMS interface languages, served as modules', () => {
  it('points each locale import of the app at a .js module and names the locales', () => {
    const code = 'a={pl:()=>u(()=>import(`../locales/pl.json`)),"pt-BR":()=>u(()=>import(`../locales/pt-BR.json`))};import(`./x.json`)';
    expect(localeModuleImports(code)).toEqual({
      code: 'a={pl:()=>u(()=>import(`../locales/pl.js`)),"pt-BR":()=>u(()=>import(`../locales/pt-BR.js`))};import(`./x.json`)',
      locales: ['pl', 'pt-BR'],
    });
  });

  it('turns a locale file into a module exporting the same data, and refuses what is not JSON', async () => {
    const json = '{"save":"Zapisz","quote":"„x” \\u2028 </script>"}';
    const module = localeModule(json);
    expect(module.startsWith('export default {')).toBe(true);
    const imported = (await import(`data:text/javascript,${encodeURIComponent(module)}`)) as { default: unknown };
    expect(imported.default).toEqual(JSON.parse(json));
    expect(() => localeModule('export default alert(1)')).toThrow();
  });
});
