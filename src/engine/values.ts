/**
 * Runtime values: how PowerShell objects are represented in the emulator.
 *
 * PowerShell value         JavaScript representation
 * ----------------         -------------------------
 * $null                    null (undefined never escapes a cmdlet or the evaluator)
 * [bool]                   boolean
 * [int]/[long]/[double]    number (integral numbers behave as Int32/Int64, others as Double)
 * [long] from 1E+15 on     bigint (an exact Int64: a double there is a Double and loses digits)
 * [string]                 string
 * [object[]]               PSArray (a JS array; arrays are always object[])
 * [hashtable]/[ordered]    PSHashtable
 * [datetime]               PSDateTime (UTC-based: the emulated machine runs on UTC)
 * [timespan]               PSTimeSpan
 * [securestring]           SecureString
 * [pscredential]           PSCredential
 * [scriptblock]            ScriptBlock (defined by the engine; see scriptblock.ts)
 * any object with props    PSObject (type names + ordered, case-insensitive properties)
 * enum-like values         PSEnumValue (prints as its name, equals its name as a string)
 * sizes                    ByteQuantifiedSize (Exchange's `1.5 GB (1,610,612,736 bytes)`)
 */

export type PSValue =
  | null
  | boolean
  | number
  | bigint
  | string
  | PSValue[]
  | PSObject
  | PSHashtable
  | PSDateTime
  | PSTimeSpan
  | SecureString
  | PSCredential
  | PSEnumValue
  | ByteQuantifiedSize
  | Uint8Array
  | OpaqueValue;

/** Values that belong to another layer (script blocks, format records...) and carry their own type name. */
export interface OpaqueValue {
  readonly psTypeNames: readonly string[];
  toString(): string;
}

/** A property of a PSObject. Getter properties compute their value on read (ScriptProperty / CodeProperty). */
export interface PSProperty {
  name: string;
  value?: PSValue;
  getter?: () => PSValue;
  setter?: (v: PSValue) => void;
  /** NoteProperty for pscustomobject members, Property for an object's own, ScriptProperty/AliasProperty... */
  memberType: 'NoteProperty' | 'Property' | 'ScriptProperty' | 'AliasProperty' | 'CodeProperty';
  /** The .NET type shown by Get-Member, e.g. 'string', 'System.Nullable[datetime]'. */
  typeName?: string;
  readOnly?: boolean;
}

/**
 * A PowerShell object: ordered, case-insensitive properties and a list of type names (most
 * specific first), which formatting uses to find a view and Get-Member shows as TypeName.
 */
export class PSObject {
  readonly psTypeNames: string[];
  private readonly props = new Map<string, PSProperty>();
  /** Overrides ToString(); otherwise ToString() gives the first type name (as .NET does) or the pscustomobject form. */
  toStringOverride?: () => string;

  constructor(typeNames: string[] = ['System.Management.Automation.PSCustomObject', 'System.Object']) {
    this.psTypeNames = typeNames;
  }

  /** Builds a PSCustomObject from an ordered record, as `[pscustomobject]@{...}` does. */
  static fromRecord(record: Record<string, PSValue>, typeNames?: string[]): PSObject {
    const o = new PSObject(typeNames);
    for (const [k, v] of Object.entries(record)) o.addNoteProperty(k, v);
    return o;
  }

  /** A property bag: `[pscustomobject]`, with or without a PSTypeName, or one read back from CliXml. */
  get isCustomObject(): boolean {
    return this.psTypeNames.some((n) => n === 'System.Management.Automation.PSCustomObject' || n === 'Deserialized.System.Management.Automation.PSCustomObject');
  }

  addNoteProperty(name: string, value: PSValue): this {
    this.props.set(name.toLowerCase(), { name, value, memberType: 'NoteProperty' });
    return this;
  }

  addProperty(prop: PSProperty): this {
    this.props.set(prop.name.toLowerCase(), prop);
    return this;
  }

  hasProperty(name: string): boolean {
    return this.props.has(name.toLowerCase());
  }

  getPropertyInfo(name: string): PSProperty | undefined {
    return this.props.get(name.toLowerCase());
  }

  /** Reads a property; `undefined` when there is no such property (PowerShell then yields $null). */
  get(name: string): PSValue | undefined {
    const p = this.props.get(name.toLowerCase());
    if (!p) return undefined;
    return p.getter ? p.getter() : (p.value ?? null);
  }

  /** Sets an existing property or adds a NoteProperty. */
  set(name: string, value: PSValue): void {
    const p = this.props.get(name.toLowerCase());
    if (!p) {
      this.addNoteProperty(name, value);
      return;
    }
    if (p.setter) p.setter(value);
    else p.value = value;
  }

  removeProperty(name: string): boolean {
    return this.props.delete(name.toLowerCase());
  }

  /** Script methods added by Add-Member -MemberType ScriptMethod (`$o.Name(args)`), by lower-cased name. */
  private methods?: Map<string, { name: string; invoke: (args: PSValue[]) => PSValue }>;

  addMethod(name: string, invoke: (args: PSValue[]) => PSValue): this {
    (this.methods ??= new Map()).set(name.toLowerCase(), { name, invoke });
    return this;
  }

  getMethod(name: string): { name: string; invoke: (args: PSValue[]) => PSValue } | undefined {
    return this.methods?.get(name.toLowerCase());
  }

  methodNames(): string[] {
    return [...(this.methods?.values() ?? [])].map((m) => m.name);
  }

  /** Properties in declaration order. */
  properties(): PSProperty[] {
    return [...this.props.values()];
  }

  propertyNames(): string[] {
    return [...this.props.values()].map((p) => p.name);
  }

  toString(): string {
    if (this.toStringOverride) return this.toStringOverride();
    if (this.isCustomObject) {
      // pwsh: "@{a=1; b=2}" for a pscustomobject converted to string; a nested pscustomobject shows as
      // its ToString(), which is empty: "@{a=; b=2}" (PSObject.ToString of a PSCustomObject in pwsh 7).
      return '@{' + this.properties().map((p) => {
        const value = p.getter ? p.getter() : (p.value ?? null);
        return `${p.name}=${value instanceof PSObject && value.isCustomObject && !value.toStringOverride ? '' : stringOf(value)}`;
      }).join('; ') + '}';
    }
    return this.psTypeNames[0] ?? 'System.Object';
  }
}

/** A hashtable: case-insensitive keys for strings, insertion order kept (pwsh's [ordered] and, for display, plain @{}). */
export class PSHashtable {
  readonly psTypeNames: readonly string[];
  private readonly map = new Map<unknown, { key: PSValue; value: PSValue }>();

  constructor(readonly ordered = false) {
    this.psTypeNames = ordered
      ? ['System.Collections.Specialized.OrderedDictionary', 'System.Object']
      : ['System.Collections.Hashtable', 'System.Object'];
  }

  private static norm(key: PSValue): unknown {
    return typeof key === 'string' ? 'S:' + key.toLowerCase() : typeof key === 'number' ? 'N:' + key : key;
  }

  get size(): number {
    return this.map.size;
  }

  get(key: PSValue): PSValue | undefined {
    return this.map.get(PSHashtable.norm(key))?.value;
  }

  has(key: PSValue): boolean {
    return this.map.has(PSHashtable.norm(key));
  }

  /** The key as the table stores it (`@{num=3}.keyOf('NUM')` is 'num'), or undefined. */
  keyOf(key: PSValue): PSValue | undefined {
    return this.map.get(PSHashtable.norm(key))?.key;
  }

  set(key: PSValue, value: PSValue): void {
    const k = PSHashtable.norm(key);
    const existing = this.map.get(k);
    if (existing) existing.value = value;
    else this.map.set(k, { key, value });
  }

  delete(key: PSValue): boolean {
    return this.map.delete(PSHashtable.norm(key));
  }

  clear(): void {
    this.map.clear();
  }

  entries(): [PSValue, PSValue][] {
    return [...this.map.values()].map((e) => [e.key, e.value]);
  }

  keys(): PSValue[] {
    return [...this.map.values()].map((e) => e.key);
  }

  values(): PSValue[] {
    return [...this.map.values()].map((e) => e.value);
  }

  static from(record: Record<string, PSValue>, ordered = false): PSHashtable {
    const h = new PSHashtable(ordered);
    for (const [k, v] of Object.entries(record)) h.set(k, v);
    return h;
  }

  toString(): string {
    return this.psTypeNames[0];
  }
}

/** DateTime: milliseconds since the Unix epoch; the emulated machine's local time zone is UTC. */
export class PSDateTime {
  readonly psTypeNames = ['System.DateTime', 'System.ValueType', 'System.Object'] as const;
  constructor(
    readonly ms: number,
    readonly kind: 'Local' | 'Utc' | 'Unspecified' = 'Local',
  ) {}

  toDate(): Date {
    return new Date(this.ms);
  }

  /** en-US current-culture form used by ToString() and formatting: `11/24/2026 8:42:44 AM` (`yyyy`: year 1 is `0001`). */
  toString(): string {
    const d = new Date(this.ms);
    const h = d.getUTCHours();
    const h12 = h % 12 === 0 ? 12 : h % 12;
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${String(d.getUTCFullYear()).padStart(4, '0')} ${h12}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'}`;
  }

  /** Invariant-culture form used when PowerShell converts to string (`"$d"`, `[string]$d`): `11/24/2026 08:42:44`. */
  toInvariantString(): string {
    const d = new Date(this.ms);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${String(d.getUTCFullYear()).padStart(4, '0')} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  }
}

/** TimeSpan in milliseconds (pwsh ticks are 100 ns; sub-millisecond precision is not needed here). */
export class PSTimeSpan {
  readonly psTypeNames = ['System.TimeSpan', 'System.ValueType', 'System.Object'] as const;
  constructor(readonly ms: number) {}

  /** `[-][d.]hh:mm:ss[.fffffff]`, as TimeSpan.ToString() prints: `1.02:03:04`, `00:05:00`. */
  toString(): string {
    let ms = Math.abs(this.ms);
    const sign = this.ms < 0 ? '-' : '';
    const days = Math.floor(ms / 86400000);
    ms -= days * 86400000;
    const h = Math.floor(ms / 3600000);
    ms -= h * 3600000;
    const m = Math.floor(ms / 60000);
    ms -= m * 60000;
    const s = Math.floor(ms / 1000);
    ms -= s * 1000;
    const pad = (n: number) => String(n).padStart(2, '0');
    const frac = ms > 0 ? '.' + String(Math.round(ms * 10000)).padStart(7, '0') : '';
    return `${sign}${days ? days + '.' : ''}${pad(h)}:${pad(m)}:${pad(s)}${frac}`;
  }
}

/** A SecureString: the plain text is kept private to the engine and never printed or persisted in clear. */
export class SecureString {
  readonly psTypeNames = ['System.Security.SecureString', 'System.Object'] as const;
  #plain: string;
  constructor(plain: string) {
    this.#plain = plain;
  }
  get length(): number {
    return this.#plain.length;
  }
  /** Only for the engine's credential checks (the world compares salted hashes). */
  reveal(): string {
    return this.#plain;
  }
  toString(): string {
    return 'System.Security.SecureString';
  }
}

export class PSCredential {
  readonly psTypeNames = ['System.Management.Automation.PSCredential', 'System.Object'] as const;
  constructor(
    readonly userName: string,
    readonly password: SecureString,
  ) {}
  toString(): string {
    return 'System.Management.Automation.PSCredential';
  }
}

/**
 * An enum value or Exchange's status-like value: prints as its name, compares equal to the name
 * (case-insensitively) and exposes `.Value` (remote Exchange sessions deserialize statuses so that
 * `$b.Status.Value` works).
 */
export class PSEnumValue {
  readonly psTypeNames: readonly string[];
  /** The underlying type is Int64 (e.g. Exchange's RecipientTypeDetails : long), not Int32. */
  int64 = false;
  constructor(
    readonly typeName: string,
    readonly name: string,
    readonly numeric?: number,
    /** The type names when not the enum's own: `Deserialized.<type>, Deserialized.System.Enum, ...` after Import-Clixml. */
    typeNames?: readonly string[],
  ) {
    this.psTypeNames = typeNames ?? [typeName, 'System.Enum', 'System.ValueType', 'System.Object'];
  }
  toString(): string {
    return this.name;
  }
}

/**
 * An enum read back from CliXml (`<Obj>` with `<ToString>` and an `<I32>`/`<I64>` base): in pwsh it is
 * the number wrapped in a PSObject named `Deserialized.<enum>`, whose ToString() is the name and whose
 * only property is Value (`Deserialized.System.Enum` type data: ScriptProperty `$this.ToString()`).
 * So it prints alone as a table of Value, expands in a string to the number, compares as the number
 * and gives `{"value":n,"Value":name}` in JSON, while a cell, `[string]` or `-join` shows the name.
 */
export function isDeserializedEnum(v: unknown): v is PSEnumValue & { numeric: number } {
  return v instanceof PSEnumValue && v.numeric !== undefined && v.psTypeNames.includes('Deserialized.System.Enum');
}

/** Exchange's ByteQuantifiedSize: prints `1.5 GB (1,610,612,736 bytes)`. */
export class ByteQuantifiedSize {
  readonly psTypeNames = ['Microsoft.Exchange.Data.ByteQuantifiedSize', 'System.ValueType', 'System.Object'] as const;
  constructor(readonly bytes: number) {}

  toString(): string {
    const units: [string, number][] = [
      ['TB', 2 ** 40],
      ['GB', 2 ** 30],
      ['MB', 2 ** 20],
      ['KB', 2 ** 10],
    ];
    const grouped = this.bytes.toLocaleString('en-US');
    for (const [unit, size] of units) {
      if (this.bytes >= size) {
        // Exchange rounds to at most 3 significant decimals and drops trailing zeros: 1.5 GB, 862.3 MB.
        const n = Math.round((this.bytes / size) * 1000) / 1000;
        return `${n} ${unit} (${grouped} bytes)`;
      }
    }
    return `${this.bytes} B (${grouped} bytes)`;
  }
}

export function isPSArray(v: unknown): v is PSValue[] {
  return Array.isArray(v);
}

/**
 * PowerShell's conversion of a value to string as used by string expansion and `[string]` casts
 * (LanguagePrimitives.ConvertTo<string>): $null -> '', arrays joined by a space ($OFS), booleans
 * `True`/`False`, dates in invariant culture, everything else by its ToString().
 */
export function stringOf(v: PSValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number') return doubleToString(v);
  if (typeof v === 'bigint') return v.toString();
  if (Array.isArray(v)) return v.map((x) => (Array.isArray(x) ? typeNamesOf(x)[0] : stringOf(x))).join(' ');
  if (v instanceof PSDateTime) return v.toInvariantString();
  if (v instanceof Uint8Array) return 'System.Byte[]';
  return String(v);
}

/**
 * A double's decimal digits as .NET's NumberBuffer holds them: value = 0.<digits> x 10^scale, the
 * digits without trailing zeros ('' for zero).
 */
export interface DecimalDigits {
  digits: string;
  scale: number;
  negative: boolean;
}

const POW5 = new Map<number, bigint>();

/** The exact decimal expansion of a finite double (every binary fraction has one): m x 2^e = m x 5^-e / 10^-e. */
export function exactDigits(x: number): DecimalDigits {
  const negative = x < 0 || Object.is(x, -0);
  if (x === 0) return { digits: '', scale: 0, negative };
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const hi = view.getUint32(0);
  const biased = (hi >>> 20) & 0x7ff;
  let mantissa = (BigInt(hi & 0xfffff) << 32n) | BigInt(view.getUint32(4));
  let e = -1074;
  if (biased !== 0) {
    mantissa |= 1n << 52n;
    e = biased - 1075;
  }
  let text: string;
  let pow10 = 0;
  if (e >= 0) text = (mantissa << BigInt(e)).toString();
  else {
    let p5 = POW5.get(-e);
    if (p5 === undefined) POW5.set(-e, (p5 = 5n ** BigInt(-e)));
    text = (mantissa * p5).toString();
    pow10 = e;
  }
  const digits = text.replace(/0+$/, '');
  return { digits, scale: text.length + pow10, negative };
}

/**
 * Keeps the first `keep` digits (none when keep <= 0), rounding what follows: half to even on an exact
 * tie (what .NET's Dragon4 does for a standard format: `0.125.ToString('F2')` is 0.12, `2.5.ToString('F0')` is 2),
 * or half up on the digits (what NumberToString's RoundNumber does for a custom format's 15 digits).
 */
export function roundDigits(d: DecimalDigits, keep: number, tie: 'even' | 'up' = 'even'): DecimalDigits {
  const { digits } = d;
  if (keep >= digits.length) return d;
  if (keep < 0) return { digits: '', scale: 0, negative: d.negative };
  const next = digits[keep]!;
  const exactHalf = next === '5' && keep + 1 === digits.length;
  const previousOdd = keep > 0 && Number(digits[keep - 1]) % 2 === 1;
  const up = next > '5' || (next === '5' && (!exactHalf || tie === 'up' || previousOdd));
  let kept = digits.slice(0, keep);
  let scale = d.scale;
  if (up) {
    let i = kept.length - 1;
    while (i >= 0 && kept[i] === '9') i--;
    if (i < 0) {
      kept = '1';
      scale += 1;
    } else kept = kept.slice(0, i) + String(Number(kept[i]) + 1);
  }
  kept = kept.replace(/0+$/, '');
  return { digits: kept, scale: kept === '' ? 0 : scale, negative: d.negative };
}

/** A double rounded to `n` significant digits, as .NET's "G<n>"/"E" formats round it (exact value, ties to even). */
export function significantDigits(x: number, n: number): DecimalDigits {
  return roundDigits(exactDigits(x), n);
}

/** A double rounded to `n` digits after the point, as .NET's "F"/"N"/"C"/"P" formats round it. */
export function fractionDigits(x: number, n: number): DecimalDigits {
  const d = exactDigits(x);
  return roundDigits(d, d.scale + n);
}

/** The shortest digits that read back as the same double (.NET's "R" and default ToString, JavaScript's too). */
export function shortestDigits(x: number): DecimalDigits {
  const negative = x < 0 || Object.is(x, -0);
  if (x === 0) return { digits: '', scale: 0, negative };
  const [mant, exp] = Math.abs(x).toExponential().split('e') as [string, string];
  return { digits: mant.replace('.', '').replace(/0+$/, ''), scale: Number(exp) + 1, negative };
}

/** Digits in .NET's general form: fixed point, or `d.dddE+xx` when the scale passes `maxDigits` or is below -3. */
function generalForm(d: DecimalDigits, maxDigits: number): string {
  const sign = d.negative ? '-' : '';
  if (d.digits === '') return sign + '0';
  const { digits, scale } = d;
  if (scale > maxDigits || scale < -3) {
    const exp = scale - 1;
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${m}E${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  if (scale <= 0) return `${sign}0.${'0'.repeat(-scale)}${digits}`;
  if (digits.length <= scale) return sign + digits + '0'.repeat(scale - digits.length);
  return `${sign}${digits.slice(0, scale)}.${digits.slice(scale)}`;
}

/** Digits in fixed point with exactly `decimals` digits after the point (.NET's "F"). */
export function fixedForm(d: DecimalDigits, decimals: number): string {
  const { digits, scale } = d;
  const int = scale > 0 ? digits.slice(0, scale).padEnd(scale, '0') : '0';
  const frac = (scale >= 0 ? digits.slice(scale) : '0'.repeat(-scale) + digits).padEnd(decimals, '0').slice(0, decimals);
  return (d.negative ? '-' : '') + int + (decimals > 0 ? '.' + frac : '');
}

/**
 * .NET's invariant ToString() of a Double (format "R"): the shortest digits that round-trip, in
 * exponent form below 1E-04 or past 17 digits before the point (.NET 10: `(1e16).ToString()` is
 * 10000000000000000, `(1e17).ToString()` 1E+17, `1.5e-5` 1.5E-05, `-0.0` -0), `NaN`, `Infinity`.
 * Integral numbers below 1E+15 are the emulator's Int32/Int64 and print all their digits.
 */
export function numberToString(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (n === Infinity) return 'Infinity';
  if (n === -Infinity) return '-Infinity';
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  return generalForm(shortestDigits(n), 17);
}

/**
 * A number as PowerShell's own conversion writes it ([string], "$x", -as [string]): pwsh 7.6 gives
 * a Double 15 significant digits (`[string](2/3)` is 0.666666666666667, `[string]1e15` is 1E+15,
 * `[string]0.00001` is 1E-05) where the Double's own ToString() round-trips (0.6666666666666666).
 */
export function numberToPSString(n: number): string {
  return doubleToString(n);
}

/**
 * .NET's "G<precision>" format of a Double: the value rounded to `precision` significant digits (ties
 * to even: `'{0:G2}' -f 0.125` is 0.12), in exponent form below 1E-04 or from 10^precision on.
 */
export function formatG(n: number, precision: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? 'Infinity' : '-Infinity';
  return generalForm(significantDigits(n, precision), precision);
}

/**
 * A Double as PowerShell converts it to text (string expansion, `[string]`, the formatter): .NET's
 * "G15" (pwsh 7.6: `0.1+0.2` -> `0.3`, `"$([double]::MaxValue)"` -> `1.79769313486232E+308`,
 * `123456789012345.6` -> `123456789012346`, `1e-5` -> `1E-05`, `0.0001` -> `0.0001`,
 * `[long]::MaxValue * 2` -> `1.84467440737095E+19`); only an explicit `.ToString()`, `-f` and the
 * serializers give the round-trip form (numberToString).
 * Integral values below 1E+15 are the emulator's Int32/Int64 and print all their digits.
 */
export function doubleToString(n: number): string {
  if (!Number.isFinite(n) || (Number.isInteger(n) && Math.abs(n) < 1e15)) return numberToString(n);
  return formatG(n, 15);
}

export const INT64_MIN = -(2n ** 63n);
export const INT64_MAX = 2n ** 63n - 1n;

/**
 * An exact Int64 in the value model: a number below 1E+15 in magnitude (a double holds it and
 * prints all its digits), else a bigint (pwsh 7.6: `[long]9007199254740993` prints
 * 9007199254740993, `1000000000000000` prints 1000000000000000 where a Double prints 1E+15).
 * Arithmetic on such a bigint goes through Double (toNumber), so its result is no longer exact.
 */
export function int64Value(n: bigint): number | bigint {
  return n > -1000000000000000n && n < 1000000000000000n ? Number(n) : n;
}

/**
 * Is this number the emulator's Double? A fraction, a non-finite value, or an integral value from
 * 1E+15 on: Int64 values there are bigints (int64Value), so such a number came from Double
 * arithmetic (pwsh 7.6: `([int64]::MaxValue + 1).GetType().Name` is Double).
 */
export function isDoubleNumber(v: number): boolean {
  return !Number.isInteger(v) || Math.abs(v) >= 1e15;
}

/** The type names of any value (most specific first), as `$x.PSObject.TypeNames` would list them. */
export function typeNamesOf(v: PSValue): readonly string[] {
  if (v === null) return [];
  switch (typeof v) {
    case 'string':
      return ['System.String', 'System.Object'];
    case 'boolean':
      return ['System.Boolean', 'System.ValueType', 'System.Object'];
    case 'number':
      return !isDoubleNumber(v)
        ? Math.abs(v) <= 2147483647
          ? ['System.Int32', 'System.ValueType', 'System.Object']
          : ['System.Int64', 'System.ValueType', 'System.Object']
        : ['System.Double', 'System.ValueType', 'System.Object'];
    case 'bigint':
      return ['System.Int64', 'System.ValueType', 'System.Object'];
  }
  if (Array.isArray(v)) return ['System.Object[]', 'System.Array', 'System.Object'];
  if (v instanceof Uint8Array) return ['System.Byte[]', 'System.Array', 'System.Object'];
  return (v as { psTypeNames: readonly string[] }).psTypeNames;
}
