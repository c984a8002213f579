/**
 * Value -> the text a formatter shows for it (pwsh's PSObjectHelper.SmartToString, notes 1.1
 * R1-R5): collections as `{a, b, c…}` capped at $FormatEnumerationLimit, `$null` as empty text,
 * booleans True/False, dates in en-US current culture, doubles with 15 significant digits, and
 * with the culture's 2 decimals in table columns that come from properties.
 */
import {
  isDeserializedEnum,
  ByteQuantifiedSize,
  PSCredential,
  PSDateTime,
  PSEnumValue,
  PSHashtable,
  PSObject,
  PSTimeSpan,
  SecureString,
  doubleToString,
  fixedForm,
  fractionDigits,
  type PSValue,
} from '../engine/values';
import { ELLIPSIS } from './cells';
import { isStreamRecord } from '../engine/stream-records';

/** pwsh's InitialSessionState.DefaultFormatEnumerationLimit. */
export const DEFAULT_ENUMERATION_LIMIT = 4;

export interface DisplayOptions {
  /** $FormatEnumerationLimit; negative = unlimited. */
  enumerationLimit?: number;
  /** Table cells of property columns render doubles with the culture's 2 decimals (R5); lists, wide and view columns don't. */
  formatFloat?: boolean;
}

const customTextTypes = new Set<string>();

/** A type whose default view is a custom control writing the object's ToString() (Select-String's MatchInfo). */
export function registerCustomTextType(typeName: string): void {
  customTextTypes.add(typeName);
}

export function isCustomTextType(v: PSValue): boolean {
  return v instanceof PSObject && customTextTypes.has(v.psTypeNames[0] ?? '');
}

/**
 * True for values pwsh treats as scalars when formatting (printed by ToString, never as a table/list).
 * The stream records (WarningRecord, VerboseRecord, DebugRecord, InformationRecord) have views that
 * pwsh 7.6 marks OutOfBand, printing their message: they are shown the same way (`| Format-List *`
 * too; `-Force` lists their properties).
 */
export function isScalar(v: PSValue): boolean {
  return (
    isStreamRecord(v) ||
    v === null ||
    typeof v === 'string' ||
    typeof v === 'number' ||
    typeof v === 'boolean' ||
    typeof v === 'bigint' ||
    v instanceof PSDateTime ||
    (v instanceof PSEnumValue && !isDeserializedEnum(v)) ||
    v instanceof ByteQuantifiedSize ||
    v instanceof SecureString ||
    v instanceof Uint8Array
  );
}

/** The ToString() of one value as .NET would give it in en-US (dates in current culture, not invariant). */
export function toDisplayScalar(v: PSValue, formatFloat = false): string {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  // en-US (ICU, as .NET 5+ uses on Windows too) shows infinities as ∞; "$x" and [string] stay invariant.
  if (typeof v === 'number' && !Number.isFinite(v) && !Number.isNaN(v)) return v > 0 ? '∞' : '-∞';
  if (typeof v === 'number') return formatFloat ? fixedTwo(v) : doubleToString(v);
  if (typeof v === 'bigint') return v.toString();
  if (Array.isArray(v)) return v.map((x) => toDisplayScalar(x)).join(' ');
  if (v instanceof Uint8Array) return 'System.Byte[]';
  return String(v);
}

/** Integral numbers below 1E+15 are the emulator's Int32/Int64 (an Int64 from there on is a bigint); anything else is a Double. */
const INT64_LIMIT = 1e15;

/**
 * A Double in a table cell: .NET's "F" format with en-US NumberDecimalDigits (2), on the exact
 * binary value. pwsh 7.6: 68.8 -> `68.80`, 1e20 -> `100000000000000000000.00`, 1e15 -> `1000000000000000.00`, 0.1+0.2 -> `0.30`,
 * NaN -> `NaN`, +-Infinity -> `Infinity`/`-Infinity`. Integers keep their digits (`3`).
 */
function fixedTwo(v: number): string {
  if (!Number.isFinite(v) || (Number.isInteger(v) && Math.abs(v) < INT64_LIMIT)) return doubleToString(v);
  // The exact value rounded, ties to even (pwsh 7.6: 0.125 -> `0.12`), as .NET's Dragon4 does.
  return fixedForm(fractionDigits(v, 2), 2);
}

function isEnumerable(v: PSValue): v is PSValue[] | PSHashtable {
  return Array.isArray(v) || v instanceof PSHashtable;
}

/** An element inside `{...}`: `$null` literally, nested arrays by their ToString (R3). */
function elementText(v: PSValue): string {
  if (v === null) return '$null';
  if (Array.isArray(v)) return v.map((x) => toDisplayScalar(x)).join(' ');
  if (v instanceof PSHashtable) return v.toString();
  return toDisplayScalar(v);
}

/** Items of a collection as the formatter enumerates them; a dictionary's entries show as `[key, value]`. */
function items(v: PSValue[] | PSHashtable): PSValue[] {
  if (Array.isArray(v)) return v;
  return v.entries().map(([k, val]) => `[${elementText(k)}, ${elementText(val)}]`);
}

/** A property value as list or table shows it (R1-R5). */
export function displayString(v: PSValue | undefined, options: DisplayOptions = {}): string {
  if (v === undefined || v === null) return '';
  if (isEnumerable(v)) {
    const limit = options.enumerationLimit ?? DEFAULT_ENUMERATION_LIMIT;
    const all = items(v);
    const shown = limit < 0 ? all : all.slice(0, limit);
    const more = limit >= 0 && all.length > limit;
    return '{' + shown.map(elementText).join(', ') + (more ? ELLIPSIS : '') + '}';
  }
  if (v instanceof PSObject || v instanceof PSCredential || v instanceof PSTimeSpan) return v.toString();
  return toDisplayScalar(v, options.formatFloat);
}

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A DateTime printed on its own: pwsh's DateTime view (DisplayHint DateTime) shows the en-US
 * long date and long time: `Tuesday, November 24, 2026 8:42:44 AM`.
 */
export function longDateTime(d: PSDateTime): string {
  const t = new Date(d.ms);
  const h = t.getUTCHours();
  const h12 = h % 12 === 0 ? 12 : h % 12;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[t.getUTCDay()]}, ${MONTHS[t.getUTCMonth()]} ${t.getUTCDate()}, ${String(t.getUTCFullYear()).padStart(4, '0')} ${h12}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'}`;
}
