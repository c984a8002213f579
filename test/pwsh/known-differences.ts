/**
 * Differences from pwsh kept on purpose, each named and reasoned (docs/pwsh-differences.md lists
 * them for readers). A disagreement that matches one is counted apart; any other fails its suite.
 */
import type { Disagreement, OracleCase, OracleResult } from './oracle';
import { formatG } from '../../src/engine/values';

export interface KnownDifference {
  name: string;
  reason: string;
  matches(c: OracleCase, pwsh: OracleResult, exo: OracleResult): boolean;
}

const sortedLines = (text: string) => text.split('\n').map(sortedJsonKeys).sort().join('\n');
/** A line that is a JSON object with its keys sorted (ConvertTo-Json of a hashtable), other lines as they are. */
function sortedJsonKeys(line: string): string {
  if (!/^\s*\{.*\}\s*$/.test(line)) return line;
  try {
    const sort = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(sort) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, sort(x)])) : v;
    return JSON.stringify(sort(JSON.parse(line)));
  } catch {
    return line;
  }
}
/** Table text with whole numbers written as integers and runs of spaces folded (column widths follow the cells). */
const wholeNumbersAsIntegers = (text: string) => text.replace(/\b(\d+)\.0+\b/g, '$1').replace(/[ -]+/g, ' ');

const sameErrors = (p: OracleResult, e: OracleResult) =>
  JSON.stringify(p.errors.map((x) => [x.id, x.category, x.message])) === JSON.stringify(e.errors.map((x) => [x.id, x.category, x.message]));

/** The text outside the error views: ConciseView paragraphs start at a line reading `Line |` or an error's own message. */
function withoutErrorViews(text: string): string {
  // A ConciseView record: optional "ParserError:"/"Exception:"-style heading, then `Line |` blocks
  // ending with the `| message` lines; or a one-line `Name: message`.
  return text
    .replace(/^(?:[A-Za-z-]+: )?(?:ParserError: )?\n?Line \|\n(?: *\d* \| .*\n| *\| .*\n)+/gm, '<error>\n')
    .replace(/^[A-Z][\w-]*: .*\n/gm, '<error>\n');
}

/** exo's text with every fractional or exponent number rewritten as pwsh's display shows a Double (15 digits). */
function doublesAsDisplayed(text: string): string {
  return text.replace(/-?\d+(?:\.\d+(?:E[+-]\d+)?|E[+-]\d+)/g, (m) => formatG(Number(m), 15));
}

/** Table/list text up to the formatter's own choices: cell padding, trailing blanks, a number's trailing zeros. */
function layoutFree(text: string): string {
  return doublesAsDisplayed(text)
    .split('\n')
    .map((l) => l.replace(/(\d\.\d*?)0+(?=\s|$)/g, '$1').replace(/\.(?=\s|$)/g, '').replace(/\s+/g, ' ').trim())
    .filter((l) => l !== '')
    .join('\n');
}

/** Every number in the text as the Double it denotes, 15 digits: equal when only precision or scale differs. */
function numbersAsDoubles(text: string): string {
  return text.replace(/-?\d+(?:\.\d+)?(?:E[+-]\d+)?/g, (m) => formatG(Number(m), 15));
}

const NUMERIC_TYPES = /^(System\.)?(Int32|Int64|Double|Decimal|Single|Byte|SByte|Int16|UInt16|UInt32|UInt64)$/;
const NUMERIC_TYPE_WORDS = /\b(System\.)?(Int32|Int64|Double|Decimal|Single|Byte|SByte|Int16|UInt16|UInt32|UInt64)\b/g;

/** Each differing line pair is the same once `fold` is applied to both (lines in the same number). */
function linesSameBut(p: string, e: string, fold: (line: string) => string): boolean {
  const pairs = differingLines(p, e);
  return !!pairs && pairs.length > 0 && pairs.every(([x, y]) => fold(x) === fold(y));
}
/** A line with its numbers and its runs of blanks taken out (what is left when only values and padding differ). */
const withoutNumbers = (line: string) => line.replace(/-?\d+(?:\.\d+)?(?:E[+-]\d+)?/gi, '#').replace(/\s+/g, ' ');
/** pwsh's errors are exo-emulator's plus .NET's FormatException for an integral format (X, D) given a Double. */
const plusIntegralFormatErrors = (p: OracleResult, e: OracleResult) => {
  const rest = p.errors.filter((x) => !(x.id === 'FormatError' && /Format specifier was invalid/.test(x.message)));
  return rest.length < p.errors.length && JSON.stringify(rest.map((x) => [x.id, x.message])) === JSON.stringify(e.errors.map((x) => [x.id, x.message]));
};

/** The line pairs that differ (null when the line counts differ). */
function differingLines(p: string, e: string): [string, string][] | null {
  const a = p.split('\n');
  const b = e.split('\n');
  if (a.length !== b.length) return null;
  return a.map((l, i) => [l, b[i]!] as [string, string]).filter(([x, y]) => x !== y);
}

/** Numeric literals whose text is not the number's plain form: 0x10, 1kb, 100L, 1.50. */
const TOKEN_TEXT_NUMBER = /(?<![\w.$'"-])(0x[0-9a-f]+|\d+(?:kb|mb|gb|tb|pb)|\d+l|\d+\.\d*0)(?![\w.])/gi;

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
        (integralDoubleLiteral.test(c.code) && sameBarIntegralDoubles(pwsh.text, exo.text) && pwsh.errors.length === exo.errors.length) ||
        (integralDoubleLiteral.test(c.code) &&
          // its arithmetic stays Double (10.0 - [long]::MaxValue is -9.22337203685478E+18, -3.0 % 1 is -0)...
          ((sameErrors(pwsh, exo) && linesSameBut(pwsh.text, exo.text, withoutNumbers)) ||
            // ...its type decides `-is [double]` and what follows from it...
            (sameErrors(pwsh, exo) && new RegExp(integralDoubleLiteral.source + '\\s*-is(not)?\\s*\\[', 'i').test(c.code)) ||
            // ...and an integral format (X, D) refuses it.
            (/-f\b/i.test(c.code) && plusIntegralFormatErrors(pwsh, exo)))) ||
        // [math]::Round gives a Double: -0 after a remainder of a negative one.
        (/\[math\]::Round\(/i.test(c.code) && sameErrors(pwsh, exo) && linesSameBut(pwsh.text, exo.text, (l) => l.replace(/^-0$/, '0')))),
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
    name: 'numeric types by value',
    reason: "exo-emulator keeps numbers as JavaScript numbers and names their type by value: 1L, [byte]1, 2.0 and 1d report Int32 (or Int64/Double by magnitude) where .NET keeps the literal's or cast's type",
    matches: (c, p, e) =>
      /GetType\(\)|-is(not)? \[/i.test(c.code) &&
      sameErrors(p, e) &&
      (differingLines(p.text, e.text) ?? [['', 'x']]).every(
        ([x, y]) =>
          (NUMERIC_TYPES.test(x) && NUMERIC_TYPES.test(y)) ||
          (new RegExp(NUMERIC_TYPE_WORDS.source).test(x) && x.replace(NUMERIC_TYPE_WORDS, '#') === y.replace(NUMERIC_TYPE_WORDS, '#')) ||
          (/\b(True|False)\b/.test(x) && x.replace(/\b(True|False)\b/g, '#') === y.replace(/\b(True|False)\b/g, '#') && /-is(not)? \[(int|long|double|decimal|byte|float)\]/i.test(c.code)),
      ),
  },
  {
    name: 'System.Version not emulated',
    reason: 'exo-emulator converts [version] to its string: Major/Minor/Build and version comparison (1.2 < 1.10) are not those of System.Version',
    matches: (c) => /\[version\]/i.test(c.code),
  },
  {
    name: 'command-argument number token text',
    reason: "pwsh wraps a numeric command argument with its token text (Write-Host 0x7FFFFFFF prints 0x7FFFFFFF, Write-Output 1kb shows 1kb); exo-emulator passes the plain number",
    matches: (c, p, e) => {
      const literals = [...c.code.matchAll(TOKEN_TEXT_NUMBER)].map((m) => m[0]);
      if (!literals.length || !sameErrors(p, e)) return false;
      const pairs = differingLines(p.text, e.text);
      return !!pairs && pairs.length > 0 && pairs.every(([x, y]) => literals.some((t) => x.includes(t) && x.replaceAll(t, '#') === y.replace(/-?\d+(\.\d+)?/g, '#')));
    },
  },
  {
    name: 'Decimal not emulated',
    reason: 'exo-emulator computes [decimal] (1.5d) as a Double: the value agrees, but .NET Decimal keeps its scale (2.50d - .5 is 2.00) and never uses exponent form ([decimal]1e-5 is 0.00001)',
    matches: (c, p, e) =>
      /\d(?:\.\d+)?d\b|\[decimal\]/i.test(c.code) &&
      sameErrors(p, e) &&
      (numbersAsDoubles(p.text.replace(/\bDecimal\b/g, 'Double')) === numbersAsDoubles(e.text) ||
        // its scale (2.50d prints 2.50, and a string built from it is one longer) and its exact remainder (1.5d % 0.1d is 0.0)
        linesSameBut(p.text, e.text, withoutNumbers)),
  },
  {
    name: 'Get-Member on a .NET type lists the members exo-emulator models',
    reason:
      "pwsh reflects over the real .NET type, so Get-Member on an Int32 also lists its explicit interface implementations (IBinaryInteger[int].GetByteCount, IConvertible.ToBoolean...) and every overload of each method; exo-emulator's values are JavaScript values with a modelled member table, which holds the members scripts use. A case whose output is one Get-Member listing of the same type, with no errors on either side and only members pwsh lists too, is this difference.",
    matches: (c, pwsh, exo) => {
      if (!/\bGet-Member\b|\bgm\b/i.test(c.code) || !sameErrors(pwsh, exo)) return false;
      // The text before the listing (an error both print alike) must agree; then one TypeName block.
      const at = (text: string) => text.indexOf('\n   TypeName: ');
      if (at(pwsh.text) < 0 || pwsh.text.slice(0, at(pwsh.text)) !== exo.text.slice(0, Math.max(0, at(exo.text)))) return false;
      const typeName = (text: string) => /\n {3}TypeName: (\S+)\n/.exec(text)?.[1];
      const members = (text: string) => text.slice(at(text)).split('\n').slice(5).map((l) => l.split(' ')[0]).filter((n) => n !== '');
      const pwshMembers = new Set(members(pwsh.text));
      return typeName(pwsh.text) !== undefined && typeName(pwsh.text) === typeName(exo.text) && members(exo.text).every((n) => pwshMembers.has(n));
    },
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
  {
    name: '.NET types not emulated: XmlDocument, Tuple, generic collections',
    reason:
      "exo-emulator models the .NET types Microsoft's Exchange and core cmdlet docs use; [xml] (System.Xml.XmlDocument and its element indexing), [Tuple] and the generic collections ([System.Collections.Generic.Dictionary[string,int]] and the like) are not among them. Such a type is reported as pwsh reports an unknown type (TypeNotFound, 'Unable to find type [xml].'), so a case whose emulator errors start there is this difference.",
    matches: (_c, _pwsh, exo) => exo.errors.some((e) => e.id === 'TypeNotFound' && /\[(xml|Tuple|(System\.)?Collections\.Generic\.[A-Za-z]+\[.*\])\]/i.test(e.message)),
  },
  {
    name: 'PowerShell classes not supported',
    reason:
      "exo-emulator parses class and enum definitions (about_Classes, about_Enum) as pwsh does but does not run them: defining one reports TypeDefinitionNotSupported, naming the class, and the rest of the script goes on without the type.",
    matches: (_c, _pwsh, exo) => exo.errors.some((e) => e.id === 'TypeDefinitionNotSupported'),
  },
  {
    name: 'regex match timeout',
    reason:
      "exo-emulator runs regular expressions on JavaScript's engine, which has no match timeout: a [regex] built with a MatchTimeout never raises RegexMatchTimeoutException (pwsh: 'The Regex engine has timed out...'); the case runs until the oracle's own time limit stops it.",
    matches: (c, pwsh) => /\[regex\]::new\([^)]*,[^)]*,|MatchTimeout|FromSeconds/i.test(c.code) && /Regex engine has timed out/.test(pwsh.text),
  },
  {
    name: 'ForEach-Object -Parallel runs in order',
    reason:
      "pwsh runs each -Parallel script block on a runspace of its own thread, so their output (and errors) come in whatever order the threads finish; exo-emulator runs them one after another on its virtual clock, in input order. The same lines in another order, from a case that uses -Parallel, are this difference.",
    matches: (c, pwsh, exo) => /-Parallel\b/i.test(c.code) && pwsh.text !== exo.text && sortedLines(pwsh.text) === sortedLines(exo.text),
  },
  {
    name: 'Char values are strings',
    reason:
      "exo-emulator holds a [char] as a one-character string, so `[char]97 -is [char]` is False and `[char]97 -is [string]` True, the reverse of .NET; a case that tests a char's type, and whatever follows from the test, is this difference.",
    matches: (c, p, e) => /\[char\][^;\n]*-is(not)?\s*\[(char|string)\]/i.test(c.code) && sameErrors(p, e) && p.text !== e.text,
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
