/**
 * LanguagePrimitives: PowerShell's conversions and comparisons (about_Type_Conversion,
 * about_Comparison_Operators, about_Booleans). Exported for every layer (Sort-Object, Where-Object,
 * Group-Object use compare/equals; the binder uses convertTo).
 */
import {
  ByteQuantifiedSize,
  PSCredential,
  PSDateTime,
  PSEnumValue,
  PSHashtable,
  PSObject,
  PSTimeSpan,
  SecureString,
  stringOf,
  typeNamesOf,
  type PSValue,
} from './values';
import { ScriptBlock } from './scriptblock';
import { PSRuntimeError, recordFromCatalogue, ExceptionObject, ErrorRecord } from './errors';
import { formatMessage, type MessageKey } from './messages';

/** about_Booleans: what `if ($x)` sees. */
export function toBool(v: PSValue | undefined): boolean {
  if (v === null || v === undefined) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0 && !Number.isNaN(v);
  if (typeof v === 'bigint') return v !== 0n;
  if (typeof v === 'string') return v.length > 0;
  if (Array.isArray(v)) return v.length === 0 ? false : v.length === 1 ? toBool(v[0]) : true;
  return true;
}

/** A conversion failure: a PSInvalidCastException with the catalogue wording. */
export function castError(key: MessageKey, args: (string | number)[], target: PSValue = null): PSRuntimeError {
  return new PSRuntimeError(
    recordFromCatalogue(key, args, { exceptionType: 'System.Management.Automation.PSInvalidCastException', category: 'InvalidArgument', targetObject: target }),
  );
}

const MULTIPLIERS: Record<string, number> = { kb: 2 ** 10, mb: 2 ** 20, gb: 2 ** 30, tb: 2 ** 40, pb: 2 ** 50 };

/** Parses a number the way pwsh parses numeric strings (hex, exponents, kb..pb multipliers); null if not numeric. */
export function parseNumber(text: string): number | null {
  const s = text.trim();
  if (s === '') return 0;
  const m = /^([+-]?)(0x[0-9a-f]+|(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)(kb|mb|gb|tb|pb)?$/i.exec(s);
  if (!m) return null;
  let n = m[2].toLowerCase().startsWith('0x') ? parseInt(m[2].slice(2), 16) : Number(m[2]);
  if (Number.isNaN(n)) return null;
  if (m[3]) n *= MULTIPLIERS[m[3].toLowerCase()];
  return m[1] === '-' ? -n : n;
}

/** Numeric value of an operand for arithmetic; throws PSInvalidCastException for non-numeric strings. */
export function toNumber(v: PSValue | undefined, targetType = 'System.Int32'): number {
  if (v === null || v === undefined) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'string') {
    const n = parseNumber(v);
    if (n === null) throw castError('InvalidCastFromString', [v, targetType], v);
    return n;
  }
  if (v instanceof PSEnumValue && v.numeric !== undefined) return v.numeric;
  if (v instanceof ByteQuantifiedSize) return v.bytes;
  if (v instanceof PSDateTime) return v.ms;
  if (v instanceof PSTimeSpan) return v.ms;
  if (Array.isArray(v) && v.length === 1) return toNumber(v[0], targetType);
  throw castError('InvalidCast', [stringOf(v), typeNamesOf(v)[0] ?? 'System.Object', targetType], v);
}

/** Like toNumber but returns null instead of throwing (loose comparisons). */
export function tryNumber(v: PSValue): number | null {
  try {
    return toNumber(v);
  } catch {
    return null;
  }
}

/** The string form of a value (string expansion, [string] casts); arrays are joined by $OFS (a space). */
export function toStr(v: PSValue | undefined, ofs = ' '): string {
  if (Array.isArray(v)) return v.map((x) => toStr(x, ofs)).join(ofs);
  return stringOf(v);
}

/** .NET banker's rounding, as [int] casts round: [int]2.5 -> 2, [int]3.5 -> 4. */
export function roundHalfEven(n: number): number {
  const r = Math.round(n);
  if (Math.abs(n % 1) === 0.5 && r % 2 !== 0) return r - 1;
  return r;
}

const ciCollator = new Intl.Collator('en-US', { sensitivity: 'accent' });
const csCollator = new Intl.Collator('en-US', { sensitivity: 'variant', caseFirst: 'lower' });

/** String comparison as pwsh's current culture does it (case-insensitive unless `caseSensitive`). */
export function compareStrings(a: string, b: string, caseSensitive = false): number {
  return (caseSensitive ? csCollator : ciCollator).compare(a, b);
}

/**
 * Loose equality (`-eq`): the left operand's type decides how the right one is converted.
 * `"10" -eq 10` is True, `10 -eq "10"` is True, `"abc" -eq "ABC"` is True.
 */
export function looseEquals(a: PSValue, b: PSValue, caseSensitive = false): boolean {
  if (a === null || a === undefined) return b === null || b === undefined;
  if (typeof a === 'string') {
    if (b === null) return false;
    const bs = toStr(b);
    return caseSensitive ? a === bs : a.length === bs.length && compareStrings(a, bs) === 0 && a.toLowerCase() === bs.toLowerCase();
  }
  if (typeof a === 'number' || typeof a === 'bigint') {
    if (b === null) return false;
    if (typeof b === 'boolean') return Number(a) === (b ? 1 : 0);
    const n = tryNumber(b);
    return n !== null && n === Number(a);
  }
  if (typeof a === 'boolean') {
    if (b === null) return false;
    if (typeof b === 'string') return a === (b.length > 0) && (b === '' || /^(true|false)$/i.test(b) ? a === /^true$/i.test(b) : a);
    return a === toBool(b);
  }
  if (a instanceof PSEnumValue && a.numeric !== undefined && a.psTypeNames[0]?.startsWith('Deserialized.')) {
    // A deserialized enum compares as the Int32 it is: -eq 6 holds, -eq 'Synced' does not (pwsh after Import-Clixml).
    const n = b instanceof PSEnumValue ? (b.numeric ?? null) : b === null ? null : tryNumber(b);
    return n === a.numeric;
  }
  if (a instanceof PSEnumValue) {
    if (b instanceof PSEnumValue) return a.name.toLowerCase() === b.name.toLowerCase();
    if (typeof b === 'number') return a.numeric === b;
    return b !== null && a.name.toLowerCase() === toStr(b).toLowerCase();
  }
  if (a instanceof PSDateTime) {
    if (b instanceof PSDateTime) return a.ms === b.ms;
    if (typeof b === 'string') {
      const d = parseDate(b);
      return d !== null && d.ms === a.ms;
    }
    return false;
  }
  if (a instanceof PSTimeSpan) return b instanceof PSTimeSpan && a.ms === b.ms;
  if (a instanceof ByteQuantifiedSize) return b !== null && tryNumber(b as PSValue) === a.bytes;
  return a === b;
}

/** Ordering (`-lt`, `-gt`, Sort-Object): left type decides; throws when not comparable. */
export function compareValues(a: PSValue, b: PSValue, caseSensitive = false): number {
  if (a === null || a === undefined) return b === null || b === undefined ? 0 : -1;
  if (typeof a === 'string') return b === null ? 1 : compareStrings(a, toStr(b), caseSensitive);
  if (typeof a === 'number' || typeof a === 'boolean' || typeof a === 'bigint') {
    if (b === null) return 1;
    const x = Number(a);
    const y = toNumber(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (a instanceof PSDateTime) {
    const y = b instanceof PSDateTime ? b.ms : b === null ? -Infinity : (convertTo(b, 'datetime') as PSDateTime).ms;
    return a.ms < y ? -1 : a.ms > y ? 1 : 0;
  }
  if (a instanceof PSTimeSpan) {
    const y = b instanceof PSTimeSpan ? b.ms : b === null ? -Infinity : (convertTo(b, 'timespan') as PSTimeSpan).ms;
    return a.ms < y ? -1 : a.ms > y ? 1 : 0;
  }
  if (a instanceof ByteQuantifiedSize) {
    const y = b === null ? -Infinity : toNumber(b);
    return a.bytes < y ? -1 : a.bytes > y ? 1 : 0;
  }
  if (a instanceof PSEnumValue) {
    if (a.numeric !== undefined && b instanceof PSEnumValue && b.numeric !== undefined) return a.numeric - b.numeric;
    return compareStrings(a.name, toStr(b), caseSensitive);
  }
  return compareStrings(toStr(a), toStr(b), caseSensitive);
}

// ---------------------------------------------------------------------------------------------
// Dates and time spans

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** DateTime.Parse for the forms scripts use: ISO 8601, `M/d/yyyy [h:mm[:ss] [AM|PM]]`, `d MMMM yyyy`. */
export function parseDate(text: string): PSDateTime | null {
  const s = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(s);
  if (m) {
    let ms = Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), m[7] ? Math.round(Number('0.' + m[7]) * 1000) : 0);
    if (m[8] && m[8].toUpperCase() !== 'Z') {
      const sign = m[8][0] === '-' ? -1 : 1;
      const digits = m[8].slice(1).replace(':', '');
      ms -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60000;
    }
    return new PSDateTime(ms, m[8] ? 'Local' : 'Unspecified');
  }
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM)?)?$/i.exec(s);
  if (m) {
    let h = +(m[4] ?? 0);
    if (m[7]) h = (h % 12) + (m[7].toUpperCase() === 'PM' ? 12 : 0);
    return new PSDateTime(Date.UTC(+m[3], +m[1] - 1, +m[2], h, +(m[5] ?? 0), +(m[6] ?? 0)), 'Unspecified');
  }
  m = /^(\d{1,2})\s+([a-z]+)\s+(\d{4})$/i.exec(s) ?? null;
  if (m) {
    const mi = MONTHS.findIndex((x) => x.startsWith(m![2].toLowerCase()) && m![2].length >= 3);
    if (mi >= 0) return new PSDateTime(Date.UTC(+m[3], mi, +m[1]), 'Unspecified');
  }
  m = /^([a-z]+)\s+(\d{1,2}),?\s+(\d{4})$/i.exec(s);
  if (m) {
    const mi = MONTHS.findIndex((x) => x.startsWith(m![1].toLowerCase()) && m![1].length >= 3);
    if (mi >= 0) return new PSDateTime(Date.UTC(+m[3], mi, +m[2]), 'Unspecified');
  }
  return null;
}

/** TimeSpan.Parse: `[-][d.]hh:mm[:ss[.fffffff]]` or a plain number of days. */
export function parseTimeSpan(text: string): PSTimeSpan | null {
  const s = text.trim();
  const m = /^(-)?(?:(\d+)\.)?(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.(\d{1,7}))?)?$/.exec(s);
  if (m) {
    const ms = ((+(m[2] ?? 0) * 24 + +m[3]) * 60 + +m[4]) * 60000 + +(m[5] ?? 0) * 1000 + (m[6] ? Math.round(Number('0.' + m[6]) * 1000) : 0);
    return new PSTimeSpan(m[1] ? -ms : ms);
  }
  if (/^-?\d+$/.test(s)) return new PSTimeSpan(Number(s) * 86400000);
  return null;
}

// ---------------------------------------------------------------------------------------------
// Types: the names scripts may write in [brackets] and what a cast to each does.

export interface TypeInfo {
  /** .NET full name. */
  fullName: string;
  /** Converts a value to this type (cast semantics); throws PSInvalidCastException. */
  convert?: (v: PSValue) => PSValue;
  /** Does a value belong to this type (`-is`)? Defaults to the value's type names containing fullName. */
  test?: (v: PSValue) => boolean;
  baseType?: string;
}

function isIntegral(n: number): boolean {
  return Number.isInteger(n);
}

const OVERFLOW_NAMES: Record<string, string> = {
  'System.Int32': 'an Int32',
  'System.Int64': 'an Int64',
  'System.Int16': 'an Int16',
  'System.UInt32': 'a UInt32',
  'System.UInt16': 'a UInt16',
  'System.UInt64': 'a UInt64',
  'System.Byte': 'an unsigned byte',
  'System.SByte': 'a signed byte',
};

function toInteger(v: PSValue, fullName: string, min: number, max: number): number {
  if (typeof v === 'string' && v.trim() === '') return 0;
  const n = roundHalfEven(toNumber(v, fullName));
  if (Number.isNaN(n)) throw castError('InvalidCast', [stringOf(v), typeNamesOf(v)[0] ?? 'System.Object', fullName], v);
  // .NET's OverflowException, named as Convert words it (`[uint32](-1)`, `[int]3e10`).
  if (n < min || n > max) throw castError('IntegerOverflow', [stringOf(v), fullName, OVERFLOW_NAMES[fullName] ?? `a ${fullName.replace(/^System\./, '')}`], v);
  return n;
}

export function toDateTime(v: PSValue): PSDateTime {
  if (v instanceof PSDateTime) return v;
  if (typeof v === 'string') {
    const d = parseDate(v);
    if (!d) throw castError('DateParse', [v], v);
    return d;
  }
  if (v === null) throw castError('InvalidCastNull', ['System.DateTime']);
  if (typeof v === 'number') return new PSDateTime(v / 10000 - 62135596800000);
  throw castError('InvalidCast', [stringOf(v), typeNamesOf(v)[0] ?? 'System.Object', 'System.DateTime'], v);
}

export function toTimeSpan(v: PSValue): PSTimeSpan {
  if (v instanceof PSTimeSpan) return v;
  if (typeof v === 'string') {
    const t = parseTimeSpan(v);
    if (!t) throw castError('TimeSpanParse', [v], v);
    return t;
  }
  if (typeof v === 'number') return new PSTimeSpan(v / 10000);
  if (v === null) return new PSTimeSpan(0);
  throw castError('InvalidCast', [stringOf(v), typeNamesOf(v)[0] ?? 'System.Object', 'System.TimeSpan'], v);
}

function toBoolCast(v: PSValue): boolean {
  return toBool(v);
}

/** `[pscustomobject]@{...}`: properties in the hashtable's order. */
export function toCustomObject(v: PSValue): PSValue {
  if (v instanceof PSHashtable) {
    const o = new PSObject();
    for (const [k, val] of v.entries()) {
      // A PSTypeName key names the object's type instead of adding a property (about_PSCustomObject).
      if (toStr(k).toLowerCase() === 'pstypename' && val !== null) o.psTypeNames.unshift(toStr(val));
      else o.addNoteProperty(toStr(k), val);
    }
    return o;
  }
  return v;
}

const ARRAY_LIST_TAG = new WeakSet<object>();
/** A mutable .NET list (ArrayList, List[T]): a JS array remembered as such for `.Add()` and GetType(). */
export function makeArrayList(items: PSValue[] = [], typeName = 'System.Collections.ArrayList'): PSValue[] {
  ARRAY_LIST_TAG.add(items);
  LIST_TYPE.set(items, typeName);
  return items;
}
const LIST_TYPE = new WeakMap<object, string>();
export function isArrayList(v: unknown): v is PSValue[] {
  return Array.isArray(v) && ARRAY_LIST_TAG.has(v);
}
export function listTypeName(v: PSValue[]): string {
  return LIST_TYPE.get(v) ?? 'System.Object[]';
}

const scalar = (fullName: string, convert: (v: PSValue) => PSValue, test?: (v: PSValue) => boolean, baseType = 'System.ValueType'): TypeInfo => ({ fullName, convert, test, baseType });

const TYPES: Record<string, TypeInfo> = {
  string: scalar('System.String', (v) => (v === null ? null : toStr(v)), (v) => typeof v === 'string', 'System.Object'),
  int: scalar('System.Int32', (v) => toInteger(v, 'System.Int32', -2147483648, 2147483647), (v) => typeof v === 'number' && isIntegral(v) && Math.abs(v) <= 2147483648),
  long: scalar('System.Int64', (v) => toInteger(v, 'System.Int64', -Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER), (v) => typeof v === 'number' && isIntegral(v) && Math.abs(v) > 2147483648),
  uint: scalar('System.UInt32', (v) => toInteger(v, 'System.UInt32', 0, 4294967295), () => false),
  ulong: scalar('System.UInt64', (v) => toInteger(v, 'System.UInt64', 0, Number.MAX_SAFE_INTEGER), () => false),
  short: scalar('System.Int16', (v) => toInteger(v, 'System.Int16', -32768, 32767), () => false),
  byte: scalar('System.Byte', (v) => toInteger(v, 'System.Byte', 0, 255), () => false),
  double: scalar('System.Double', (v) => (typeof v === 'string' && v.trim() === '' ? 0 : toNumber(v, 'System.Double')), (v) => typeof v === 'number' && !isIntegral(v)),
  float: scalar('System.Single', (v) => toNumber(v, 'System.Single'), () => false),
  decimal: scalar('System.Decimal', (v) => toNumber(v, 'System.Decimal'), () => false),
  bool: scalar('System.Boolean', toBoolCast, (v) => typeof v === 'boolean'),
  switch: scalar('System.Management.Automation.SwitchParameter', toBoolCast, (v) => typeof v === 'boolean'),
  char: scalar(
    'System.Char',
    (v) => {
      if (typeof v === 'number') return String.fromCharCode(v);
      const s = toStr(v);
      if (s.length !== 1) throw castError('InvalidCast', [s, 'System.String', 'System.Char'], v);
      return s;
    },
    () => false,
  ),
  datetime: scalar('System.DateTime', toDateTime, (v) => v instanceof PSDateTime),
  timespan: scalar('System.TimeSpan', toTimeSpan, (v) => v instanceof PSTimeSpan),
  object: { fullName: 'System.Object', convert: (v) => v, test: (v) => v !== null },
  psobject: { fullName: 'System.Management.Automation.PSObject', convert: (v) => v, test: (v) => v !== null, baseType: 'System.Object' },
  pscustomobject: { fullName: 'System.Management.Automation.PSCustomObject', convert: toCustomObject, test: (v) => v instanceof PSObject, baseType: 'System.Object' },
  hashtable: {
    fullName: 'System.Collections.Hashtable',
    convert: (v) => {
      if (v instanceof PSHashtable) return v;
      if (v === null) throw castError('InvalidCastNull', ['System.Collections.Hashtable']);
      throw castError('InvalidCast', [stringOf(v), typeNamesOf(v)[0] ?? 'System.Object', 'System.Collections.Hashtable'], v);
    },
    test: (v) => v instanceof PSHashtable,
    baseType: 'System.Object',
  },
  ordered: { fullName: 'System.Collections.Specialized.OrderedDictionary', test: (v) => v instanceof PSHashtable && v.ordered, baseType: 'System.Object' },
  array: { fullName: 'System.Array', convert: (v) => (Array.isArray(v) ? v : v === null ? [] : [v]), test: (v) => Array.isArray(v) || v instanceof Uint8Array, baseType: 'System.Object' },
  securestring: {
    fullName: 'System.Security.SecureString',
    convert: (v) => {
      if (v instanceof SecureString) return v;
      throw castError('ConvertToSecureString', [stringOf(v), typeNamesOf(v)[0] ?? 'System.Object'], v);
    },
    test: (v) => v instanceof SecureString,
    baseType: 'System.Object',
  },
  pscredential: {
    fullName: 'System.Management.Automation.PSCredential',
    convert: (v) => {
      if (v instanceof PSCredential || v === null) return v;
      throw castError('InvalidCast', [stringOf(v), typeNamesOf(v)[0] ?? 'System.Object', 'System.Management.Automation.PSCredential'], v);
    },
    test: (v) => v instanceof PSCredential,
    baseType: 'System.Object',
  },
  scriptblock: {
    fullName: 'System.Management.Automation.ScriptBlock',
    convert: (v) => {
      if (v instanceof ScriptBlock) return v;
      throw castError('InvalidCast', [stringOf(v), typeNamesOf(v)[0] ?? 'System.Object', 'System.Management.Automation.ScriptBlock'], v);
    },
    test: (v) => v instanceof ScriptBlock,
    baseType: 'System.Object',
  },
  regex: { fullName: 'System.Text.RegularExpressions.Regex', convert: (v) => toStr(v), test: () => false, baseType: 'System.Object' },
  guid: {
    fullName: 'System.Guid',
    convert: (v) => {
      const s = toStr(v);
      if (!/^\{?[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}\}?$/i.test(s)) throw castError('InvalidCast', [s, 'System.String', 'System.Guid'], v);
      return s.replace(/[{}]/g, '').toLowerCase();
    },
    test: () => false,
  },
  void: { fullName: 'System.Void', convert: () => null, test: () => false },
  errorrecord: { fullName: 'System.Management.Automation.ErrorRecord', test: (v) => v instanceof ErrorRecord, baseType: 'System.Object' },
  exception: { fullName: 'System.Exception', test: (v) => v instanceof ExceptionObject, baseType: 'System.Object' },
  bytequantifiedsize: { fullName: 'Microsoft.Exchange.Data.ByteQuantifiedSize', convert: (v) => (v instanceof ByteQuantifiedSize ? v : new ByteQuantifiedSize(toNumber(v))), test: (v) => v instanceof ByteQuantifiedSize },
  math: { fullName: 'System.Math', baseType: 'System.Object' },
  'system.io.file': { fullName: 'System.IO.File', baseType: 'System.Object' },
  environment: { fullName: 'System.Environment', baseType: 'System.Object' },
  'system.collections.arraylist': {
    fullName: 'System.Collections.ArrayList',
    convert: (v) => makeArrayList(Array.isArray(v) ? [...v] : v === null ? [] : [v]),
    test: (v) => isArrayList(v),
    baseType: 'System.Object',
  },
  'system.text.encoding': { fullName: 'System.Text.Encoding', baseType: 'System.Object' },
  convert: { fullName: 'System.Convert', baseType: 'System.Object' },
  version: { fullName: 'System.Version', convert: (v) => toStr(v), test: () => false, baseType: 'System.Object' },
  mailaddress: { fullName: 'System.Net.Mail.MailAddress', convert: (v) => toStr(v), test: () => false, baseType: 'System.Object' },
};

/** Alternative spellings accepted in [brackets] (`[Int32]`, `[System.String]`, `[boolean]`...). */
const TYPE_ALIASES: Record<string, string> = {
  int32: 'int', 'system.int32': 'int', int64: 'long', 'system.int64': 'long', 'system.string': 'string', 'system.double': 'double',
  single: 'float', 'system.single': 'float', 'system.decimal': 'decimal', boolean: 'bool', 'system.boolean': 'bool',
  'system.char': 'char', 'system.byte': 'byte', 'system.datetime': 'datetime', 'system.timespan': 'timespan', 'system.object': 'object',
  'system.management.automation.psobject': 'psobject', 'system.management.automation.pscustomobject': 'pscustomobject',
  'system.collections.hashtable': 'hashtable', 'system.collections.specialized.ordereddictionary': 'ordered', 'system.array': 'array',
  'system.security.securestring': 'securestring', 'system.management.automation.pscredential': 'pscredential',
  'system.management.automation.scriptblock': 'scriptblock', 'system.text.regularexpressions.regex': 'regex', 'system.guid': 'guid',
  'system.void': 'void', 'system.management.automation.errorrecord': 'errorrecord', 'system.exception': 'exception',
  'system.math': 'math', 'file': 'system.io.file', 'system.environment': 'environment', arraylist: 'system.collections.arraylist',
  switchparameter: 'switch', 'system.management.automation.switchparameter': 'switch', uint32: 'uint', 'system.uint32': 'uint',
  uint64: 'ulong', int16: 'short', 'system.int16': 'short', 'system.convert': 'convert', 'system.version': 'version',
  'system.net.mail.mailaddress': 'mailaddress', 'microsoft.exchange.data.bytequantifiedsize': 'bytequantifiedsize',
  'system.int': 'int', 'system.uint64': 'ulong', 'system.uint16': 'short', uint16: 'short', sbyte: 'byte',
};

/** Exception types scripts name in `catch [X]` / `-is`; resolved so catch can compare full names. */
const EXCEPTION_TYPES = [
  'System.Management.Automation.RuntimeException', 'System.Management.Automation.ParameterBindingException',
  'System.Management.Automation.CommandNotFoundException', 'System.Management.Automation.ItemNotFoundException',
  'System.Management.Automation.MethodInvocationException', 'System.Management.Automation.PSInvalidCastException',
  'System.Management.Automation.PSInvalidOperationException', 'System.Management.Automation.ActionPreferenceStopException',
  'System.Management.Automation.PSArgumentException', 'System.Management.Automation.ValidationMetadataException',
  'System.InvalidOperationException', 'System.ArgumentException', 'System.SystemException', 'System.DivideByZeroException',
  'System.ArithmeticException', 'System.InvalidCastException', 'System.IO.IOException', 'System.IO.FileNotFoundException',
  'System.UnauthorizedAccessException', 'System.Net.WebException', 'System.TimeoutException', 'System.FormatException',
  'System.Management.Automation.Host.HostException', 'System.Management.Automation.SessionStateException',
  'Microsoft.PowerShell.Commands.WriteErrorException', 'System.Management.Automation.Remoting.PSRemotingTransportException',
];

/** The canonical key of a type name, or null when unknown. Array types (`string[]`) keep their suffix. */
export function resolveTypeName(name: string): { key: string; info: TypeInfo; isArray: boolean; element?: string } | null {
  let n = name.trim().toLowerCase().replace(/\s+/g, '');
  if (n.endsWith('[]')) {
    const el = resolveTypeName(n.slice(0, -2));
    if (!el) return null;
    const fullName = el.info.fullName + '[]';
    return {
      key: el.key + '[]',
      isArray: true,
      element: el.key,
      info: {
        fullName,
        baseType: 'System.Array',
        convert: (v) => {
          // A string becomes its characters when the elements are chars ([char[]]'abc'), as in .NET.
          const chars = el.key === 'char' && typeof v === 'string' ? [...v] : null;
          const items = chars ?? (v === null ? [] : Array.isArray(v) ? v : v instanceof PSHashtable ? [v] : [v]);
          return items.map((x) => (el.info.convert ? el.info.convert(x) : x));
        },
        test: (v) => Array.isArray(v),
      },
    };
  }
  if (n.startsWith('system.collections.generic.list[') || n.startsWith('collections.generic.list[') || n.startsWith('list[')) {
    const inner = n.slice(n.indexOf('[') + 1, -1);
    const el = resolveTypeName(inner);
    if (!el) return null;
    const fullName = `System.Collections.Generic.List[${el.info.fullName}]`;
    return {
      key: fullName.toLowerCase(),
      isArray: false,
      info: { fullName, baseType: 'System.Object', convert: (v) => makeArrayList((v === null ? [] : Array.isArray(v) ? v : [v]).map((x) => (el.info.convert ? el.info.convert(x) : x)), fullName), test: (v) => isArrayList(v) },
    };
  }
  if (TYPE_ALIASES[n]) n = TYPE_ALIASES[n];
  if (TYPES[n]) return { key: n, info: TYPES[n], isArray: false };
  const ex = EXCEPTION_TYPES.find((t) => t.toLowerCase() === n || t.toLowerCase().endsWith('.' + n));
  if (ex) return { key: ex.toLowerCase(), isArray: false, info: { fullName: ex, test: (v) => v instanceof ExceptionObject && v.psTypeNames.includes(ex), baseType: 'System.Exception' } };
  return null;
}

/** A cast `[T]value`; unknown types raise TypeNotFound (as pwsh's runtime does). */
export function convertTo(v: PSValue, typeName: string): PSValue {
  const t = resolveTypeName(typeName);
  if (!t) throw new PSRuntimeError(recordFromCatalogue('TypeNotFound', [typeName], { exceptionType: 'System.Management.Automation.RuntimeException', category: 'InvalidOperation', targetObject: typeName }));
  if (Array.isArray(v) && !t.isArray && !['object', 'psobject', 'array', 'string', 'bool', 'switch'].includes(t.key) && !t.key.startsWith('system.collections')) {
    if (v.length === 1) return convertTo(v[0], typeName);
    throw castError('InvalidCast', [toStr(v), 'System.Object[]', t.info.fullName], v);
  }
  if (t.key === 'string' && Array.isArray(v)) return toStr(v);
  return t.info.convert ? t.info.convert(v) : v;
}

/** `-is [T]`. */
export function isOfType(v: PSValue, typeName: string): boolean {
  const t = resolveTypeName(typeName);
  if (!t) throw new PSRuntimeError(recordFromCatalogue('TypeNotFound', [typeName], { exceptionType: 'System.Management.Automation.RuntimeException', category: 'InvalidOperation', targetObject: typeName }));
  if (t.info.test) return t.info.test(v);
  return v !== null && typeNamesOf(v).some((n) => n.toLowerCase() === t.info.fullName.toLowerCase());
}

/** The .NET full type name of a value as GetType().FullName gives it. */
export function fullTypeNameOf(v: PSValue): string {
  if (v === null) return 'System.Object';
  if (Array.isArray(v)) return isArrayList(v) ? listTypeName(v) : 'System.Object[]';
  if (v instanceof PSObject && v.isCustomObject) return 'System.Management.Automation.PSCustomObject';
  // A deserialized enum is its underlying number carrying the enum's name as ToString (Import-Clixml).
  if (v instanceof PSEnumValue && v.psTypeNames[0]?.startsWith('Deserialized.')) return v.numeric !== undefined ? (v.int64 ? 'System.Int64' : 'System.Int32') : 'System.String';
  const n = typeNamesOf(v)[0] ?? 'System.Object';
  return n.startsWith('Deserialized.') ? n.slice('Deserialized.'.length) : n;
}

/** The object `GetType()` returns: prints as its FullName; Name/FullName/BaseType properties. */
export function typeObject(fullName: string): PSObject {
  const t = resolveTypeName(fullName);
  const name = fullName.includes('[') && !fullName.endsWith('[]') ? fullName.slice(fullName.lastIndexOf('.', fullName.indexOf('[')) + 1) : fullName.slice(fullName.lastIndexOf('.') + 1);
  const o = new PSObject(['System.RuntimeType', 'System.Reflection.TypeInfo', 'System.Type', 'System.Object']);
  o.addProperty({ name: 'IsPublic', value: true, memberType: 'Property' });
  o.addProperty({ name: 'IsSerial', value: true, memberType: 'Property' });
  o.addProperty({ name: 'Name', value: name.replace(/\[.*\]$/, fullName.endsWith('[]') ? '[]' : '`1'), memberType: 'Property' });
  o.addProperty({ name: 'BaseType', value: t?.info.baseType ?? 'System.Object', memberType: 'Property' });
  o.addProperty({ name: 'FullName', value: fullName, memberType: 'Property' });
  o.addProperty({ name: 'Namespace', value: fullName.includes('.') ? fullName.slice(0, fullName.lastIndexOf('.', fullName.includes('[') ? fullName.indexOf('[') : undefined)) : '', memberType: 'Property' });
  o.toStringOverride = () => fullName;
  return o;
}

export { formatMessage };
