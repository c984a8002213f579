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
  int64Value,
  isDoubleNumber,
  numberToString,
  INT64_MAX,
  INT64_MIN,
  type PSValue,
} from './values';
import { ScriptBlock } from './scriptblock';
import { scanNumber } from '../language/tokenizer';
import { dotNetRegex, isRegexObject, regexObject, RegexParseError } from './regex';
import { PSRuntimeError, recordFromCatalogue, ExceptionObject, ErrorRecord } from './errors';
import { formatMessage, type MessageKey } from './messages';
import { checkArrayLength } from './limits';

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
export function castError(key: MessageKey, args: (string | number)[], target: PSValue = null, errorId?: string): PSRuntimeError {
  return new PSRuntimeError(
    recordFromCatalogue(key, args, { exceptionType: 'System.Management.Automation.PSInvalidCastException', category: 'InvalidArgument', targetObject: target, ...(errorId ? { errorId } : {}) }),
  );
}

const MULTIPLIERS: Record<string, number> = { kb: 2 ** 10, mb: 2 ** 20, gb: 2 ** 30, tb: 2 ** 40, pb: 2 ** 50 };

/** Parses a number the way pwsh parses numeric strings (hex, exponents, kb..pb multipliers); null if not numeric. */
export function parseNumber(text: string): number | null {
  const s = text.trim();
  if (s === '') return 0;
  // pwsh 7.6 (en-US) takes group separators in a decimal string: [int]'1,000' is 1000.
  const m = /^([+-]?)(0x[0-9a-f]+|(?:\d[\d,]*\.?\d*|\.\d+)(?:e[+-]?\d+)?)(kb|mb|gb|tb|pb)?$/i.exec(s);
  if (!m || m[2].toLowerCase().startsWith('0x')) {
    // A hex number or one with a type suffix reads as the literal would (pwsh 7.6: `[int]'0xFFFFFFFF'`
    // is -1, `0 + '0xFFFFFFFFFFFFFFFF'` the Int64 -1, `[int]'0xFFl'` 255).
    const sign = /^[+-]/.test(s) ? s[0] : '';
    const body = s.slice(sign.length);
    const literal = scanNumber(body, 0);
    if (!literal || literal.bad || literal.end !== body.length) return null;
    const n = Number(literal.value);
    return sign === '-' ? -n : n;
  }
  let n = Number(m[2].replace(/,/g, ''));
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
    let n = parseNumber(v);
    // Double.Parse (invariant culture) also reads the symbols NaN and Infinity, in any case, signed.
    if (n === null && (targetType === 'System.Double' || targetType === 'System.Single')) {
      const symbol = /^\s*([+-]?)(nan|infinity)\s*$/i.exec(v);
      if (symbol) n = symbol[2].toLowerCase() === 'nan' ? NaN : symbol[1] === '-' ? -Infinity : Infinity;
    }
    if (n === null) {
      // pwsh 7.6 names the floating-point targets' failure apart.
      const errorId = targetType === 'System.Double' || targetType === 'System.Single' ? 'InvalidCastFromStringToDoubleOrSingle' : undefined;
      throw new PSRuntimeError(recordFromCatalogue('InvalidCastFromString', [v, targetType], { exceptionType: 'System.Management.Automation.PSInvalidCastException', category: 'InvalidArgument', targetObject: v, errorId }));
    }
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
  // pwsh 7.6: an array inside the array is not flattened but named (`[string]((1,2),3)` is
  // "System.Object[] 3", `((1,2),3) -join ','` is "System.Object[],3").
  if (Array.isArray(v)) return v.map((x) => (Array.isArray(x) ? fullTypeNameOf(x) : stringOf(x))).join(ofs);
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
  const d = parseDateLenient(text);
  // .NET does not roll an impossible date over ('2020-13-45', '2021-02-30' fail to parse).
  if (!d) return null;
  const nums = text.match(/\d+/g)?.map(Number) ?? [];
  const iso = /^\s*\d{4}-/.test(text);
  const us = /^\s*\d{1,2}\/\d{1,2}\/\d{4}/.test(text);
  const [y, mo, da] = iso ? [nums[0], nums[1], nums[2]] : us ? [nums[2], nums[0], nums[1]] : [undefined, undefined, undefined];
  if (y !== undefined && mo !== undefined && da !== undefined) {
    const probe = new Date(Date.UTC(y, mo - 1, da));
    if (probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== da) return null;
  }
  const time = /(\d{1,2}):(\d{2})(?::(\d{2}))?/.exec(text);
  if (time && (+time[1] > 23 || +time[2] > 59 || +(time[3] ?? 0) > 59)) return null;
  return d;
}

function parseDateLenient(text: string): PSDateTime | null {
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
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM)?)?$/i.exec(s);
  if (m) {
    let h = +(m[4] ?? 0);
    if (m[7]) h = (h % 12) + (m[7].toUpperCase() === 'PM' ? 12 : 0);
    // A two-digit year: the Gregorian calendar's TwoDigitYearMax is 2049 ('2/20/88' is 1988, '1/1/30' is 2030).
    const year = m[3].length === 2 ? (+m[3] <= 49 ? 2000 : 1900) + +m[3] : +m[3];
    const ms = Date.UTC(year, +m[1] - 1, +m[2], h, +(m[5] ?? 0), +(m[6] ?? 0));
    if (new Date(ms).getUTCDate() !== +m[2] || +m[1] < 1 || +m[1] > 12) return null;
    return new PSDateTime(ms, 'Unspecified');
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

function toInteger(v: PSValue, fullName: string, min: number, max: number): number {
  if (typeof v === 'string' && v.trim() === '') return 0;
  const n = roundHalfEven(toNumber(v, fullName));
  // NaN overflows as any out-of-range value; .NET converts it to the small types through Int32 (`[byte][double]::NaN` names Int32).
  if (Number.isNaN(n)) throw overflowError(v, fullName, ['System.Byte', 'System.SByte', 'System.Int16', 'System.UInt16'].includes(fullName) ? 'System.Int32' : fullName);
  if (n < min || n > max) throw overflowError(v, fullName);
  return n;
}

/** .NET's OverflowException texts for a numeric cast out of range (pwsh 7.6: `[byte]300`, `[int]3e9`, `[long]1e19`). */
const OVERFLOW_TEXT: Record<string, string> = {
  'System.Int32': 'an Int32', 'System.UInt32': 'a UInt32', 'System.Int16': 'an Int16', 'System.UInt16': 'a UInt16', 'System.Byte': 'an unsigned byte', 'System.SByte': 'a signed byte', 'System.UInt64': 'a UInt64',
};
function overflowError(v: PSValue, fullName: string, overflowing = fullName): PSRuntimeError {
  // Int64.Parse names its type where a Double's conversion overflows arithmetically (pwsh 7.6: `[long]'9223372036854775808'`, `[long]1e19`).
  const text = OVERFLOW_TEXT[overflowing] ?? (typeof v === 'string' && overflowing === 'System.Int64' ? 'an Int64' : undefined);
  const why = text ? `Value was either too large or too small for ${text}.` : 'Arithmetic operation resulted in an overflow.';
  // pwsh 7.6: a string out of range fails as its string-to-integer conversion does.
  if (typeof v === 'string')
    return castError('CastWithReason', [v, fullName, why], v, 'InvalidCastFromStringToInteger');
  // The value as its own ToString() writes it (pwsh 7.6: `[int]1e16` names "10000000000000000", not 1E+16).
  return castError('CastWithReason', [typeof v === 'number' ? numberToString(v) : stringOf(v), fullName, why], v);
}

/**
 * `[long]`: the exact Int64 (int64Value: a bigint from 1E+15 on), from a bigint, an integral
 * string (exact) or any number (rounded half to even, as .NET does); out of range is a cast error.
 */
function toInt64(v: PSValue): PSValue {
  const fail = () => overflowError(v, 'System.Int64');
  let n: bigint;
  if (typeof v === 'bigint') n = v;
  else if (typeof v === 'string' && /^\s*[+-]?\d+\s*$/.test(v)) n = BigInt(v.trim());
  else {
    if (typeof v === 'string' && v.trim() === '') return 0;
    const d = roundHalfEven(toNumber(v, 'System.Int64'));
    if (Number.isNaN(d)) throw fail();
    if (!Number.isFinite(d) || d < -(2 ** 63) || d >= 2 ** 63) throw fail();
    n = BigInt(d);
  }
  if (n < INT64_MIN || n > INT64_MAX) throw fail();
  return int64Value(n);
}

const DATE_WORDS = /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t|tember)?|oct(ober)?|nov(ember)?|dec(ember)?|mon(day)?|tue(sday)?|wed(nesday)?|thu(rsday)?|fri(day)?|sat(urday)?|sun(day)?|am|pm|a|p|t|z|gmt|utc)$/i;

export function toDateTime(v: PSValue): PSDateTime {
  if (v instanceof PSDateTime) return v;
  if (typeof v === 'string') {
    const d = parseDate(v);
    if (!d) {
      // .NET names the first word it does not know (not a month or day name, AM/PM, T or Z).
      const unknown = [...v.matchAll(/\p{L}+/gu)].find((m) => !DATE_WORDS.test(m[0]));
      throw unknown ? castError('DateParseUnknownWord', [v, unknown.index!], v) : castError('DateParse', [v], v);
    }
    return d;
  }
  if (v === null) throw castError('InvalidCastNull', ['System.DateTime']);
  if (typeof v === 'number' || typeof v === 'bigint') return new PSDateTime(Number(v) / 10000 - 62135596800000);
  throw castError('InvalidCast', [stringOf(v), typeNamesOf(v)[0] ?? 'System.Object', 'System.DateTime'], v);
}

export function toTimeSpan(v: PSValue): PSTimeSpan {
  if (v instanceof PSTimeSpan) return v;
  if (typeof v === 'string') {
    const t = parseTimeSpan(v);
    if (!t) throw castError('TimeSpanParse', [v], v);
    return t;
  }
  if (typeof v === 'number' || typeof v === 'bigint') return new PSTimeSpan(Number(v) / 10000);
  if (v === null) throw castError('InvalidCastNull', ['System.TimeSpan']);
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

/** A typed array ([int[]], [string[]]): its element type, for GetType(), element assignment and Clear(). */
interface ArrayElementType {
  fullName: string;
  convert: (v: PSValue) => PSValue;
  /** default(T): 0 / False for value types, $null for reference types (Array.Clear). */
  zero: PSValue;
  /** A multi-dimensional array ([string[,]]::new(3,2)): its lengths; the elements are kept in row-major order. */
  dimensions?: number[];
}
const TYPED_ARRAY = new WeakMap<object, ArrayElementType>();
export function typedArrayElement(v: PSValue[]): ArrayElementType | undefined {
  return TYPED_ARRAY.get(v);
}

/** `[T[]]::new(n)` / `[T[,]]::new(n, m)`: an array of default(T) with the given lengths. */
export function newTypedArray(typeName: string, lengths: number[]): PSValue[] {
  const t = resolveTypeName(typeName);
  const rank = t?.rank ?? 1;
  const el = t?.element ? resolveTypeName(t.element) : null;
  if (!t || !t.isArray || !el) throw new Error(`not an array type: ${typeName}`);
  const convert = (x: PSValue) => (el.info.convert ? el.info.convert(x) : x);
  const reference = el.key === 'string' || el.key === 'object' || el.key === 'psobject' || !el.info.convert || el.isArray;
  const zero = reference ? null : safeZero(convert);
  checkArrayLength(lengths.reduce((a, b) => a * b, 1));
  const out: PSValue[] = new Array(lengths.reduce((a, b) => a * b, 1)).fill(zero);
  TYPED_ARRAY.set(out, { fullName: el.info.fullName, convert, zero, dimensions: rank > 1 ? lengths : undefined });
  if (rank !== lengths.length) throw new Error(`rank ${rank} needs ${rank} lengths`);
  return out;
}

/** The row-major offset of `$a[i, j]` in a multi-dimensional array, or undefined when out of range. */
export function multiDimOffset(dims: number[], index: number[]): number | undefined {
  let offset = 0;
  for (let k = 0; k < dims.length; k++) {
    const i = index[k];
    if (!Number.isInteger(i) || i < 0 || i >= dims[k]) return undefined;
    offset = offset * dims[k] + i;
  }
  return offset;
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
  // pwsh 7.6: [string]$null is '' (not $null).
  string: scalar('System.String', (v) => (v === null ? '' : toStr(v)), (v) => typeof v === 'string', 'System.Object'),
  int: scalar('System.Int32', (v) => toInteger(v, 'System.Int32', -2147483648, 2147483647), (v) => typeof v === 'number' && isIntegral(v) && Math.abs(v) <= 2147483648),
  long: scalar('System.Int64', toInt64, (v) => typeof v === 'bigint' || (typeof v === 'number' && !isDoubleNumber(v) && Math.abs(v) > 2147483648)),
  uint: scalar('System.UInt32', (v) => toInteger(v, 'System.UInt32', 0, 4294967295), () => false),
  ulong: scalar('System.UInt64', (v) => toInteger(v, 'System.UInt64', 0, Number.MAX_SAFE_INTEGER), () => false),
  short: scalar('System.Int16', (v) => toInteger(v, 'System.Int16', -32768, 32767), () => false),
  byte: scalar('System.Byte', (v) => toInteger(v, 'System.Byte', 0, 255), () => false),
  double: scalar('System.Double', (v) => (typeof v === 'string' && v.trim() === '' ? 0 : toNumber(v, 'System.Double')), (v) => typeof v === 'number' && isDoubleNumber(v)),
  float: scalar('System.Single', (v) => toNumber(v, 'System.Single'), () => false),
  decimal: scalar('System.Decimal', (v) => toNumber(v, 'System.Decimal'), () => false),
  bool: scalar('System.Boolean', toBoolCast, (v) => typeof v === 'boolean'),
  switch: scalar('System.Management.Automation.SwitchParameter', toBoolCast, (v) => typeof v === 'boolean'),
  char: scalar(
    'System.Char',
    (v) => {
      // $null is the NUL character; an integer is a UTF-16 code (0..65535); a Double has no conversion to Char (pwsh 7.6: `[char]1.5`).
      if (v === null) return '\u0000';
      if (typeof v === 'number' || typeof v === 'bigint') {
        const n = Number(v);
        if (typeof v === 'number' && isDoubleNumber(v)) throw castError('CastWithReason', [numberToString(v), 'System.Char', "Invalid cast from 'Double' to 'Char'."], v);
        if (n < 0 || n > 65535) throw castError('CastWithReason', [String(v), 'System.Char', 'Value was either too large or too small for a character.'], v);
        return String.fromCharCode(n);
      }
      const s = toStr(v);
      // pwsh 7.6: `[char]'ab'` -> Cannot convert value "ab" to type "System.Char". Error: "String must be exactly one character long."
      if (s.length !== 1) throw castError(typeof v === 'string' ? 'CharFromString' : 'InvalidCast', typeof v === 'string' ? [s] : [s, typeNamesOf(v)[0] ?? 'System.Object', 'System.Char'], v);
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
      // pwsh 7.6: `[hashtable]$null` is $null.
      if (v === null) return null;
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
  regex: {
    fullName: 'System.Text.RegularExpressions.Regex',
    convert: (v) => {
      if (isRegexObject(v)) return v;
      const pattern = toStr(v);
      try {
        dotNetRegex(pattern);
      } catch (e) {
        // pwsh 7.6: `Cannot convert value "*a" to type "System.Text.RegularExpressions.Regex". Error: "Invalid pattern ..."`.
        if (e instanceof RegexParseError) throw castError('CastWithReason', [pattern, 'System.Text.RegularExpressions.Regex', e.message], v, 'InvalidCastFromStringToRegex');
      }
      return regexObject(pattern);
    },
    test: (v) => isRegexObject(v),
    baseType: 'System.Object',
  },
  guid: {
    fullName: 'System.Guid',
    convert: (v) => {
      if (v === null) throw castError('InvalidCastNull', ['System.Guid']);
      const s = toStr(v);
      if (!/^\{?[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}\}?$/i.test(s)) throw castError('GuidParse', [s], v);
      return s.replace(/[{}]/g, '').toLowerCase();
    },
    test: () => false,
  },
  void: { fullName: 'System.Void', convert: () => null, test: () => false },
  errorrecord: { fullName: 'System.Management.Automation.ErrorRecord', test: (v) => v instanceof ErrorRecord, baseType: 'System.Object' },
  exception: { fullName: 'System.Exception', test: (v) => v instanceof ExceptionObject, baseType: 'System.Object' },
  bytequantifiedsize: { fullName: 'Microsoft.Exchange.Data.ByteQuantifiedSize', convert: (v) => (v instanceof ByteQuantifiedSize ? v : new ByteQuantifiedSize(toNumber(v))), test: (v) => v instanceof ByteQuantifiedSize },
  math: { fullName: 'System.Math', baseType: 'System.Object' },
  cultureinfo: { fullName: 'System.Globalization.CultureInfo', baseType: 'System.Object', convert: (v) => (v instanceof PSObject && v.psTypeNames[0] === 'System.Globalization.CultureInfo' ? v : cultureObject(toStr(v))) },
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
  'system.globalization.cultureinfo': 'cultureinfo', 'globalization.cultureinfo': 'cultureinfo',
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
export function resolveTypeName(name: string): { key: string; info: TypeInfo; isArray: boolean; element?: string; rank?: number } | null {
  let n = name.trim().toLowerCase().replace(/\s+/g, '');
  const multi = /\[(,+)\]$/.exec(n);
  if (multi) {
    // A multi-dimensional array type ([string[,]]): created with ::new(lengths), not by a cast.
    const el = resolveTypeName(n.slice(0, multi.index));
    if (!el) return null;
    const rank = multi[1].length + 1;
    const fullName = `${el.info.fullName}[${multi[1]}]`;
    return { key: `${el.key}[${multi[1]}]`, isArray: true, element: el.key, rank, info: { fullName, baseType: 'System.Array', test: (v) => Array.isArray(v) && TYPED_ARRAY.get(v)?.dimensions?.length === rank } };
  }
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
          // pwsh 7.6: [string[]]$null is $null (no empty array).
          if (v === null) return null;
          // A string becomes its characters when the elements are chars ([char[]]'abc'), as in .NET.
          const chars = el.key === 'char' && typeof v === 'string' ? [...v] : null;
          const items = chars ?? (v === null ? [] : Array.isArray(v) ? v : [v]);
          const convert = (x: PSValue) => (el.info.convert ? el.info.convert(x) : x);
          let out: PSValue[];
          try {
            out = items.map(convert);
          } catch (e) {
            // pwsh 7.6: a scalar that does not convert to the element type fails as the array's cast.
            if (Array.isArray(v) || chars || !(e instanceof PSRuntimeError)) throw e;
            throw castError('CastWithReason', [stringOf(v), fullName, e.record.exception.message], v, 'InvalidCastExceptionScalarToArray');
          }
          if (el.key !== 'object' && el.key !== 'psobject') {
            const reference = el.key === 'string' || !el.info.convert || el.isArray;
            TYPED_ARRAY.set(out, { fullName: el.info.fullName, convert, zero: reference ? null : safeZero(convert) });
          }
          return out;
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
      info: { fullName, baseType: 'System.Object', convert: (v) => v === null ? null : makeArrayList((Array.isArray(v) ? v : [v]).map((x) => (el.info.convert ? el.info.convert(x) : x)), fullName), test: (v) => isArrayList(v) },
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
    // .NET names an array by its type (its ToString), not PowerShell's joined text.
    throw castError('InvalidCast', [fullTypeNameOf(v), fullTypeNameOf(v), t.info.fullName], v);
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
  if (Array.isArray(v)) {
    const typed = TYPED_ARRAY.get(v);
    return isArrayList(v) ? listTypeName(v) : typed ? `${typed.fullName}[${','.repeat((typed.dimensions?.length ?? 1) - 1)}]` : 'System.Object[]';
  }
  if (v instanceof PSObject && v.isCustomObject) return 'System.Management.Automation.PSCustomObject';
  // A deserialized enum is its underlying number carrying the enum's name as ToString (Import-Clixml).
  if (v instanceof PSEnumValue && v.psTypeNames[0]?.startsWith('Deserialized.')) return v.numeric !== undefined ? (v.int64 ? 'System.Int64' : 'System.Int32') : 'System.String';
  const n = typeNamesOf(v)[0] ?? 'System.Object';
  return n.startsWith('Deserialized.') ? n.slice('Deserialized.'.length) : n;
}

/** The object `GetType()` returns: prints as its FullName; Name/FullName/BaseType properties. */
export function typeObject(fullName: string): PSObject {
  const t = resolveTypeName(fullName);
  const arraySuffix = /\[,*\]$/.exec(fullName)?.[0];
  const simple = fullName.includes('[') && !arraySuffix ? fullName.slice(fullName.lastIndexOf('.', fullName.indexOf('[')) + 1) : fullName.slice(fullName.lastIndexOf('.') + 1);
  // A nested type (ArrayList+ArrayListEnumeratorSimple) is named without its declaring type.
  const name = simple.slice(simple.lastIndexOf('+', simple.includes('[') ? simple.indexOf('[') : undefined) + 1);
  const o = new PSObject(['System.RuntimeType', 'System.Reflection.TypeInfo', 'System.Type', 'System.Object']);
  o.addProperty({ name: 'IsPublic', value: true, memberType: 'Property' });
  o.addProperty({ name: 'IsSerial', value: true, memberType: 'Property' });
  // Generic names: List[int] is List`1; a full .NET name (Collection`1[[...]]) already has its arity.
  o.addProperty({ name: 'Name', value: name.replace(/\[.*\]$/, arraySuffix ?? (/`\d+\[/.test(name) ? '' : '`1')), memberType: 'Property' });
  o.addProperty({ name: 'BaseType', value: t?.info.baseType ?? 'System.Object', memberType: 'Property' });
  o.addProperty({ name: 'FullName', value: fullName, memberType: 'Property' });
  o.addProperty({ name: 'Namespace', value: fullName.includes('.') ? fullName.slice(0, fullName.lastIndexOf('.', fullName.includes('[') ? fullName.indexOf('[') : undefined)) : '', memberType: 'Property' });
  o.toStringOverride = () => fullName;
  return o;
}

export { formatMessage };

function safeZero(convert: (v: PSValue) => PSValue): PSValue {
  try {
    return convert(null);
  } catch {
    return null;
  }
}

/** A few cultures by name (LCID and English display name as .NET gives them); others as an unknown locale. */
const CULTURES: Record<string, [string, number, string]> = {
  '': ['', 127, 'Invariant Language (Invariant Country)'],
  en: ['en', 9, 'English'], 'en-us': ['en-US', 1033, 'English (United States)'], 'en-gb': ['en-GB', 2057, 'English (United Kingdom)'],
  fr: ['fr', 12, 'French'], 'fr-fr': ['fr-FR', 1036, 'French (France)'], de: ['de', 7, 'German'], 'de-de': ['de-DE', 1031, 'German (Germany)'],
  es: ['es', 10, 'Spanish'], 'es-es': ['es-ES', 3082, 'Spanish (Spain)'], ja: ['ja', 17, 'Japanese'], 'ja-jp': ['ja-JP', 1041, 'Japanese (Japan)'],
};

/** A System.Globalization.CultureInfo: LCID, Name and DisplayName (its default table columns); prints as its Name. */
export function cultureObject(name: string): PSObject {
  const [n, lcid, display] = CULTURES[name.trim().toLowerCase()] ?? [name.trim(), 4096, `Unknown Locale (${name.trim()})`];
  const o = new PSObject(['System.Globalization.CultureInfo', 'System.Object']);
  o.addProperty({ name: 'LCID', value: lcid, memberType: 'Property' });
  o.addProperty({ name: 'Name', value: n, memberType: 'Property' });
  o.addProperty({ name: 'DisplayName', value: display, memberType: 'Property' });
  o.toStringOverride = () => n;
  return o;
}
