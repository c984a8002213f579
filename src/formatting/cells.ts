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
 * Splits `text` into lines of at most `width` cells: pwsh's StringManipulationHelper.GenerateLines
 * with word wrap, as for en-US (CW GenerateLinesWithWordWrap). Newlines always start a new line
 * (`\r` dropped); a line is cut after each space or tab, which stays at the end of its line
 * (tables trim it, lists keep it: pwsh 7.6 prints `word word ` in Format-List); a word wider
 * than a line is cut by characters, starting on the current line.
 */
export function wrapText(text: string, width: number): string[] {
  if (text === '') return [''];
  const out: string[] = [];
  for (const para of text.replace(/\r/g, '').split('\n')) {
    if (width <= 0 || cellWidth(para) <= width) {
      out.push(para);
      continue;
    }
    let line = '';
    let left = width;
    for (const word of words(para)) {
      const w = cellWidth(word);
      if (w > width) {
        for (const ch of word) {
          const cw = Math.min(charCells(ch), width);
          const c = charCells(ch) > width ? '?' : ch;
          if (cw > left) {
            out.push(line);
            line = c;
            left = width - cw;
          } else {
            line += c;
            left -= cw;
          }
        }
      } else if (w > left) {
        out.push(line);
        line = word;
        left = width - w;
      } else {
        line += word;
        left -= w;
      }
    }
    out.push(line);
  }
  return out;
}

/** CW GetWords: words with the space or tab that ends them. */
function words(s: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (const ch of s) {
    cur += ch;
    if (ch === ' ' || ch === '\t') {
      out.push(cur);
      cur = '';
    }
  }
  out.push(cur);
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
