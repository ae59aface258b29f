import { markdownToMdast, mdxToMdast } from 'satteri';

/** An image or a link in a Markdown body, positioned relative to the body (1-based). */
export interface BodyItem {
  line: number;
  column: number;
}
export interface BodyImage extends BodyItem {
  src: string;
  alt: string;
  title: string | undefined;
}
export interface BodyLink extends BodyItem {
  href: string;
}

interface MdNode {
  type: string;
  url?: string;
  alt?: string | null;
  title?: string | null;
  position?: { start: { line: number; column: number } };
  children?: MdNode[];
}

/** The title that marks a Markdown image as decorative: `![](chart.png "decorative")`. */
export const decorativeTitle = 'decorative';

/**
 * The images and links of a Markdown or MDX body, read with the same parser the build uses (Sätteri).
 * @example bodyItems('![](x.jpg) [a](/pl/)', 'md').images[0].src // 'x.jpg'
 */
export function bodyItems(body: string, format: 'md' | 'mdx'): { images: BodyImage[]; links: BodyLink[] } {
  const tree = (format === 'mdx' ? mdxToMdast(body) : markdownToMdast(body)) as MdNode;
  const images: BodyImage[] = [];
  const links: BodyLink[] = [];
  const visit = (node: MdNode) => {
    const at = { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
    if (node.type === 'image' && node.url !== undefined)
      images.push({ ...at, src: node.url, alt: node.alt ?? '', title: node.title ?? undefined });
    if ((node.type === 'link' || node.type === 'definition') && node.url !== undefined) links.push({ ...at, href: node.url });
    node.children?.forEach(visit);
  };
  visit(tree);
  return { images, links };
}
