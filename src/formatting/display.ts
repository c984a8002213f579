/**
 * Value -> the text a formatter shows for it (pwsh's PSObjectHelper.SmartToString, notes 1.1
 * R1-R5): collections as `{a, b, c…}` capped at $FormatEnumerationLimit, `$null` as empty text,
 * booleans True/False, dates in en-US current culture, doubles with 2 decimals in tables.
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
  numberToPSString,
  type PSValue,
} from '../engine/values';
import { ELLIPSIS } from './cells';

/** pwsh's InitialSessionState.DefaultFormatEnumerationLimit. */
export const DEFAULT_ENUMERATION_LIMIT = 4;

export interface DisplayOptions {
  /** $FormatEnumerationLimit; negative = unlimited. */
  enumerationLimit?: number;
  /** Table cells render doubles with the culture's 2 decimals (R5); lists keep full precision. */
  formatFloat?: boolean;
}

/** True for values pwsh treats as scalars when formatting (printed by ToString, never as a table/list). */
export function isScalar(v: PSValue): boolean {
  return (
    v === null ||
    typeof v === 'string' ||
    typeof v === 'number' ||
    typeof v === 'boolean' ||
    typeof v === 'bigint' ||
    v instanceof PSDateTime ||
    v instanceof PSEnumValue ||
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
  if (typeof v === 'number') {
    if (formatFloat && !Number.isInteger(v) && Number.isFinite(v)) return v.toFixed(2);
    return numberToPSString(v);
  }
  if (typeof v === 'bigint') return v.toString();
  if (Array.isArray(v)) return v.map((x) => toDisplayScalar(x)).join(' ');
  if (v instanceof Uint8Array) return 'System.Byte[]';
  return String(v);
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
  return `${DAYS[t.getUTCDay()]}, ${MONTHS[t.getUTCMonth()]} ${t.getUTCDate()}, ${t.getUTCFullYear()} ${h12}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'}`;
}
