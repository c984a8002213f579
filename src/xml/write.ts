/**
 * Writes an element tree as .NET's XmlWriter does with Indent = true (what Export-Clixml writes):
 * two spaces per level, an element holding text on one line (`<S>text</S>`), an empty element
 * closed as `<Nil />`, attributes in double quotes. Written for this project.
 */
export interface XmlNode {
  name: string;
  attrs?: Record<string, string>;
  /** Child elements, or the element's text ('' writes `<S></S>`), or null for an empty element. */
  content: XmlNode[] | string | null;
}

export function escapeXmlText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeXmlAttribute(s: string): string {
  return escapeXmlText(s).replace(/"/g, '&quot;');
}

function startTag(node: XmlNode): string {
  let tag = '<' + node.name;
  for (const [k, v] of Object.entries(node.attrs ?? {})) tag += ` ${k}="${escapeXmlAttribute(v)}"`;
  return tag;
}

function write(node: XmlNode, indent: string, out: string[], newline: string): void {
  const start = startTag(node);
  const c = node.content;
  if (c === null || (Array.isArray(c) && c.length === 0)) out.push(`${indent}${start} />`);
  else if (typeof c === 'string') out.push(`${indent}${start}>${escapeXmlText(c)}</${node.name}>`);
  else {
    out.push(`${indent}${start}>`);
    for (const child of c) write(child, indent + '  ', out, newline);
    out.push(`${indent}</${node.name}>`);
  }
}

/** The document text of `root` (no XML declaration), lines joined with `newline`. */
export function writeXml(root: XmlNode, newline = '\n'): string {
  const out: string[] = [];
  write(root, '', out, newline);
  return out.join(newline);
}
