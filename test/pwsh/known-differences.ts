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
  {
    name: 'Get-Member on a .NET type lists the members exo-emulator models',
    reason:
      "pwsh reflects over the real .NET type, so Get-Member on an Int32 also lists its explicit interface implementations (IBinaryInteger[int].GetByteCount, IConvertible.ToBoolean...) and every overload of each method; exo-emulator's values are JavaScript values with a modelled member table, which holds the members scripts use. A case whose output is one Get-Member listing of the same type, with no errors on either side and only members pwsh lists too, is this difference.",
    matches: (c, pwsh, exo) => {
      if (!/\bGet-Member\b|\bgm\b/i.test(c.code) || pwsh.errors.length || exo.errors.length) return false;
      const typeName = (text: string) => /^\n {3}TypeName: (\S+)\n/.exec(text)?.[1];
      const members = (text: string) => text.split('\n').slice(5).map((l) => l.split(' ')[0]).filter((n) => n !== '');
      const pwshMembers = new Set(members(pwsh.text));
      return typeName(pwsh.text) !== undefined && typeName(pwsh.text) === typeName(exo.text) && members(exo.text).every((n) => pwshMembers.has(n));
    },
  },
];

/** The known difference a disagreement is, if any. */
export function knownDifference(d: Disagreement): KnownDifference | undefined {
  return KNOWN_DIFFERENCES.find((k) => k.matches(d.case, d.pwsh, d.exo));
}
