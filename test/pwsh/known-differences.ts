/**
 * Differences from pwsh kept on purpose, each named and reasoned (docs/pwsh-differences.md lists
 * them for readers). A disagreement that matches one is counted apart; any other fails its suite.
 */
import type { Disagreement, OracleCase, OracleResult } from './oracle';

export interface KnownDifference {
  name: string;
  reason: string;
  matches(c: OracleCase, pwsh: OracleResult, exo: OracleResult): boolean;
}

const sortedLines = (text: string) => text.split('\n').sort().join('\n');

export const KNOWN_DIFFERENCES: KnownDifference[] = [
  {
    name: 'hashtable key order',
    reason:
      ".NET randomizes string hash codes per process, so the order in which a pwsh Hashtable (@{...}) enumerates its keys changes from one pwsh process to the next; exo-emulator keeps the keys in insertion order. The same lines in another order are this difference.",
    matches: (c, pwsh, exo) => /@\{|\[hashtable\]/i.test(c.code) && pwsh.text !== exo.text && sortedLines(pwsh.text) === sortedLines(exo.text),
  },
  {
    name: 'integral Double',
    reason:
      "exo-emulator holds every number as a JavaScript number, and an integral one below 1E+15 is its Int32/Int64: a Double literal such as 100.0 or 3.0 is the integer 100 or 3. pwsh formats a Double in a table cell with two decimals (100.00, 3.00) and an integer as it is (100), so such a cell differs, and with it the column's width and what a truncated neighbour keeps. The same words, apart from N.00 where exo-emulator has N and truncated (…) cells cut at another place, are this difference.",
    matches: (c, pwsh, exo) => integralDoubleLiteral.test(c.code) && sameBarIntegralDoubles(pwsh.text, exo.text) && pwsh.errors.length === exo.errors.length,
  },
];

/** A Double literal whose value is an integer: `100.0`, `3.0`, `1e2`. */
const integralDoubleLiteral = /(?<![\w.'])\d+\.0+(?![\d.])|(?<![\w.'])\d+e\d+(?![\d.])/i;

/**
 * pwsh's text and exo-emulator's, word by word: equal, or pwsh's `N.00` (or its cut `N…`) where
 * exo-emulator has the integer N, or both cut with an ellipsis with one a prefix of the other; lines in the same number.
 */
function sameBarIntegralDoubles(pwsh: string, exo: string): boolean {
  const a = pwsh.split('\n'), b = exo.split('\n');
  if (a.length !== b.length) return false;
  let sawDouble = false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!.trim().split(/\s+/), y = b[i]!.trim().split(/\s+/);
    if (x.length !== y.length) return false;
    for (let k = 0; k < x.length; k++) {
      const p = x[k]!, e = y[k]!;
      if (p === e) continue;
      if (/^-?\d+$/.test(e) && (p === `${e}.00` || (p.endsWith('…') && `${e}.00`.startsWith(p.slice(0, -1))))) {
        sawDouble = true;
        continue;
      }
      if (p.endsWith('…') && e.endsWith('…') && (p.startsWith(e.slice(0, -1)) || e.startsWith(p.slice(0, -1)))) continue;
      if (/^-+$/.test(p) && /^-+$/.test(e)) continue;
      return false;
    }
  }
  return sawDouble;
}

/** The known difference a disagreement is, if any. */
export function knownDifference(d: Disagreement): KnownDifference | undefined {
  return KNOWN_DIFFERENCES.find((k) => k.matches(d.case, d.pwsh, d.exo));
}
