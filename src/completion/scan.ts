/**
 * A tolerant scan of the text left of the cursor, enough to know what is being completed. Unlike
 * the parser it never fails: unterminated strings, half-typed parameters and unbalanced brackets
 * are the normal state of a line being typed.
 */

export type TokenKind = 'word' | 'parameter' | 'variable' | 'string' | 'separator' | 'comma';

export interface ScanToken {
  kind: TokenKind;
  /** Offsets into the scanned text. */
  start: number;
  end: number;
  text: string;
  /** For 'string' tokens: the quote character, and whether the closing quote was seen. */
  quote?: "'" | '"';
  closed?: boolean;
}

/** Characters that end a command element (the next word starts a new command). */
const STATEMENT_SEPARATORS = new Set(['|', ';', '{', '}', '(', ')', '\n', '\r']);
const QUOTES = new Set(["'", '"', '\u2018', '\u2019', '\u201C', '\u201D']);

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t';
}

/** Splits `text` into tokens; `=` standing alone is a separator (the right side of an assignment is a new command). */
export function scan(text: string): ScanToken[] {
  const tokens: ScanToken[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (c === '#' && (i === 0 || isSpace(text[i - 1]) || STATEMENT_SEPARATORS.has(text[i - 1]))) {
      // A comment runs to the end of the line.
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    if (STATEMENT_SEPARATORS.has(c) || (c === '=' && (i + 1 >= text.length || isSpace(text[i + 1])))) {
      tokens.push({ kind: 'separator', start: i, end: i + 1, text: c });
      i++;
      continue;
    }
    if (c === '&' && (i + 1 >= text.length || isSpace(text[i + 1]))) {
      tokens.push({ kind: 'separator', start: i, end: i + 1, text: c });
      i++;
      continue;
    }
    if (c === ',') {
      tokens.push({ kind: 'comma', start: i, end: i + 1, text: c });
      i++;
      continue;
    }
    if (QUOTES.has(c)) {
      const quote: "'" | '"' = c === "'" || c === '\u2018' || c === '\u2019' ? "'" : '"';
      const start = i;
      i++;
      let closed = false;
      while (i < text.length) {
        const d = text[i];
        if (quote === '"' && d === '`') {
          i += 2;
          continue;
        }
        if ((quote === "'" ? d === "'" || d === '\u2018' || d === '\u2019' : d === '"' || d === '\u201C' || d === '\u201D')) {
          // A doubled quote is an escaped quote inside the string.
          if (text[i + 1] === d) {
            i += 2;
            continue;
          }
          i++;
          closed = true;
          break;
        }
        i++;
      }
      tokens.push({ kind: 'string', start, end: i, text: text.slice(start, i), quote, closed });
      continue;
    }
    // A bare word: runs to whitespace or a separator; backtick escapes the next character.
    const start = i;
    while (i < text.length) {
      const d = text[i];
      if (d === '`') {
        i += 2;
        continue;
      }
      if (isSpace(d) || STATEMENT_SEPARATORS.has(d) || d === ',') break;
      if (i > start && QUOTES.has(d) && text[start] !== '$') break;
      i++;
    }
    const word = text.slice(start, Math.min(i, text.length));
    const kind: TokenKind = /^-[A-Za-z_?]/.test(word) || word === '-' ? 'parameter' : word.startsWith('$') ? 'variable' : 'word';
    tokens.push({ kind, start, end: Math.min(i, text.length), text: word });
  }
  return tokens;
}

/** The value a string or word token stands for (quotes removed), used to match completions. */
export function unquote(token: ScanToken): string {
  if (token.kind !== 'string') return token.text;
  const inner = token.text.slice(1, token.closed ? -1 : undefined);
  return token.quote === "'" ? inner.replace(/''/g, "'") : inner.replace(/`(.)/g, '$1');
}
