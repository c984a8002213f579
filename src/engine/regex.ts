/**
 * .NET regular expressions on JavaScript's engine. regex-parse.ts reads a pattern as .NET's RegexParser does
 * (its errors, at its offsets) and writes it for JavaScript; this module builds the RegExp, keeps the pattern's
 * .NET groups beside it, and gives the constructs that take a pattern (-match, -replace, -split, switch -Regex,
 * Select-String, ValidatePattern) the error records pwsh raises for a pattern .NET rejects.
 */
import { DotNetException, ErrorRecord, ExceptionObject, PSRuntimeError, methodInvocationError, recordFromCatalogue } from './errors';
import { PSEnumValue, PSObject, PSTimeSpan, stringOf, type PSValue } from './values';
import { RegexParseError, RegexUnsupportedError, translateDotNetRegex, unescapeDotNet, type RegexGroups, type RegexOptions, type RegexTranslation } from './regex-parse';

export { RegexParseError, RegexUnsupportedError, type RegexOptions } from './regex-parse';

/** The RegexOptions names -split and [regex] accept (comma-separated, case-insensitive). */
export function parseRegexOptions(text: string): RegexOptions & { simpleMatch?: boolean } {
  const o: RegexOptions & { simpleMatch?: boolean } = {};
  for (const part of text.split(',').map((x) => x.trim().toLowerCase()).filter(Boolean)) {
    if (part === 'ignorecase') o.ignoreCase = true;
    else if (part === 'multiline') o.multiline = true;
    else if (part === 'singleline') o.singleline = true;
    else if (part === 'ignorepatternwhitespace') o.ignorePatternWhitespace = true;
    else if (part === 'explicitcapture') o.explicitCapture = true;
    else if (part === 'simplematch') o.simpleMatch = true;
  }
  return o;
}

/** Translations by pattern and options (pwsh keeps a cache of parsed Regex objects too). */
const translations = new Map<string, RegexTranslation | RegexParseError | RegexUnsupportedError>();
/** The .NET groups of each RegExp built here. */
const GROUPS = new WeakMap<RegExp, RegexGroups>();

/**
 * A JavaScript RegExp for a .NET pattern. Throws RegexParseError where .NET rejects the pattern (each construct
 * reports it its own way: regexOperatorError, invalidRegexError) and RegexUnsupportedError for valid .NET the
 * JavaScript engine cannot run (unsupportedRegexError).
 */
export function dotNetRegex(pattern: string, options: RegexOptions & { global?: boolean } = {}): RegExp {
  const key = `${+!!options.ignoreCase}${+!!options.multiline}${+!!options.singleline}${+!!options.ignorePatternWhitespace}${+!!options.explicitCapture}${pattern}`;
  let t = translations.get(key);
  if (!t) {
    try {
      t = translateDotNetRegex(pattern, options);
    } catch (e) {
      if (!(e instanceof RegexParseError || e instanceof RegexUnsupportedError)) throw e;
      t = e;
    }
    if (translations.size > 500) translations.clear();
    translations.set(key, t);
  }
  if (t instanceof Error) throw t;
  let re: RegExp;
  try {
    // d: the groups' positions (a Group's Index).
    re = new RegExp(t.source, t.flags + 'd' + (options.global ? 'g' : ''));
  } catch {
    throw new RegexUnsupportedError(pattern, 'syntax the JavaScript engine rejects');
  }
  GROUPS.set(re, t.groups);
  return re;
}

/** The same RegExp, global (Select-String -AllMatches), with its .NET groups. */
export function globalRegex(re: RegExp): RegExp {
  if (re.global) return re;
  const g = new RegExp(re.source, re.flags + 'g');
  const groups = GROUPS.get(re);
  if (groups) GROUPS.set(g, groups);
  return g;
}

/** RegexParseException: an ArgumentException, as `catch [ArgumentException]` sees it. */
export function regexParseException(e: RegexParseError): ExceptionObject {
  return new ExceptionObject('System.Text.RegularExpressions.RegexParseException', e.message);
}

/**
 * -match, -notmatch and -split let .NET's exception through (pwsh 7.6: `'x' -match '*a'` is
 * `OperationStopped: Invalid pattern '*a' at offset 1. Quantifier '*' following nothing.`, id the exception's type).
 */
export function regexOperatorError(e: unknown): unknown {
  if (e instanceof RegexUnsupportedError) return unsupportedRegexError(e);
  if (!(e instanceof RegexParseError)) return e;
  return new PSRuntimeError(new ErrorRecord({ exception: regexParseException(e), errorId: 'System.Text.RegularExpressions.RegexParseException', category: 'OperationStopped', targetObject: null }));
}

/**
 * -replace and switch -Regex report the pattern (pwsh 7.6: `InvalidOperation: The regular expression pattern *a is
 * not valid.`, id InvalidRegularExpression, the RegexParseException inside, the pattern as target).
 */
export function invalidRegexError(e: unknown, pattern: string): unknown {
  if (e instanceof RegexUnsupportedError) return unsupportedRegexError(e);
  if (!(e instanceof RegexParseError)) return e;
  const record = recordFromCatalogue('InvalidRegex', [pattern], { exceptionType: 'System.Management.Automation.RuntimeException', category: 'InvalidOperation', targetObject: pattern });
  const exception = new ExceptionObject('System.Management.Automation.RuntimeException', record.exception.message, regexParseException(e));
  return new PSRuntimeError(new ErrorRecord({ exception, errorId: record.errorId, category: 'InvalidOperation', targetObject: pattern }));
}

/**
 * A valid .NET pattern exo-emulator cannot run (a construct JavaScript's engine lacks, e.g. balancing
 * groups): said so with pwsh's category for an unsupported feature, not mistaken for an invalid one.
 */
export function unsupportedRegexError(e: RegexUnsupportedError): PSRuntimeError {
  return new PSRuntimeError(recordFromCatalogue('RegexNotSupported', [e.pattern, e.construct], { exceptionType: 'System.NotSupportedException', category: 'NotImplemented', targetObject: e.pattern }));
}

/** One group of a match as .NET numbers and names it. */
export interface NetGroup {
  number: number;
  name: string;
  /** undefined when the group did not take part in the match. */
  value: string | undefined;
  index: number;
}

/** A match's groups in .NET's order (0, the unnamed groups, then the named ones). */
export function netGroups(re: RegExp, m: RegExpExecArray): NetGroup[] {
  const groups = GROUPS.get(re);
  const indices = (m as RegExpExecArray & { indices?: ([number, number] | undefined)[] }).indices;
  const at = (i: number) => indices?.[i]?.[0] ?? m.index;
  if (!groups) return [...m].map((v, i) => ({ number: i, name: String(i), value: v, index: at(i) }));
  const byNumber = new Map<number, NetGroup>(groups.numbers.map((n) => [n, { number: n, name: groups.names.get(n) ?? String(n), value: undefined, index: 0 }]));
  const whole = byNumber.get(0)!;
  whole.value = m[0];
  whole.index = m.index;
  for (let i = 1; i < m.length; i++) {
    const n = groups.jsToNet[i];
    if (n === undefined || m[i] === undefined) continue;
    const g = byNumber.get(n)!;
    g.value = m[i];
    g.index = at(i);
  }
  return [...byNumber.values()];
}

/** A -replace replacement as .NET reads it ($1, ${name}, $$, $&, $`, $', $+, $_); a group it does not have stays literal text. */
export function dotNetReplacer(replacement: string, re: RegExp): (m: RegExpExecArray, input: string) => string {
  const groups = GROUPS.get(re);
  const numbers = new Set(groups?.numbers ?? []);
  const byName = new Map<string, number>();
  for (const [n, name] of groups?.names ?? []) byName.set(name, n);
  type Piece = string | ((g: NetGroup[], m: RegExpExecArray, input: string) => string);
  const pieces: Piece[] = [];
  const group = (n: number) => (g: NetGroup[]) => g.find((x) => x.number === n)?.value ?? '';
  const r = replacement;
  let text = '';
  for (let i = 0; i < r.length; i++) {
    if (r[i] !== '$' || i + 1 >= r.length) {
      text += r[i];
      continue;
    }
    let j = i + 1;
    let ch = r[j]!;
    const angled = ch === '{' && j + 1 < r.length;
    if (angled) ch = r[++j]!;
    let piece: Piece | null = null;
    if (ch >= '0' && ch <= '9') {
      let k = j;
      while (k < r.length && r[k]! >= '0' && r[k]! <= '9') k++;
      const n = Number(r.slice(j, k));
      if ((!angled || r[k] === '}') && numbers.has(n)) {
        piece = group(n);
        j = angled ? k + 1 : k;
      }
    } else if (angled) {
      let k = j;
      while (k < r.length && /[\p{L}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]/u.test(r[k]!)) k++;
      const n = byName.get(r.slice(j, k));
      if (k > j && r[k] === '}' && n !== undefined) {
        piece = group(n);
        j = k + 1;
      }
    } else if (ch === '$') {
      piece = '$';
      j++;
    } else if (ch === '&') {
      piece = group(0);
      j++;
    } else if (ch === '`') {
      piece = (_g, m, input) => input.slice(0, m.index);
      j++;
    } else if (ch === "'") {
      piece = (_g, m, input) => input.slice(m.index + m[0].length);
      j++;
    } else if (ch === '+') {
      piece = (g) => (g.length > 1 ? (g[g.length - 1]!.value ?? '') : g[0]!.value ?? '');
      j++;
    } else if (ch === '_') {
      piece = (_g, _m, input) => input;
      j++;
    }
    if (piece === null) {
      text += '$';
      continue;
    }
    if (text) pieces.push(text);
    text = '';
    pieces.push(piece);
    i = j - 1;
  }
  if (text) pieces.push(text);
  return (m, input) => {
    const g = netGroups(re, m);
    return pieces.map((p) => (typeof p === 'string' ? p : p(g, m, input))).join('');
  };
}

/** Regex.Replace: every match (an empty one too) replaced, left to right. */
export function regexReplace(input: string, re: RegExp, replace: (m: RegExpExecArray) => string): string {
  const g = globalRegex(re);
  g.lastIndex = 0;
  let out = '';
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = g.exec(input))) {
    out += input.slice(last, m.index) + replace(m);
    last = m.index + m[0].length;
    if (m[0].length === 0) g.lastIndex++;
    if (g.lastIndex > input.length) break;
  }
  return out + input.slice(last);
}

/** A literal string as a pattern (-split's SimpleMatch). */
export function literalPattern(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A GroupCollection: `$_.Groups['name']` finds a group by name as well as by number. */
const GROUPS_BY_NAME = new WeakMap<PSValue[], Map<string, PSValue>>();
export function groupByName(groups: PSValue[], name: string): PSValue | undefined {
  return GROUPS_BY_NAME.get(groups)?.get(name.toLowerCase());
}

/**
 * The Match object a -replace script block gets as `$_` (System.Text.RegularExpressions.Match):
 * Value, Index, Length, Success, Groups (each with Name, Value, Index, Length, Success); prints as its Value.
 */
export function matchObject(m: RegExpExecArray, re?: RegExp): PSObject {
  const group = (name: string, value: string | undefined, index: number, typeNames: string[], groups: PSValue = null) => {
    const o = new PSObject([...typeNames, 'System.Text.RegularExpressions.Capture', 'System.Object']);
    o.addProperty({ name: 'Groups', value: groups, memberType: 'Property' });
    o.addProperty({ name: 'Success', value: value !== undefined, memberType: 'Property' });
    o.addProperty({ name: 'Name', value: name, memberType: 'Property' });
    o.addProperty({ name: 'Captures', value: null, memberType: 'Property' });
    o.addProperty({ name: 'Index', value: value === undefined ? 0 : index, memberType: 'Property' });
    o.addProperty({ name: 'Length', value: value?.length ?? 0, memberType: 'Property' });
    o.addProperty({ name: 'Value', value: value ?? '', memberType: 'Property' });
    o.toStringOverride = () => value ?? '';
    return o;
  };
  const net = re ? netGroups(re, m) : [...m].map((v, i) => ({ number: i, name: String(i), value: v, index: m.index }));
  const groups: PSValue[] = net.map((g) => group(g.name, g.value, g.index, ['System.Text.RegularExpressions.Group']));
  const byName = new Map<string, PSValue>();
  net.forEach((g, i) => byName.set(g.name.toLowerCase(), groups[i]!));
  GROUPS_BY_NAME.set(groups, byName);
  return group('0', m[0], m.index, ['System.Text.RegularExpressions.Match', 'System.Text.RegularExpressions.Group'], groups);
}

/** Regex.Escape: \, *, +, ?, |, {, [, (, ), ^, $, ., #, space and \t \n \f \r escaped (not ] or }). */
export function escapeRegex(s: string): string {
  return s.replace(/[\\*+?|{[()^$.# \t\n\f\r]/g, (c) => (c === '\n' ? '\\n' : c === '\t' ? '\\t' : c === '\r' ? '\\r' : c === '\f' ? '\\f' : `\\${c}`));
}

/** Regex.Split: the pieces between matches, the captured groups among them, at most `max` pieces (0: all). */
export function regexSplit(input: string, re: RegExp, max = 0): string[] {
  const g = globalRegex(re);
  const out: string[] = [];
  let count = 0;
  let last = 0;
  let m: RegExpExecArray | null;
  g.lastIndex = 0;
  while ((max <= 0 || count < max - 1) && (m = g.exec(input))) {
    out.push(input.slice(last, m.index), ...netGroups(g, m).slice(1).flatMap((x) => (x.value === undefined ? [] : [x.value])));
    last = m.index + m[0].length;
    count++;
    if (m[0].length === 0) g.lastIndex++;
    if (g.lastIndex > input.length) break;
  }
  out.push(input.slice(last));
  return out;
}

// ---------------------------------------------------------------------------------------------
// [regex]: System.Text.RegularExpressions.Regex objects and the static methods

const REGEX_TYPE = ['System.Text.RegularExpressions.Regex', 'System.Object'];
const OPTION_FLAGS: [keyof RegexOptions, string, number][] = [
  ['ignoreCase', 'IgnoreCase', 1],
  ['multiline', 'Multiline', 2],
  ['explicitCapture', 'ExplicitCapture', 4],
  ['singleline', 'Singleline', 16],
  ['ignorePatternWhitespace', 'IgnorePatternWhitespace', 32],
];
/** A Regex object's pattern and options. */
const REGEX_OBJECTS = new WeakMap<PSObject, { pattern: string; options: RegexOptions }>();

/** A RegexOptions argument: its flags' number or names (`'IgnoreCase, Multiline'`). */
export function regexOptionsOf(v: PSValue | undefined): RegexOptions {
  if (v === undefined || v === null) return {};
  if (typeof v === 'number') return Object.fromEntries(OPTION_FLAGS.filter(([, , bit]) => v & bit).map(([key]) => [key, true]));
  return parseRegexOptions(stringOf(v));
}

/** RegexOptions as .NET prints them. */
function optionsText(o: RegexOptions): string {
  const names = OPTION_FLAGS.filter(([key]) => o[key]).map(([, name]) => name);
  return names.length ? names.join(', ') : 'None';
}

/** A Regex method's RegExp: a pattern .NET rejects is the method's MethodInvocationException around RegexParseException. */
function methodRegex(method: string, argCount: number, pattern: string, options: RegexOptions, global = false): RegExp {
  try {
    return dotNetRegex(pattern, { ...options, global });
  } catch (e) {
    if (e instanceof RegexParseError) throw methodInvocationError(method, argCount, new DotNetException('System.Text.RegularExpressions.RegexParseException', e.message));
    if (e instanceof RegexUnsupportedError) throw unsupportedRegexError(e);
    throw e;
  }
}

/** Match.Empty: the failed match's object. */
function failedMatch(): PSObject {
  const o = new PSObject(['System.Text.RegularExpressions.Match', 'System.Text.RegularExpressions.Group', 'System.Text.RegularExpressions.Capture', 'System.Object']);
  const groups: PSValue[] = [];
  for (const [name, value] of [['Groups', groups], ['Success', false], ['Name', '0'], ['Captures', null], ['Index', 0], ['Length', 0], ['Value', '']] as [string, PSValue][]) o.addProperty({ name, value, memberType: 'Property' });
  o.toStringOverride = () => '';
  groups.push(o);
  return o;
}

function allMatches(re: RegExp, input: string): PSObject[] {
  const g = globalRegex(re);
  g.lastIndex = 0;
  const out: PSObject[] = [];
  let m: RegExpExecArray | null;
  while ((m = g.exec(input))) {
    out.push(matchObject(m, g));
    if (m[0].length === 0) g.lastIndex++;
    if (g.lastIndex > input.length) break;
  }
  return out;
}

/** `[regex]'pattern'`, `[regex]::new(pattern[, options])`: a Regex object; its pattern is what it prints. */
export function regexObject(pattern: string, options: RegexOptions = {}, ctorArgs = 1): PSObject {
  const re = methodRegex('.ctor', ctorArgs, pattern, options);
  const o = new PSObject(REGEX_TYPE);
  REGEX_OBJECTS.set(o, { pattern, options });
  const flags = OPTION_FLAGS.reduce((n, [key, , bit]) => (options[key] ? n | bit : n), 0);
  o.addProperty({ name: 'Options', value: new PSEnumValue('System.Text.RegularExpressions.RegexOptions', optionsText(options), flags), memberType: 'Property' });
  o.addProperty({ name: 'RightToLeft', value: false, memberType: 'Property' });
  // Regex.InfiniteMatchTimeout: JavaScript's engine has no timeout (see the known difference 'regex match timeout').
  o.addProperty({ name: 'MatchTimeout', value: new PSTimeSpan(-1), memberType: 'Property' });
  const groups = GROUPS.get(re)!;
  const str = (v: PSValue | undefined) => stringOf(v ?? null);
  o.addMethod('IsMatch', (a) => re.test(str(a[0])));
  o.addMethod('Match', (a) => {
    const r = new RegExp(re.source, re.flags + 'g');
    GROUPS.set(r, groups);
    r.lastIndex = a.length > 1 ? Number(a[1]) : 0;
    const m = r.exec(str(a[0]));
    return m ? matchObject(m, r) : failedMatch();
  });
  o.addMethod('Matches', (a) => allMatches(re, str(a[0])));
  o.addMethod('Replace', (a) => {
    const input = str(a[0]);
    const replacer = dotNetReplacer(str(a[1]), re);
    return regexReplace(input, re, (m) => replacer(m, input));
  });
  o.addMethod('Split', (a) => regexSplit(str(a[0]), re, a.length > 1 ? Number(a[1]) : 0));
  o.addMethod('GetGroupNumbers', () => [...groups.numbers]);
  o.addMethod('GetGroupNames', () => groups.numbers.map((n) => groups.names.get(n) ?? String(n)));
  o.addMethod('ToString', () => pattern);
  o.toStringOverride = () => pattern;
  return o;
}

/** Is this a Regex object ([regex]'...', [regex]::new(...))? */
export function isRegexObject(v: PSValue): boolean {
  return v instanceof PSObject && REGEX_OBJECTS.has(v);
}

/** A Regex object's RegExp (`$s -match $regex` uses the object as it is, its options too). */
export function regexOfObject(v: PSValue, global = false): RegExp | undefined {
  const state = v instanceof PSObject ? REGEX_OBJECTS.get(v) : undefined;
  return state && dotNetRegex(state.pattern, { ...state.options, global });
}

/** The Regex static methods (case-sensitive unless RegexOptions say otherwise); undefined for one it does not have. */
export function regexStaticMethod(method: string, args: PSValue[]): PSValue | undefined {
  const str = (i: number) => stringOf(args[i] ?? null);
  const fail = (text: string) => methodInvocationError(method, args.length, new DotNetException('System.Text.RegularExpressions.RegexParseException', text));
  switch (method.toLowerCase()) {
    case 'escape': return escapeRegex(str(0));
    case 'unescape':
      try {
        return unescapeDotNet(str(0));
      } catch (e) {
        if (e instanceof RegexParseError) throw fail(e.message);
        throw e;
      }
    case 'ismatch': return methodRegex('IsMatch', args.length, str(1), regexOptionsOf(args[2])).test(str(0));
    case 'match': {
      const re = methodRegex('Match', args.length, str(1), regexOptionsOf(args[2]));
      const m = re.exec(str(0));
      return m ? matchObject(m, re) : failedMatch();
    }
    case 'matches': return allMatches(methodRegex('Matches', args.length, str(1), regexOptionsOf(args[2])), str(0));
    case 'replace': {
      const re = methodRegex('Replace', args.length, str(1), regexOptionsOf(args[3]));
      const input = str(0);
      const replacer = dotNetReplacer(str(2), re);
      return regexReplace(input, re, (m) => replacer(m, input));
    }
    case 'split': return regexSplit(str(0), methodRegex('Split', args.length, str(1), regexOptionsOf(args[2])));
  }
  return undefined;
}
