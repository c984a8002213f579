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
    matches: (_c, pwsh, exo) => pwsh.text !== exo.text && /\d\.0+\b/.test(pwsh.text) && wholeNumbersAsIntegers(pwsh.text) === wholeNumbersAsIntegers(exo.text),
  },
  {
    name: 'Windows file system view',
    reason:
      "exo-emulator is pwsh on Windows, whose FileSystem table view is `Mode  LastWriteTime  Length Name` (Mode as d----/-a---); pwsh on Linux, the oracle here, shows `UnixMode  User Group  LastWriteTime  Size Name` instead, and the item's times are the real clock's. A case whose pwsh text has the Unix view and whose exo-emulator text has the Windows one is this difference.",
    matches: (_c, pwsh, exo) => /^UnixMode +User +Group +LastWriteTime +Size +Name$/m.test(pwsh.text) && /^Mode {17}LastWriteTime {9}Length Name$/m.test(exo.text),
  },
  {
    name: 'Windows IO error text',
    reason:
      ".NET words an IOException after the system's error: moving or renaming onto an existing file is `Cannot create a file when that file already exists.` on Windows (ERROR_ALREADY_EXISTS), which exo-emulator shows, and `The file '<path>' already exists.` on Linux. The same records with those two texts swapped are this difference.",
    matches: (_c, pwsh, exo) => {
      const windows = (t: string) => t.replace(/The file '[^']*' already exists\./g, 'Cannot create a file when that file already exists.');
      return pwsh.text !== exo.text && /The file '[^']*' already exists\./.test(pwsh.text) && windows(pwsh.text) === exo.text &&
        pwsh.errors.map((e) => `${e.id}|${windows(e.message)}`).join('\n') === exo.errors.map((e) => `${e.id}|${e.message}`).join('\n');
    },
  },
];

/** The known difference a disagreement is, if any. */
export function knownDifference(d: Disagreement): KnownDifference | undefined {
  return KNOWN_DIFFERENCES.find((k) => k.matches(d.case, d.pwsh, d.exo));
}
