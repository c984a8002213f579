/**
 * A small Markdown renderer for lab instructions, building DOM nodes (never innerHTML): paragraphs,
 * fenced code blocks, bullet and numbered lists, headings, **bold**, *emphasis*, `code` and
 * [links](https://...). Lab text is data, so every piece of it becomes a text node: markup in it
 * shows as typed. Links keep only http(s) targets.
 */

type Inline = { kind: 'text' | 'code' | 'strong' | 'em'; text: string } | { kind: 'link'; text: string; href: string };

const INLINE = /`([^`\n]+)`|\*\*([^*\n]+)\*\*|\*([^*\n]+)\*|\[([^\]\n]+)\]\(([^)\s]+)\)/g;

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    if (m.index > last) out.push({ kind: 'text', text: text.slice(last, m.index) });
    if (m[1] !== undefined) out.push({ kind: 'code', text: m[1] });
    else if (m[2] !== undefined) out.push({ kind: 'strong', text: m[2] });
    else if (m[3] !== undefined) out.push({ kind: 'em', text: m[3] });
    else if (/^https?:\/\//i.test(m[5]!)) out.push({ kind: 'link', text: m[4]!, href: m[5]! });
    else out.push({ kind: 'text', text: m[0] });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}

export type Block =
  | { kind: 'p'; text: string }
  | { kind: 'h'; level: number; text: string }
  | { kind: 'code'; lang: string; text: string }
  | { kind: 'ul' | 'ol'; items: string[] };

export function parseBlocks(markdown: string): Block[] {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let para: string[] = [];
  const endPara = (): void => {
    if (para.length) blocks.push({ kind: 'p', text: para.join(' ') });
    para = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = /^\s*```\s*([\w-]*)\s*$/.exec(line);
    if (fence) {
      endPara();
      const code: string[] = [];
      for (i++; i < lines.length && !/^\s*```\s*$/.test(lines[i]!); i++) code.push(lines[i]!);
      blocks.push({ kind: 'code', lang: fence[1] ?? '', text: code.join('\n') });
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      endPara();
      blocks.push({ kind: 'h', level: heading[1]!.length, text: heading[2]! });
      continue;
    }
    const item = /^\s*(?:([-*+])|(\d+)[.)])\s+(.*)$/.exec(line);
    if (item) {
      endPara();
      const kind = item[1] ? 'ul' : 'ol';
      const prev = blocks[blocks.length - 1];
      if (prev && prev.kind === kind) prev.items.push(item[3]!);
      else blocks.push({ kind, items: [item[3]!] });
      continue;
    }
    if (!line.trim()) endPara();
    else para.push(line.trim());
  }
  endPara();
  return blocks;
}

function inlineNodes(doc: Document, text: string): Node[] {
  return parseInline(text).map((part) => {
    if (part.kind === 'text') return doc.createTextNode(part.text);
    const tag = part.kind === 'link' ? 'a' : part.kind;
    const el = doc.createElement(tag);
    el.textContent = part.text;
    if (part.kind === 'link') {
      (el as HTMLAnchorElement).href = part.href;
      (el as HTMLAnchorElement).rel = 'noopener noreferrer';
      (el as HTMLAnchorElement).target = '_blank';
    }
    return el;
  });
}

/** The Markdown as DOM nodes (headings are shifted below the step's own heading level). */
export function renderMarkdown(doc: Document, markdown: string, headingBase = 3): DocumentFragment {
  const frag = doc.createDocumentFragment();
  for (const b of parseBlocks(markdown)) {
    if (b.kind === 'code') {
      const pre = doc.createElement('pre');
      const code = doc.createElement('code');
      if (b.lang) code.className = `language-${b.lang.replace(/[^\w-]/g, '')}`;
      code.textContent = b.text;
      pre.appendChild(code);
      frag.appendChild(pre);
    } else if ('items' in b) {
      const list = doc.createElement(b.kind);
      for (const item of b.items) {
        const li = doc.createElement('li');
        li.append(...inlineNodes(doc, item));
        list.appendChild(li);
      }
      frag.appendChild(list);
    } else if (b.kind === 'h') {
      const el = doc.createElement(`h${Math.min(6, headingBase + b.level)}`);
      el.append(...inlineNodes(doc, b.text));
      frag.appendChild(el);
    } else {
      const el = doc.createElement('p');
      el.append(...inlineNodes(doc, b.text));
      frag.appendChild(el);
    }
  }
  return frag;
}
