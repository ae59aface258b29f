import { SaxesParser } from 'saxes';

/** An element of a parsed XML document: its name, attributes, child elements and own text (CDATA included). */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/**
 * Parses a document with saxes, a conformant XML 1.0 parser, and throws on the first well-formedness error
 * (a disallowed character such as U+0001 or U+FFFE, a stray `]]>`, a tag left open). Returns the root element.
 * @example strictXml('<a>x<b/></a>').children[0].name // 'b'
 */
export function strictXml(text: string): XmlElement {
  const parser = new SaxesParser({ xmlns: false });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const errors: string[] = [];
  parser.on('error', (error) => errors.push(error.message));
  parser.on('opentag', (tag) => {
    const element: XmlElement = { name: tag.name, attributes: { ...(tag.attributes as Record<string, string>) }, children: [], text: '' };
    stack.at(-1)?.children.push(element);
    root ??= element;
    stack.push(element);
  });
  parser.on('closetag', () => stack.pop());
  parser.on('text', (value) => {
    const current = stack.at(-1);
    if (current) current.text += value;
  });
  parser.on('cdata', (value) => {
    const current = stack.at(-1);
    if (current) current.text += value;
  });
  parser.write(text).close();
  if (errors.length > 0) throw new Error(`not well-formed XML 1.0: ${errors.join('; ')}`);
  if (!root) throw new Error('no root element');
  return root;
}

/** Every descendant element with this name, in document order. */
export function elements(root: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (element: XmlElement) => {
    for (const child of element.children) {
      if (child.name === name) found.push(child);
      walk(child);
    }
  };
  walk(root);
  return found;
}

/** The text of the first child element with this name (undefined when there is none). */
export function childText(element: XmlElement, name: string): string | undefined {
  return element.children.find((child) => child.name === name)?.text;
}
