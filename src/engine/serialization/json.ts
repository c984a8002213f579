/**
 * JSON as pwsh 7.4 writes and reads it (ConvertTo-Json / ConvertFrom-Json, reference page
 * ConvertTo-Json.md). pwsh builds a tree of dictionaries/lists (JsonObject.ProcessValue) and hands
 * it to Newtonsoft.Json, so the text follows Newtonsoft: 2-space indentation, `"Name": value`,
 * `[]`/`{}` for empty containers, ISO dates with the round-trip kind suffix.
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
  numberToString,
  isDoubleNumber,
  stringOf,
  type PSValue,
} from '../values';
import { dataError } from './messages';

export type JsonEscapeHandling = 'Default' | 'EscapeNonAscii' | 'EscapeHtml';

export interface JsonWriteOptions {
  /** Levels kept before values are replaced by their string form (pwsh default 2). */
  depth?: number;
  compress?: boolean;
  enumsAsStrings?: boolean;
  escapeHandling?: JsonEscapeHandling;
}

export interface JsonWriteResult {
  text: string;
  /** True when some value sat deeper than `depth` (the cmdlet then warns JsonMaxDepthReached). */
  truncated: boolean;
}

/** The intermediate tree, as pwsh's ProcessValue builds it. */
type JsonNode =
  | { k: 'raw'; text: string }
  | { k: 'str'; value: string }
  | { k: 'arr'; items: JsonNode[] }
  | { k: 'obj'; entries: [string, JsonNode][] };

const NULL: JsonNode = { k: 'raw', text: 'null' };

/** Newtonsoft's round-trip date text: `2021-08-05T16:13:05.6394416-07:00`; the emulated zone is UTC. */
export function isoDate(d: PSDateTime): string {
  const dt = new Date(d.ms);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const base = `${pad(dt.getUTCFullYear(), 4)}-${pad(dt.getUTCMonth() + 1)}-${pad(dt.getUTCDate())}T${pad(dt.getUTCHours())}:${pad(dt.getUTCMinutes())}:${pad(dt.getUTCSeconds())}`;
  const ms = ((d.ms % 1000) + 1000) % 1000;
  const frac = ms ? '.' + String(ms).padStart(3, '0').replace(/0+$/, '') : '';
  const suffix = d.kind === 'Utc' ? 'Z' : d.kind === 'Local' ? '+00:00' : '';
  return base + frac + suffix;
}

function timeSpanNode(t: PSTimeSpan): JsonNode {
  // .NET 8 TimeSpan's public properties in reflection order; ticks are 100 ns.
  const ms = t.ms;
  const trunc = (x: number) => (x < 0 ? Math.ceil(x) : Math.floor(x));
  const num = (n: number): JsonNode => ({ k: 'raw', text: numberText(n) });
  return {
    k: 'obj',
    entries: [
      ['Ticks', num(Math.round(ms * 10000))],
      ['Days', num(trunc(ms / 86400000))],
      ['Hours', num(trunc(ms / 3600000) % 24)],
      ['Milliseconds', num(trunc(ms) % 1000)],
      ['Microseconds', num(0)],
      ['Nanoseconds', num(0)],
      ['Minutes', num(trunc(ms / 60000) % 60)],
      ['Seconds', num(trunc(ms / 1000) % 60)],
      ['TotalDays', num(ms / 86400000)],
      ['TotalHours', num(ms / 3600000)],
      ['TotalMilliseconds', num(ms)],
      ['TotalMicroseconds', num(ms * 1000)],
      ['TotalNanoseconds', num(ms * 1000000)],
      ['TotalMinutes', num(ms / 60000)],
      ['TotalSeconds', num(ms / 1000)],
    ],
  };
}

function numberText(n: number): string {
  if (!Number.isFinite(n)) return JSON.stringify(numberToString(n)); // Newtonsoft writes "NaN" / "Infinity" as strings
  const text = numberToString(n);
  // Newtonsoft keeps a Double's decimal point (pwsh 7.6: `1e16 | ConvertTo-Json` is 10000000000000000.0).
  return isDoubleNumber(n) && /^-?\d+$/.test(text) ? text + '.0' : text;
}

interface Walk {
  maxDepth: number;
  enumsAsStrings: boolean;
  truncated: boolean;
}

/** pwsh's JsonObject.ProcessValue: primitives as they are, containers one level deeper each. */
function toNode(v: PSValue | undefined, depth: number, w: Walk): JsonNode {
  if (v === null || v === undefined) return NULL;
  if (typeof v === 'string') return { k: 'str', value: v };
  if (typeof v === 'boolean') return { k: 'raw', text: v ? 'true' : 'false' };
  if (typeof v === 'number') return { k: 'raw', text: numberText(v) };
  if (typeof v === 'bigint') return { k: 'raw', text: v.toString() };
  if (v instanceof PSDateTime) return { k: 'str', value: isoDate(v) };
  if (isDeserializedEnum(v) && !w.enumsAsStrings) {
    // The Int32 wrapped in a PSObject with the Value ScriptProperty: its base value, then the property.
    return { k: 'obj', entries: [['value', { k: 'raw', text: String(v.numeric) }], ['Value', { k: 'str', value: v.name }]] };
  }
  if (v instanceof PSEnumValue) {
    if (w.enumsAsStrings || v.numeric === undefined) return { k: 'str', value: v.name };
    return { k: 'raw', text: String(v.numeric) };
  }
  if (v instanceof ByteQuantifiedSize) return { k: 'str', value: v.toString() };
  if (depth > w.maxDepth) {
    // Too deep: the value's string form (LanguagePrimitives.ConvertTo<string>, invariant culture).
    w.truncated = true;
    return { k: 'str', value: stringOf(v) };
  }
  if (Array.isArray(v)) return { k: 'arr', items: v.map((x) => toNode(x, depth + 1, w)) };
  if (v instanceof Uint8Array) return { k: 'arr', items: [...v].map((b) => ({ k: 'raw', text: String(b) }) as JsonNode) };
  if (v instanceof PSHashtable)
    return { k: 'obj', entries: v.entries().map(([key, val]) => [stringOf(key), toNode(val, depth + 1, w)]) };
  if (v instanceof PSTimeSpan) return timeSpanNode(v);
  if (v instanceof SecureString) return { k: 'obj', entries: [['Length', { k: 'raw', text: String(v.length) }]] };
  if (v instanceof PSCredential)
    return {
      k: 'obj',
      entries: [
        ['UserName', { k: 'str', value: v.userName }],
        ['Password', toNode(v.password, depth + 1, w)],
      ],
    };
  if (v instanceof PSObject)
    return { k: 'obj', entries: v.properties().map((p) => [p.name, toNode(v.get(p.name), depth + 1, w)]) };
  return { k: 'str', value: String(v) };
}

const SHORT_ESCAPES: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Newtonsoft's JavaScriptUtils.WriteEscapedJavaScriptString for the three escape modes. */
const NEEDS_ESCAPE: Record<JsonEscapeHandling, RegExp> = {
  Default: /["\\\u0000-\u001f\u007f\u0085\u2028\u2029]/,
  EscapeHtml: /["\\\u0000-\u001f\u007f\u0085\u2028\u2029<>'&]/,
  EscapeNonAscii: /["\\\u0000-\u001f\u007f-\uffff]/,
};

export function jsonString(s: string, mode: JsonEscapeHandling = 'Default'): string {
  // Most strings need no escaping: skip the per-character walk.
  if (!NEEDS_ESCAPE[mode].test(s)) return '"' + s + '"';
  let out = '"';
  for (const ch of s) {
    for (let i = 0; i < ch.length; i++) {
      const c = ch[i]!;
      const code = c.charCodeAt(0);
      const short = SHORT_ESCAPES[c];
      if (short) out += short;
      else if (code < 0x20 || code === 0x7f || code === 0x85 || code === 0x2028 || code === 0x2029) out += uEscape(code);
      else if (mode === 'EscapeHtml' && `<>'&`.includes(c)) out += uEscape(code);
      else if (mode === 'EscapeNonAscii' && code > 0x7f) out += uEscape(code);
      else out += c;
    }
  }
  return out + '"';
}

function uEscape(code: number): string {
  return '\\u' + code.toString(16).padStart(4, '0');
}

function write(node: JsonNode, indent: string, compress: boolean, esc: JsonEscapeHandling): string {
  switch (node.k) {
    case 'raw':
      return node.text;
    case 'str':
      return jsonString(node.value, esc);
    case 'arr': {
      if (node.items.length === 0) return '[]';
      if (compress) return '[' + node.items.map((n) => write(n, '', true, esc)).join(',') + ']';
      const inner = indent + '  ';
      return '[\n' + node.items.map((n) => inner + write(n, inner, false, esc)).join(',\n') + '\n' + indent + ']';
    }
    case 'obj': {
      if (node.entries.length === 0) return '{}';
      if (compress) return '{' + node.entries.map(([k, n]) => jsonString(k, esc) + ':' + write(n, '', true, esc)).join(',') + '}';
      const inner = indent + '  ';
      return (
        '{\n' +
        node.entries.map(([k, n]) => inner + jsonString(k, esc) + ': ' + write(n, inner, false, esc)).join(',\n') +
        '\n' +
        indent +
        '}'
      );
    }
  }
}

/**
 * Serialises one value (ConvertTo-Json passes its single input, or the list of all inputs when there
 * were several or -AsArray was given: the list then counts as the first level, as in pwsh).
 */
export function toJson(value: PSValue, options: JsonWriteOptions = {}): JsonWriteResult {
  const w: Walk = { maxDepth: options.depth ?? 2, enumsAsStrings: options.enumsAsStrings ?? false, truncated: false };
  const node = toNode(value, 0, w);
  return { text: write(node, '', options.compress ?? false, options.escapeHandling ?? 'Default'), truncated: w.truncated };
}

// ---------------------------------------------------------------------------------------------
// Reading

export interface JsonReadOptions {
  /** -AsHashtable: objects become hashtables (keys may then differ only by case, or be empty). */
  asHashtable?: boolean;
}

/** Newtonsoft's ISO date recognition (DateParseHandling.DateTime): only full `yyyy-MM-ddTHH:mm:ss` forms. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,7})?(Z|[+-]\d{2}:\d{2})?$/;

export function parseIsoDate(s: string): PSDateTime | null {
  const m = ISO_DATE.exec(s);
  if (!m) return null;
  const [, y, mo, d, h, mi, sec, frac, zone] = m;
  const ms = frac ? Math.round(Number('0' + frac) * 1000) : 0;
  let t = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(sec), ms);
  if (Number.isNaN(t) || Number(mo) > 12 || Number(d) > 31 || Number(h) > 23 || Number(mi) > 59 || Number(sec) > 59) return null;
  if (y!.length === 4 && Number(y) < 100) t = new Date(t).setUTCFullYear(Number(y));
  if (!zone) return new PSDateTime(t, 'Unspecified');
  if (zone === 'Z') return new PSDateTime(t, 'Utc');
  const sign = zone[0] === '-' ? -1 : 1;
  const offset = sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6))) * 60000;
  // An offset is converted to the machine's local time (UTC here), kind Local.
  return new PSDateTime(t - offset, 'Local');
}

/** A small JSON reader reporting errors with Newtonsoft's wording, path, line and position. */
class JsonReader {
  private pos = 0;
  private readonly path: (string | number)[] = [];

  constructor(
    private readonly text: string,
    private readonly asHashtable: boolean,
  ) {}

  private pathText(): string {
    let s = '';
    for (const p of this.path) s += typeof p === 'number' ? `[${p}]` : s ? '.' + p : p;
    return s;
  }

  private lineAndPos(at: number): [number, number] {
    let line = 1;
    let col = 0;
    for (let i = 0; i < at && i < this.text.length; i++) {
      if (this.text[i] === '\n') {
        line++;
        col = 0;
      } else col++;
    }
    return [line, col + 1];
  }

  private fail(id: 'JsonUnexpectedCharacter' | 'JsonInvalidPropertyChar' | 'JsonAfterValue' | 'JsonBadEscape', ch: string, at = this.pos): never {
    const [line, col] = this.lineAndPos(at);
    throw dataError(id, ch, this.pathText(), line, col);
  }

  private failEnd(): never {
    const [line, col] = this.lineAndPos(this.text.length);
    throw dataError('JsonUnexpectedEnd', this.pathText(), line, col - 1);
  }

  private skipWs(): void {
    for (;;) {
      const c = this.text[this.pos];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\ufeff') this.pos++;
      else if (c === '/' && this.text[this.pos + 1] === '/') {
        // Newtonsoft accepts comments.
        while (this.pos < this.text.length && this.text[this.pos] !== '\n') this.pos++;
      } else if (c === '/' && this.text[this.pos + 1] === '*') {
        const end = this.text.indexOf('*/', this.pos + 2);
        this.pos = end < 0 ? this.text.length : end + 2;
      } else return;
    }
  }

  /** The whole document: one value, then only white space. Empty text gives null. */
  readDocument(): PSValue {
    this.skipWs();
    if (this.pos >= this.text.length) return null;
    const v = this.readValue();
    this.skipWs();
    if (this.pos < this.text.length) this.fail('JsonAfterValue', this.text[this.pos]!);
    return v;
  }

  private readValue(): PSValue {
    this.skipWs();
    const c = this.text[this.pos];
    if (c === undefined) this.failEnd();
    if (c === '{') return this.readObject();
    if (c === '[') return this.readArray();
    if (c === '"' || c === "'") {
      const s = this.readString();
      return parseIsoDate(s) ?? s;
    }
    if (c === '-' || (c >= '0' && c <= '9')) return this.readNumber();
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return value;
      }
    }
    return this.fail('JsonUnexpectedCharacter', c);
  }

  private readNumber(): PSValue {
    const m = /^-?(?:\d+)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(this.text.slice(this.pos, this.pos + 400));
    if (!m) this.fail('JsonUnexpectedCharacter', this.text[this.pos]!);
    this.pos += m[0].length;
    const isInt = /^-?\d+$/.test(m[0]);
    if (isInt) {
      const n = Number(m[0]);
      // Beyond Int64 pwsh yields a BigInteger.
      return Number.isSafeInteger(n) ? n : BigInt(m[0]);
    }
    return Number(m[0]);
  }

  private readString(): string {
    const quote = this.text[this.pos]!;
    const start = this.pos;
    this.pos++;
    let out = '';
    for (;;) {
      const c = this.text[this.pos];
      if (c === undefined) {
        const [line, col] = this.lineAndPos(this.text.length);
        void start;
        throw dataError('JsonUnterminatedString', this.pathText(), line, col - 1);
      }
      this.pos++;
      if (c === quote) return out;
      if (c !== '\\') {
        out += c;
        continue;
      }
      const e = this.text[this.pos++];
      switch (e) {
        case 'n':
          out += '\n';
          break;
        case 'r':
          out += '\r';
          break;
        case 't':
          out += '\t';
          break;
        case 'b':
          out += '\b';
          break;
        case 'f':
          out += '\f';
          break;
        case 'u': {
          const hex = this.text.slice(this.pos, this.pos + 4);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('JsonBadEscape', '\\u' + hex, this.pos);
          out += String.fromCharCode(parseInt(hex, 16));
          this.pos += 4;
          break;
        }
        case '"':
        case "'":
        case '\\':
        case '/':
          out += e;
          break;
        default:
          this.fail('JsonBadEscape', '\\' + (e ?? ''), this.pos - 1);
      }
    }
  }

  private readArray(): PSValue[] {
    this.pos++;
    const out: PSValue[] = [];
    this.skipWs();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return out;
    }
    for (;;) {
      this.path.push(out.length);
      out.push(this.readValue());
      this.skipWs();
      const c = this.text[this.pos];
      if (c === undefined) this.failEnd();
      this.path.pop();
      this.pos++;
      if (c === ']') return out;
      if (c !== ',') this.fail('JsonAfterValue', c, this.pos - 1);
      this.skipWs();
      if (this.text[this.pos] === ']') {
        this.pos++;
        return out;
      }
    }
  }

  private readObject(): PSObject | PSHashtable {
    this.pos++;
    const entries: [string, PSValue][] = [];
    this.skipWs();
    if (this.text[this.pos] === '}') this.pos++;
    else
      for (;;) {
        this.skipWs();
        const c = this.text[this.pos];
        if (c === undefined) this.failEnd();
        let key: string;
        if (c === '"' || c === "'") key = this.readString();
        else {
          const m = /^[A-Za-z_$][\w$]*/.exec(this.text.slice(this.pos, this.pos + 1000));
          if (!m) this.fail('JsonInvalidPropertyChar', c);
          key = m[0];
          this.pos += key.length;
        }
        this.skipWs();
        if (this.text[this.pos] !== ':') {
          if (this.pos >= this.text.length) this.failEnd();
          this.fail('JsonInvalidPropertyChar', this.text[this.pos]!);
        }
        this.pos++;
        this.path.push(key);
        entries.push([key, this.readValue()]);
        this.skipWs();
        const d = this.text[this.pos];
        if (d === undefined) this.failEnd();
        this.path.pop();
        this.pos++;
        if (d === '}') break;
        if (d !== ',') this.fail('JsonAfterValue', d, this.pos - 1);
        this.skipWs();
        if (this.text[this.pos] === '}') {
          this.pos++;
          break;
        }
      }
    return this.asHashtable ? this.toHashtable(entries) : this.toObject(entries);
  }

  private toHashtable(entries: [string, PSValue][]): PSHashtable {
    const h = new PSHashtable();
    for (const [k, v] of entries) h.set(k, v);
    return h;
  }

  private toObject(entries: [string, PSValue][]): PSObject {
    const o = new PSObject();
    for (const [k, v] of entries) {
      if (k === '') throw dataError('JsonEmptyKey');
      const existing = o.getPropertyInfo(k);
      if (existing && existing.name !== k) throw dataError('JsonDuplicateKeysDifferentCasing', existing.name, k);
      if (existing) o.set(k, v);
      else o.addNoteProperty(k, v);
    }
    return o;
  }
}

/**
 * Parses JSON text into PowerShell values: objects -> PSCustomObject (or hashtable), integers ->
 * Int64-like numbers, ISO date strings -> DateTime. Throws DataFormatError with Newtonsoft's message.
 */
export function fromJson(text: string, options: JsonReadOptions = {}): PSValue {
  return new JsonReader(text, options.asHashtable ?? false).readDocument();
}
