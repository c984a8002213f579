/**
 * CliXml, PowerShell's serialization format (Export-Clixml.md, Import-Clixml.md; pwsh's
 * serialization.cs): `<Objs Version="1.1.0.1" xmlns=...>` holding one element per object.
 * Primitives have their own tags (S, I32, I64, Db, B, DT, TS, BA, SS, Nil...); other objects are
 * `<Obj RefId>` with a type-name list (TN, later referenced by TNRef), an optional ToString,
 * adapted properties (Props), extended/note properties (MS), or a container (LST/IE, DCT/En).
 * Read and written with src/xml (.NET's reader errors, XmlWriter's layout); names and text use pwsh's
 * `_xHHHH_` encoding.
 */
import { parseXml, positionAfter, xmlPosition, XmlSyntaxError, type XmlElement } from '../../xml/read';
import { writeXml, type XmlNode } from '../../xml/write';
import {
  ByteQuantifiedSize,
  PSCredential,
  PSDateTime,
  PSEnumValue,
  PSHashtable,
  PSObject,
  PSTimeSpan,
  SecureString,
  numberToString,
  stringOf,
  typeNamesOf,
  type PSValue,
} from '../values';
import { isoDate, parseIsoDate } from './json';
import { makeArrayList } from '../conversion';
import { DataFormatError, dataError } from './messages';
import { isWorldBlob, newWorldKey, plainHexToString, protectWithWorldKey, unprotectWithWorldKey } from '../secure-string-crypto';

export const CLIXML_NAMESPACE = 'http://schemas.microsoft.com/powershell/2004/04';
const CUSTOM_OBJECT = 'System.Management.Automation.PSCustomObject';
const DESERIALIZED = 'Deserialized.';

/**
 * A SecureString read from a CliXml file written elsewhere: its DPAPI text is kept as-is (never
 * decrypted), so exporting it again writes the same `<SS>` content.
 */
export class SerializedSecureString extends SecureString {
  constructor(readonly cipherText: string) {
    super('');
  }
}

/**
 * How `<SS>` text is made and read: pwsh writes a DPAPI blob (hex) on Windows and the UTF-16LE bytes in
 * plain hex on Linux. The emulator writes a DPAPI-shaped blob protected with the world's key
 * (secure-string-crypto.ts, docs/security.md); the session passes it in. Without one (a bare
 * toClixml call), a key made for the call and then forgotten: the text can never be read back.
 */
export interface SecureStringCodec {
  protect(plain: string): string;
  /** The text of a blob in the world's format; throws SecureStringCryptoError under another world's key. */
  unprotect(blob: string): string;
}

const FORGETFUL_CODEC: SecureStringCodec = {
  protect: (plain) => protectWithWorldKey(plain, newWorldKey()),
  unprotect: (blob) => unprotectWithWorldKey(blob, null),
};

export function protectSecureString(s: SecureString, codec: SecureStringCodec = FORGETFUL_CODEC): string {
  if (s instanceof SerializedSecureString) return s.cipherText;
  return codec.protect(s.reveal());
}

export function unprotectSecureString(cipher: string, codec: SecureStringCodec = FORGETFUL_CODEC): SecureString {
  const text = cipher.trim();
  if (isWorldBlob(text)) return new SecureString(codec.unprotect(text));
  const plain = plainHexToString(text);
  // A DPAPI blob from Windows is kept as it is (never decrypted): exporting it again writes the same text.
  return plain === null ? new SerializedSecureString(text) : new SecureString(plain);
}

// ---------------------------------------------------------------------------------------------
// pwsh's string encoding inside CliXml (serialization.cs EncodeString / DecodeString)

export function encodeClixmlString(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const isHigh = c >= 0xd800 && c <= 0xdbff;
    const isLow = c >= 0xdc00 && c <= 0xdfff;
    if (isHigh && i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff) {
      out += s[i]! + s[i + 1]!;
      i++;
    } else if (c < 0x20 || isHigh || isLow || c === 0xfffe || c === 0xffff || (s[i] === '_' && s[i + 1] === 'x'))
      out += '_x' + c.toString(16).toUpperCase().padStart(4, '0') + '_';
    else out += s[i]!;
  }
  return out;
}

export function decodeClixmlString(s: string): string {
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

// ---------------------------------------------------------------------------------------------
// Durations: XmlConvert.ToString(TimeSpan), e.g. PT1H2M3.5S, P1DT2H, -PT5M, PT0S

export function timeSpanToXml(t: PSTimeSpan): string {
  let ms = Math.abs(t.ms);
  const sign = t.ms < 0 ? '-' : '';
  const days = Math.floor(ms / 86400000);
  ms -= days * 86400000;
  const h = Math.floor(ms / 3600000);
  ms -= h * 3600000;
  const m = Math.floor(ms / 60000);
  ms -= m * 60000;
  const s = ms / 1000;
  let out = sign + 'P' + (days ? days + 'D' : '');
  if (h || m || s || !days) {
    out += 'T' + (h ? h + 'H' : '') + (m ? m + 'M' : '');
    if (s || (!h && !m)) out += numberToString(Math.round(s * 10000000) / 10000000) + 'S';
  }
  return out;
}

export function timeSpanFromXml(text: string): PSTimeSpan | null {
  const m = /^(-)?P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(text.trim());
  if (!m) return null;
  const [, neg, y, mo, d, h, mi, s] = m;
  const ms =
    (Number(y ?? 0) * 365 + Number(mo ?? 0) * 30 + Number(d ?? 0)) * 86400000 +
    Number(h ?? 0) * 3600000 +
    Number(mi ?? 0) * 60000 +
    Math.round(Number(s ?? 0) * 1000);
  return new PSTimeSpan(neg ? -ms : ms);
}

function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

function fromBase64(text: string): Uint8Array {
  const bin = atob(text.replace(/\s+/g, ''));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Writing

export interface ClixmlWriteOptions {
  /** Levels of contained objects written in full; deeper ones are written as their ToString() (default 2). */
  depth?: number;
  /** Protects `<SS>` (the session's world key). */
  secureStrings?: SecureStringCodec;
}

type XNode = XmlNode;

function el(tag: string, children: XNode[] | string | null, attrs?: Record<string, string>): XNode {
  return attrs ? { name: tag, attrs, content: children } : { name: tag, content: children };
}

class ClixmlWriter {
  private nextObjId = 0;
  private nextTnId = 0;
  private readonly tnIds = new Map<string, number>();
  private readonly objIds = new Map<object, number>();

  constructor(
    private readonly depth: number,
    private readonly codec?: SecureStringCodec,
  ) {}

  private nameAttr(name: string | undefined): Record<string, string> | undefined {
    return name === undefined ? undefined : { N: encodeClixmlString(name) };
  }

  private typeNames(names: readonly string[]): XNode {
    const key = names.join('\n');
    const known = this.tnIds.get(key);
    if (known !== undefined) return el('TNRef', null, { RefId: String(known) });
    const id = this.nextTnId++;
    this.tnIds.set(key, id);
    return el(
      'TN',
      names.map((n) => el('T', encodeClixmlString(n))),
      { RefId: String(id) },
    );
  }

  /** One value as an element; `name` is the property / key name (attribute N). */
  write(v: PSValue | undefined, name: string | undefined, depth: number): XNode {
    const n = this.nameAttr(name);
    if (v === null || v === undefined) return el('Nil', null, n);
    // pwsh writes an empty string as `<S></S>`, not `<S />` (the builder would close it).
    if (typeof v === 'string') return el('S', encodeClixmlString(v), n);
    if (typeof v === 'boolean') return el('B', v ? 'true' : 'false', n);
    if (typeof v === 'number') {
      if (Number.isInteger(v) && Math.abs(v) <= 2147483647) return el('I32', String(v), n);
      if (Number.isInteger(v) && Number.isSafeInteger(v)) return el('I64', String(v), n);
      return el('Db', numberToString(v), n);
    }
    if (typeof v === 'bigint') return el('I64', v.toString(), n);
    if (v instanceof PSDateTime) return el('DT', isoDate(v), n);
    if (v instanceof PSTimeSpan) return el('TS', timeSpanToXml(v), n);
    if (v instanceof Uint8Array) return el('BA', toBase64(v), n);
    if (v instanceof SecureString) return el('SS', protectSecureString(v, this.codec), n);

    const seen = this.objIds.get(v as object);
    if (seen !== undefined) return el('Ref', null, { ...(n ?? {}), RefId: String(seen) });
    const refId = this.nextObjId++;
    this.objIds.set(v as object, refId);
    const objAttrs = { ...(n ?? {}), RefId: String(refId) };
    const names = typeNamesOf(v);

    if (v instanceof PSEnumValue) {
      const base = v.numeric !== undefined ? el(v.int64 ? 'I64' : 'I32', String(v.numeric)) : el('S', encodeClixmlString(v.name));
      return el('Obj', [this.typeNames(names), el('ToString', encodeClixmlString(v.name)), base], objAttrs);
    }
    if (v instanceof ByteQuantifiedSize)
      return el('Obj', [this.typeNames(names), el('ToString', encodeClixmlString(v.toString())), el('U64', String(v.bytes))], objAttrs);
    if (v instanceof PSCredential)
      return el(
        'Obj',
        [
          this.typeNames(names),
          el('ToString', encodeClixmlString(v.toString())),
          el('Props', [this.write(v.userName, 'UserName', depth - 1), this.write(v.password, 'Password', depth - 1)]),
        ],
        objAttrs,
      );
    // The type names first: a TN's RefId is defined where it first appears in the document, so the
    // container's TN precedes those of the values inside it (pwsh's deserializer reads in order).
    if (Array.isArray(v)) {
      const tn = this.typeNames(listTypeNames.get(v) ?? names);
      const items = v.map((x) => this.writeChild(x, undefined, depth));
      return el('Obj', [tn, el('LST', items)], objAttrs);
    }
    if (v instanceof PSHashtable) {
      const tn = this.typeNames(names);
      const entries = v.entries().map(([k, val]) =>
        el('En', [this.writeChild(k, 'Key', depth), this.writeChild(val, 'Value', depth)]),
      );
      return el('Obj', [tn, el('DCT', entries)], objAttrs);
    }
    if (v instanceof PSObject) {
      const children: XNode[] = [this.typeNames(names)];
      const custom = v.isCustomObject;
      if (!custom) children.push(el('ToString', encodeClixmlString(v.toString())));
      const props: XNode[] = [];
      const members: XNode[] = [];
      for (const p of v.properties()) {
        // pwsh's serializer spends a level of depth on adapted properties only; note properties
        // (a pscustomobject's, Add-Member's) and list items are written at the object's own depth.
        const note = p.memberType === 'NoteProperty' || custom;
        const node = this.writeChild(v.get(p.name) ?? null, p.name, note ? depth : depth - 1);
        if (note) members.push(node);
        else props.push(node);
      }
      if (props.length) children.push(el('Props', props));
      if (members.length) children.push(el('MS', members));
      return el('Obj', children, objAttrs);
    }
    // Script blocks and other opaque values: their text, typed.
    return el('Obj', [this.typeNames(names), el('ToString', encodeClixmlString(String(v)))], objAttrs);
  }

  /**
   * A contained value: an object with adapted properties reached with no depth left is written as
   * its string form (Export-Clixml -Depth: "how many levels of contained objects are included").
   */
  private writeChild(v: PSValue | undefined, name: string | undefined, depth: number): XNode {
    if (depth <= 0 && v instanceof PSObject && !v.isCustomObject) return this.write(v.toString(), name, depth);
    return this.write(v, name, depth);
  }
}

/** Original type names of lists read from CliXml, so that writing them again keeps their TN. */
const listTypeNames = new WeakMap<PSValue[], string[]>();


/** The CliXml document for a sequence of objects (Export-Clixml writes each input object). Lines end with CRLF, as on Windows. */
export function toClixml(values: readonly PSValue[], options: ClixmlWriteOptions = {}): string {
  const w = new ClixmlWriter(options.depth ?? 2, options.secureStrings);
  const objs = values.map((v) => w.write(v, undefined, options.depth ?? 2));
  const doc = [el('Objs', objs, { Version: '1.1.0.1', xmlns: CLIXML_NAMESPACE })];
  return writeXml(doc[0], '\r\n');
}

// ---------------------------------------------------------------------------------------------
// Reading

type Elem = XmlElement;

function deserializedNames(names: string[]): string[] {
  return names.map((n) => (n.startsWith(DESERIALIZED) ? n : DESERIALIZED + n));
}

const INTEGER = /^[ \t\r\n]*[-+]?\d+[ \t\r\n]*$/;
const REAL = /^[ \t\r\n]*([-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?|-?INF|NaN)[ \t\r\n]*$/;
/** Primitive tags whose text XmlConvert parses: the .NET type pwsh names and what it accepts. */
const PRIMITIVES: Record<string, [string, RegExp]> = {
  I32: ['System.Int32', INTEGER],
  I16: ['System.Int16', INTEGER],
  I64: ['System.Int64', INTEGER],
  U16: ['System.UInt16', INTEGER],
  U32: ['System.UInt32', INTEGER],
  U64: ['System.UInt64', INTEGER],
  By: ['System.Byte', INTEGER],
  SB: ['System.SByte', INTEGER],
  C: ['System.Char', INTEGER],
  Db: ['System.Double', REAL],
  Sg: ['System.Single', REAL],
  D: ['System.Decimal', /^[ \t\r\n]*[-+]?(\d+(\.\d*)?|\.\d+)[ \t\r\n]*$/],
  B: ['System.Boolean', /^[ \t\r\n]*(true|false|1|0)[ \t\r\n]*$/],
};

class ClixmlReader {
  private readonly objs = new Map<string, PSValue>();
  private readonly tns = new Map<string, string[]>();
  constructor(
    private readonly codec: SecureStringCodec | undefined,
    /** The document, for the line and position of a content error. */
    private readonly doc: string,
  ) {}

  /** The text of a primitive element, checked as XmlConvert reads its type (pwsh: "The contents of ... are not valid."). */
  private primitive(e: Elem, t: string): string {
    const kind = PRIMITIVES[e.name];
    if (kind && !kind[1].test(t)) throw dataError('ClixmlBadPrimitive', kind[0], positionAfter(this.doc, e));
    return t;
  }

  read(e: Elem): PSValue {
    const t = this.primitive(e, decodeClixmlString(e.text));
    switch (e.name) {
      case 'Nil':
        return null;
      case 'S':
      case 'G': // Guid
      case 'URI':
      case 'XD':
      case 'SBK': // script block text
      case 'Version':
        return t;
      case 'C':
        return String.fromCharCode(Number(t));
      case 'B':
        return /^\s*(true|1)\s*$/.test(t);
      case 'I32':
      case 'I16':
      case 'U16':
      case 'U32':
      case 'By':
      case 'SB':
      case 'U8':
      case 'Db':
      case 'Sg':
      case 'D': {
        const x = t.trim();
        return x === 'INF' ? Infinity : x === '-INF' ? -Infinity : Number(x);
      }
      case 'I64':
      case 'U64': {
        const n = Number(t);
        return Number.isSafeInteger(n) ? n : BigInt(t.trim());
      }
      case 'DT':
        return parseIsoDate(t.trim().replace(/(\.\d{7})\d+/, '$1')) ?? t;
      case 'TS':
        return timeSpanFromXml(t) ?? t;
      case 'BA':
        return fromBase64(t);
      case 'SS':
        return unprotectSecureString(t, this.codec);
      case 'Ref': {
        const id = e.attrs['RefId'] ?? '';
        if (!this.objs.has(id)) throw dataError('ClixmlBadRef', id);
        return this.objs.get(id)!;
      }
      case 'Obj':
        return this.readObj(e);
      default:
        throw dataError('ClixmlUnknownTag', e.name, xmlPosition(this.doc, e.at));
    }
  }

  private typeNamesOf(e: Elem): string[] {
    const tn = e.children.find((c) => c.name === 'TN');
    if (tn) {
      const names = tn.children.filter((c) => c.name === 'T').map((c) => decodeClixmlString(c.text));
      if (tn.attrs['RefId'] !== undefined) this.tns.set(tn.attrs['RefId'], names);
      return names;
    }
    const ref = e.children.find((c) => c.name === 'TNRef');
    if (ref) {
      const names = this.tns.get(ref.attrs['RefId'] ?? '');
      if (!names) throw dataError('ClixmlBadRef', ref.attrs['RefId'] ?? '');
      return names;
    }
    return [];
  }

  private readObj(e: Elem): PSValue {
    const names = this.typeNamesOf(e);
    const refId = e.attrs['RefId'];
    const remember = <T extends PSValue>(v: T): T => {
      if (refId !== undefined) this.objs.set(refId, v);
      return v;
    };
    const toStringEl = e.children.find((c) => c.name === 'ToString');
    const props = e.children.find((c) => c.name === 'Props');
    const ms = e.children.find((c) => c.name === 'MS');
    const list = e.children.find((c) => c.name === 'LST' || c.name === 'IE' || c.name === 'STK' || c.name === 'QUE');
    const dict = e.children.find((c) => c.name === 'DCT');
    const base = e.children.find((c) => !['TN', 'TNRef', 'ToString', 'Props', 'MS', 'LST', 'IE', 'STK', 'QUE', 'DCT'].includes(c.name));

    if (list) {
      // pwsh reads every LST/IE back as an ArrayList (GetType(): System.Collections.ArrayList), whatever list was written.
      const arr: PSValue[] = remember(makeArrayList([]));
      listTypeNames.set(arr, deserializedNames(names));
      for (const c of list.children) arr.push(this.read(c));
      return arr;
    }
    if (dict) {
      const h = remember(new PSHashtable(names[0] === 'System.Collections.Specialized.OrderedDictionary'));
      for (const en of dict.children.filter((c) => c.name === 'En')) {
        const k = en.children.find((c) => c.attrs['N'] === 'Key');
        const val = en.children.find((c) => c.attrs['N'] === 'Value');
        h.set(k ? this.read(k) : null, val ? this.read(val) : null);
      }
      return h;
    }
    if (names[0] === 'System.Management.Automation.PSCredential' && props) {
      // pwsh rehydrates credentials into real PSCredential objects.
      const user = props.children.find((c) => c.attrs['N'] === 'UserName');
      const pass = props.children.find((c) => c.attrs['N'] === 'Password');
      const password = pass ? this.read(pass) : null;
      return remember(new PSCredential(user ? stringOf(this.read(user)) : '', password instanceof SecureString ? password : new SecureString('')));
    }
    if (base && names.includes('System.Enum')) {
      const value = this.read(base);
      const name = toStringEl ? decodeClixmlString(toStringEl.text) : stringOf(value);
      const en = new PSEnumValue(names[0]!.replace(/^Deserialized\./, ''), name, typeof value === 'number' ? value : undefined, deserializedNames(names));
      en.int64 = base.name === 'I64';
      return remember(en);
    }
    if (base && names[0] === 'Microsoft.Exchange.Data.ByteQuantifiedSize') {
      const value = this.read(base);
      if (typeof value === 'number') return remember(new ByteQuantifiedSize(value));
    }
    if (base && !props && !ms) return remember(this.read(base));

    const o = remember(new PSObject(deserializedNames(names.length ? names : ['System.Object'])));
    if (toStringEl) {
      const text = decodeClixmlString(toStringEl.text);
      o.toStringOverride = () => text;
    }
    // A deserialized pscustomobject (no ToString element) still converts to string as `@{Name=value; ...}` (PSObject.isCustomObject).
    for (const c of props?.children ?? [])
      o.addProperty({ name: decodeClixmlString(c.attrs['N'] ?? ''), value: this.read(c), memberType: 'Property' });
    for (const c of ms?.children ?? []) o.addNoteProperty(decodeClixmlString(c.attrs['N'] ?? ''), this.read(c));
    return o;
  }
}

/**
 * Reads a CliXml document into values: primitives, lists and hashtables come back as themselves,
 * credentials as PSCredential, other objects as PSObjects named `Deserialized.<type>`.
 */
export function fromClixml(xml: string, options: { secureStrings?: SecureStringCodec } = {}): PSValue[] {
  const text = xml.startsWith('\uFEFF') ? xml.slice(1) : xml;
  let root: XmlElement | null;
  let failure: XmlSyntaxError | null = null;
  try {
    root = parseXml(text);
  } catch (err) {
    if (!(err instanceof XmlSyntaxError)) throw err;
    failure = err;
    root = err.partial;
  }
  // pwsh's deserializer reads the root start tag first (XmlReader.ReadStartElement), then one object at a time.
  if (root && (root.name !== 'Objs' || root.attrs['xmlns'] !== CLIXML_NAMESPACE)) throw dataError('ClixmlNoObjs', CLIXML_NAMESPACE, xmlPosition(text, root.at));
  const reader = new ClixmlReader(options.secureStrings, text);
  const values: PSValue[] = [];
  for (const c of root?.children ?? []) {
    if (failure && c.end > failure.lastTagAt) break;
    try {
      values.push(reader.read(c));
    } catch (err) {
      // Objects before a bad one were already handed on by pwsh's streaming deserializer.
      if (err instanceof DataFormatError) err.readBefore = values;
      throw err;
    }
  }
  if (failure) {
    const e = dataError('XmlSyntax', failure.message);
    // The objects complete before the error: Import-Clixml writes them first, as pwsh's streaming reader does.
    e.readBefore = values;
    throw e;
  }
  return values;
}
