/**
 * Display cells: pwsh measures text in terminal cells, East Asian wide characters taking two
 * (notes R8; pwsh's DisplayCells). Also the cut/pad helpers every writer shares.
 */

/** The ellipsis pwsh appends when it shortens text (notes R6: a single U+2026). */
export const ELLIPSIS = '\u2026';

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** Cells of one code point. */
export function charCells(ch: string): number {
  return isWide(ch.codePointAt(0)!) ? 2 : 1;
}

/** Cells a string occupies (ASCII fast path: one cell per char). */
export function cellWidth(s: string): number {
  // VT escape sequences ($PSStyle colours) take no cells.
  if (s.includes('\x1b')) s = s.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
  let narrow = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 0x1100) {
      narrow = false;
      break;
    }
  }
  if (narrow) return s.length;
  let n = 0;
  for (const ch of s) n += charCells(ch);
  return n;
}

/** The longest prefix of `s` that fits in `cells`. */
export function headCells(s: string, cells: number): string {
  let used = 0;
  let out = '';
  for (const ch of s) {
    const w = charCells(ch);
    if (used + w > cells) break;
    used += w;
    out += ch;
  }
  return out;
}

/** The longest suffix of `s` that fits in `cells`. */
export function tailCells(s: string, cells: number): string {
  const chars = [...s];
  let used = 0;
  let i = chars.length;
  while (i > 0) {
    const w = charCells(chars[i - 1]!);
    if (used + w > cells) break;
    used += w;
    i--;
  }
  return chars.slice(i).join('');
}

export function padRight(s: string, cells: number): string {
  const w = cellWidth(s);
  return w >= cells ? s : s + ' '.repeat(cells - w);
}

export function padLeft(s: string, cells: number): string {
  const w = cellWidth(s);
  return w >= cells ? s : ' '.repeat(cells - w) + s;
}

/**
 * Splits `text` into lines of at most `width` cells (pwsh's StringManipulationHelper.GenerateLines
 * for en-US: word wrap, words longer than a line are cut hard). Newlines always start a new line.
 */
export function wrapText(text: string, width: number, wordWrap = true): string[] {
  if (!text.includes('\n') && (width <= 0 || cellWidth(text) <= width)) return [text];
  const out: string[] = [];
  for (const para of text.split(/\r?\n/)) {
    if (width <= 0 || cellWidth(para) <= width) {
      out.push(para);
      continue;
    }
    if (!wordWrap) {
      hardSplit(para, width, out);
      continue;
    }
    let line = '';
    for (const word of para.split(' ')) {
      const candidate = line === '' ? word : line + ' ' + word;
      if (cellWidth(candidate) <= width) {
        line = candidate;
        continue;
      }
      if (line !== '') out.push(line);
      if (cellWidth(word) > width) {
        const parts: string[] = [];
        hardSplit(word, width, parts);
        out.push(...parts.slice(0, -1));
        line = parts[parts.length - 1] ?? '';
      } else line = word;
    }
    out.push(line);
  }
  return out;
}

/** Cuts `s` into chunks of `width` cells. */
export function hardSplit(s: string, width: number, out: string[]): void {
  let rest = s;
  if (rest === '') out.push('');
  while (rest !== '') {
    let chunk = headCells(rest, width);
    if (chunk === '') chunk = [...rest][0]!;
    out.push(chunk);
    rest = rest.slice(chunk.length);
  }
}
