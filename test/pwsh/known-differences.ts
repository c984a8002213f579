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
/** Table text with whole numbers written as integers and runs of spaces folded (column widths follow the cells). */
const wholeNumbersAsIntegers = (text: string) => text.replace(/\b(\d+)\.0+\b/g, '$1').replace(/[ -]+/g, ' ');

export const KNOWN_DIFFERENCES: KnownDifference[] = [
  {
    name: 'hashtable key order',
    reason:
      ".NET randomizes string hash codes per process, so the order in which a pwsh Hashtable (@{...}) enumerates its keys changes from one pwsh process to the next; exo-emulator keeps the keys in insertion order. The same lines in another order are this difference.",
    matches: (c, pwsh, exo) => /@\{|\[hashtable\]/i.test(c.code) && pwsh.text !== exo.text && sortedLines(pwsh.text) === sortedLines(exo.text),
  },
  {
    name: 'whole-number doubles',
    reason:
      "exo-emulator's numbers are JavaScript numbers, which do not tell the Double 32 from the Int32 32. pwsh shows a Double in a table cell with two decimals (32.00) and an Int32 without; exo-emulator shows every whole number as an integer. A case that reads the same once whole numbers lose their zero decimals (and columns their padding) is this difference.",
    matches: (c, pwsh, exo) =>
      pwsh.text !== exo.text &&
      ((/\d\.0+\b/.test(pwsh.text) && wholeNumbersAsIntegers(pwsh.text) === wholeNumbersAsIntegers(exo.text)) ||
        // A Double literal (100.0, 1e3) in a table: also the truncated (…) neighbours cut at other places.
        (integralDoubleLiteral.test(c.code) && sameBarIntegralDoubles(pwsh.text, exo.text) && pwsh.errors.length === exo.errors.length)),
  },
  {
    name: 'checks pwsh makes after parsing that exo-emulator does not',
    reason:
      "Besides its grammar, pwsh's parser checks a few meanings while parsing or right after: [ordered] only on a hash literal (OrderedAttributeOnlyOnHashLiteralNode), workflow removed in PowerShell 6+ (WorkflowNotSupportedInPowerShellCore), the commands a data section allows (CmdletNotInAllowedListForDataSection) and a stream redirected twice (StreamAlreadyRedirected). exo-emulator's parser does not make these checks (only ++/-- operands so far); every other error is the same, at the same place.",
    matches: (_c, pwsh, exo) => {
      const checks = new Set(['OrderedAttributeOnlyOnHashLiteralNode', 'WorkflowNotSupportedInPowerShellCore', 'CmdletNotInAllowedListForDataSection', 'StreamAlreadyRedirected']);
      const key = (e: { id: string; message: string; line?: number; column?: number }) => `${e.id}|${e.message}|${e.line}:${e.column}`;
      const rest = pwsh.errors.filter((e) => !checks.has(e.id));
      return rest.length < pwsh.errors.length && rest.map(key).join('\n') === exo.errors.map(key).join('\n');
    },
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
