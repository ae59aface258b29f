/**
 * `import()` for a script of the site's own (Pagefind) under the CSP's `'strict-dynamic'`.
 *
 * The site's scripts are inline and allowed by hash; a plain `import()` from them counts as parser-inserted and is
 * refused, since the CSP has no `'self'` (with it, any same-origin file, an uploaded document included, could run
 * as a script). A module script element inserted by a trusted script is trusted, and so are its imports: this one
 * imports the module and hands it back through a one-off event.
 */
export function importModule<T>(url: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const event = `import-module-${Math.random().toString(36).slice(2)}`;
    const href = new URL(url, document.baseURI).href;
    const source = `import * as m from ${JSON.stringify(href)};\ndocument.dispatchEvent(new CustomEvent(${JSON.stringify(event)}, { detail: m }));\n`;
    const blob = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    const script = document.createElement('script');
    const done = () => {
      URL.revokeObjectURL(blob);
      script.remove();
    };
    document.addEventListener(
      event,
      (loaded) => {
        done();
        resolve((loaded as CustomEvent<T>).detail);
      },
      { once: true },
    );
    script.type = 'module';
    script.src = blob;
    script.onerror = () => {
      done();
      reject(new Error(`Could not load ${href}`));
    };
    document.head.append(script);
  });
}
