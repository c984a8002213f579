/**
 * Runtime values (src/engine/values.ts) as plain JavaScript for library callers: objects keyed by the
 * property names Exchange shows, enums as their names, dates as Date, sizes as { bytes }, time spans
 * as milliseconds. Each plain object remembers the PSObject it came from, so passing it back as an
 * identity argument gives the cmdlet the original object (as piping it would).
 */
import { ByteQuantifiedSize, PSCredential, PSDateTime, PSEnumValue, PSHashtable, PSObject, PSTimeSpan, SecureString, type PSValue } from '../engine/values';

const SOURCE = Symbol.for('exo-emulator.source');

export type PlainValue = null | boolean | number | bigint | string | Date | Uint8Array | { bytes: number } | PlainValue[] | PlainObject | unknown;
export type PlainObject = { [name: string]: PlainValue };

/** The PSObject a plain object was made from, if any. */
export function sourceOf(value: unknown): PSObject | undefined {
  return value !== null && typeof value === 'object' ? ((value as Record<symbol, unknown>)[SOURCE] as PSObject | undefined) : undefined;
}

export function toPlain(v: PSValue | undefined): PlainValue {
  if (v === undefined || v === null) return null;
  if (typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map((x) => toPlain(x));
  if (v instanceof PSEnumValue) return v.name;
  if (v instanceof PSDateTime) return new Date(v.ms);
  if (v instanceof PSTimeSpan) return v.ms;
  if (v instanceof ByteQuantifiedSize) return { bytes: v.bytes };
  if (v instanceof PSHashtable) {
    const o: PlainObject = {};
    for (const [k, val] of v.entries()) o[String(k)] = toPlain(val);
    return o;
  }
  if (v instanceof PSObject) {
    const o: PlainObject = {};
    for (const p of v.properties()) o[p.name] = toPlain(p.getter ? p.getter() : (p.value ?? null));
    Object.defineProperty(o, SOURCE, { value: v, enumerable: false });
    return o;
  }
  // Uint8Array, credentials, secure strings and other layers' values (connection settings...) pass through unchanged.
  return v;
}

/** A library argument as a runtime value for the binder. */
export function fromPlain(v: unknown): PSValue {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return v;
  if (Array.isArray(v)) return v.map((x) => fromPlain(x));
  if (v instanceof Date) return new PSDateTime(v.getTime(), 'Utc');
  if (v instanceof Uint8Array || v instanceof PSCredential || v instanceof SecureString || v instanceof PSObject) return v;
  const source = sourceOf(v);
  if (source) return source;
  if (typeof v === 'object' && v.constructor === Object) {
    const o = new PSObject();
    for (const [k, val] of Object.entries(v as Record<string, unknown>)) o.addNoteProperty(k, fromPlain(val));
    return o;
  }
  // Runtime values of other layers (connection settings, ByteQuantifiedSize...) are already PSValues.
  return v as PSValue;
}
