/**
 * Markdown articles as the replay and the labs read them: the ```powershell fenced blocks in order,
 * each with the heading it sits under and where the article says it runs (Exchange Online
 * PowerShell, or the on-premises Exchange Management Shell), and the placeholders a reader must
 * fill in (`<ServerName>`). Browser-safe: text in, data out.
 */

export type BlockShell = 'ExchangeOnline' | 'ExchangeManagementShell';

export interface ArticleBlock {
  /** 1-based, in the article's order. */
  index: number;
  /** 1-based line of the opening fence. */
  line: number;
  /** The block's text, its indentation (a block inside a list item) removed, trimmed. */
  code: string;
  /** The nearest heading above the block ('' before the first). */
  heading: string;
  /** Where the text before the block says it runs; Exchange Online PowerShell unless it says otherwise. */
  shell: BlockShell;
  /** The placeholders in the code, as written (`<ServerName>`), each once. */
  placeholders: string[];
}

const FENCE = /^(\s*)(```+|~~~+)\s*([\w+-]*)/;

/** True when the text holds at least one ```powershell block (the language tag in any case). */
export function hasPowerShellBlocks(text: string): boolean {
  return /^\s*(```+|~~~+)\s*powershell\s*$/im.test(text);
}

/** What the sentences just before a block say about where it runs, or null when they say nothing. */
export function shellNamedIn(prose: string): BlockShell | null {
  const sentences = prose.replace(/\s+/g, ' ').split(/(?<=[.:!?])\s+/);
  for (let i = sentences.length - 1; i >= 0; i--) {
    const s = sentences[i]!;
    if (/Exchange Management Shell/i.test(s)) return 'ExchangeManagementShell';
    if (/Exchange Online PowerShell/i.test(s)) return 'ExchangeOnline';
    // "run ... on-premises ... shell/PowerShell/server": the sentence names the on-premises side as where to run.
    if (/\brun\b.*\bon-premises\b.*\b(shell|PowerShell|server)\b/i.test(s)) return 'ExchangeManagementShell';
  }
  return null;
}

/** The placeholders of a block (`<email address for on-premises administrator>`), not comments (`<# #>`) or redirections. */
export function findPlaceholders(code: string): string[] {
  const found = [...code.matchAll(/<([A-Za-z][^<>\r\n"']*)>/g)].map((m) => m[0]);
  return [...new Set(found)];
}

/** The ```powershell blocks of a Markdown article, in order. Other fenced blocks are skipped (their lines are not prose). */
export function extractArticleBlocks(markdown: string): ArticleBlock[] {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const blocks: ArticleBlock[] = [];
  let heading = '';
  // The prose since the last heading, and since the last block: where a block runs is said in the text just before it, in its section.
  let section = '';
  let sectionShell: BlockShell | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = FENCE.exec(line);
    if (fence) {
      const [, indent, marks, lang] = fence;
      const body: string[] = [];
      let j = i + 1;
      for (; j < lines.length; j++) {
        const close = FENCE.exec(lines[j]!);
        if (close && close[2]!.startsWith(marks![0]!) && close[2]!.length >= marks!.length && close[3] === '') break;
        body.push(lines[j]!.startsWith(indent!) ? lines[j]!.slice(indent!.length) : lines[j]!.trimStart());
      }
      if (lang!.toLowerCase() === 'powershell') {
        const said = shellNamedIn(section);
        if (said) sectionShell = said;
        section = '';
        const code = body.join('\n').trim();
        blocks.push({ index: blocks.length + 1, line: i + 1, code, heading, shell: sectionShell ?? 'ExchangeOnline', placeholders: findPlaceholders(code) });
      }
      i = j;
      continue;
    }
    const h = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (h) {
      heading = h[2]!;
      section = '';
      sectionShell = null;
      continue;
    }
    section += line + '\n';
  }
  return blocks;
}

/** Replaces each placeholder that has values; a placeholder with several values (every Client Access server) repeats the block once per value. */
export function fillPlaceholders(code: string, values: ReadonlyMap<string, readonly string[]>): string {
  let variants = [code];
  for (const p of findPlaceholders(code)) {
    const v = values.get(p);
    if (!v || v.length === 0) continue;
    variants = variants.flatMap((c) => v.map((x) => c.split(p).join(x)));
  }
  return variants.join('\n');
}
