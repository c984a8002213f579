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
];

/** The known difference a disagreement is, if any. */
export function knownDifference(d: Disagreement): KnownDifference | undefined {
  return KNOWN_DIFFERENCES.find((k) => k.matches(d.case, d.pwsh, d.exo));
}
