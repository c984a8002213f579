/**
 * The allow-list of .NET surface the Exchange docs' scripts use (static members, constructors and
 * instance methods). Everything else fails as pwsh does: TypeNotFound, MethodNotFound,
 * InvokeMethodOnNull. File access goes through services.fs, time through services.clock and
 * randomness (NewGuid) through services.random, so runs stay deterministic.
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
  numberToString,
  stringOf,
  INT64_MAX,
  INT64_MIN,
  type PSValue,
} from './values';
import type { CmdletServices } from './cmdlet';
import {
  compareValues,
  convertTo,
  fullTypeNameOf,
  isArrayList,
  typedArrayElement,
  newTypedArray,
  cultureObject,
  looseEquals,
  makeArrayList,
  resolveTypeName,
  toDateTime,
  toNumber,
  toStr,
  toTimeSpan,
  typeObject,
  roundHalfEven,
} from './conversion';
import { PSRuntimeError, recordFromCatalogue, runtimeError, ExceptionObject, ErrorRecord, DotNetException, argumentOutOfRange, methodInvocationError, shortTypeName } from './errors';
import { compositeFormatText, formatDate, formatValue } from './textformat';
import { regexObject, regexOptionsOf, regexStaticMethod } from './regex';
import { formatMessage } from './messages';

export interface DotNetContext {
  services: CmdletServices;
}

function methodNotFound(typeName: string, method: string): PSRuntimeError {
  return new PSRuntimeError(
    recordFromCatalogue('MethodNotFound', [typeName, method], { exceptionType: 'System.Management.Automation.RuntimeException', category: 'InvalidOperation', targetObject: method }),
  );
}

function badArgCount(method: string, n: number): PSRuntimeError {
  return new PSRuntimeError(
    recordFromCatalogue('MethodArgumentCount', [method, n], { exceptionType: 'System.Management.Automation.MethodException', category: 'NotSpecified', targetObject: null }),
  );
}

/** A GUID from the seeded random source (version 4 layout). */
export function newGuid(services: CmdletServices): string {
  const hex = () => Math.floor(services.random.next() * 16).toString(16);
  let s = '';
  for (let i = 0; i < 32; i++) s += hex();
  const variant = ((parseInt(s[16], 16) & 0x3) | 0x8).toString(16);
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-4${s.slice(13, 16)}-${variant}${s.slice(17, 20)}-${s.slice(20, 32)}`;
}

/** A System.Guid value: prints as its text; its Guid property is the text (New-Guid, [guid]::new()). */
export function guidValue(text: string): PSObject {
  const o = new PSObject(['System.Guid', 'System.ValueType', 'System.Object']);
  o.addProperty({ name: 'Guid', getter: () => text, memberType: 'ScriptProperty', typeName: 'System.Object' });
  o.toStringOverride = () => text;
  return o;
}

/**
 * `[guid]::new(...)`: no argument is the empty GUID; 16 bytes are .NET's layout (the first three groups
 * little-endian: 1..16 gives 04030201-0605-0807-090a-0b0c0d0e0f10); a string is parsed.
 */
function constructGuid(args: PSValue[]): PSValue {
  if (args.length === 0) return guidValue('00000000-0000-0000-0000-000000000000');
  if (args.length !== 1) throw badArgCount('new', args.length);
  const a = args[0] ?? null;
  if (a instanceof Uint8Array || Array.isArray(a)) {
    const b = a instanceof Uint8Array ? [...a] : a.map((x) => toNumber(x));
    if (b.length !== 16) throw methodInvocationError('.ctor', 1, new DotNetException('System.ArgumentException', "Byte array for Guid must be exactly 16 bytes long. (Parameter 'b')"));
    const h = (i: number) => (b[i]! & 255).toString(16).padStart(2, '0');
    const hex = (idx: number[]) => idx.map(h).join('');
    return guidValue(`${hex([3, 2, 1, 0])}-${hex([5, 4])}-${hex([7, 6])}-${hex([8, 9])}-${hex([10, 11, 12, 13, 14, 15])}`);
  }
  return guidValue(toStr(convertTo(a, 'guid')));
}

function utf8Encode(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function base64Encode(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

function base64Decode(text: string): Uint8Array {
  const bin = atob(text);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function toBytes(v: PSValue): Uint8Array {
  if (v instanceof Uint8Array) return v;
  if (Array.isArray(v)) return Uint8Array.from(v.map((x) => toNumber(x)));
  return utf8Encode(toStr(v));
}

function nowDate(ctx: DotNetContext, kind: 'Local' | 'Utc' = 'Local'): PSDateTime {
  return new PSDateTime(ctx.services.clock.now(), kind);
}

function fsPath(ctx: DotNetContext, v: PSValue): string {
  return ctx.services.fs.resolve(toStr(v));
}

/** `[Type]::Member` (properties). Returns undefined when the type has no such static property. */
export function getStaticMember(typeName: string, member: string, ctx: DotNetContext): PSValue | undefined {
  const t = resolveTypeName(typeName);
  if (!t) throw runtimeError('TypeNotFound', [typeName], 'InvalidOperation', 'System.Management.Automation.RuntimeException', typeName);
  const m = member.toLowerCase();
  switch (t.key) {
    case 'datetime':
      if (m === 'now') return nowDate(ctx);
      if (m === 'utcnow') return nowDate(ctx, 'Utc');
      if (m === 'today') return convertTo(formatDate(nowDate(ctx), 'yyyy-MM-dd'), 'datetime');
      if (m === 'minvalue') return new PSDateTime(-62135596800000, 'Unspecified');
      if (m === 'maxvalue') return new PSDateTime(253402300799999, 'Unspecified');
      break;
    case 'cultureinfo':
      if (m === 'currentculture' || m === 'currentuiculture') return cultureObject(CURRENT_CULTURE.get(ctx.services)?.[m] ?? 'en-US');
      if (m === 'invariantculture') return cultureObject('');
      break;
    case 'math':
      if (m === 'pi') return Math.PI;
      if (m === 'e') return Math.E;
      break;
    case 'string':
      if (m === 'empty') return '';
      break;
    case 'int':
      if (m === 'maxvalue') return 2147483647;
      if (m === 'minvalue') return -2147483648;
      break;
    case 'byte':
    case 'short':
    case 'uint':
    case 'sbyte':
    case 'ushort': {
      // pwsh 7.6: [byte]::MaxValue is 255, [int16]::MinValue -32768.
      const range: Record<string, [number, number]> = { byte: [0, 255], short: [-32768, 32767], uint: [0, 4294967295], sbyte: [-128, 127], ushort: [0, 65535] };
      const r = range[t.key]!;
      if (m === 'maxvalue') return r[1];
      if (m === 'minvalue') return r[0];
      break;
    }
    case 'long':
      if (m === 'maxvalue') return INT64_MAX;
      if (m === 'minvalue') return INT64_MIN;
      break;
    case 'double':
      if (m === 'maxvalue') return Number.MAX_VALUE;
      if (m === 'minvalue') return -Number.MAX_VALUE;
      if (m === 'nan') return NaN;
      if (m === 'positiveinfinity') return Infinity;
      if (m === 'negativeinfinity') return -Infinity;
      if (m === 'epsilon') return Number.MIN_VALUE;
      break;
    case 'environment':
      if (m === 'newline') return '\n';
      if (m === 'machinename') return 'EXO-EMULATOR';
      if (m === 'username') return 'Administrator';
      break;
    case 'timespan':
      if (m === 'zero') return new PSTimeSpan(0);
      break;
    case 'guid':
      if (m === 'empty') return '00000000-0000-0000-0000-000000000000';
      break;
    case 'system.text.encoding':
      if (m === 'utf8' || m === 'unicode' || m === 'ascii' || m === 'default') {
        const enc = new PSObject(['System.Text.UTF8Encoding', 'System.Text.Encoding', 'System.Object']);
        enc.addNoteProperty('EncodingName', 'Unicode (UTF-8)');
        enc.addNoteProperty('WebName', 'utf-8');
        return enc;
      }
      break;
  }
  return undefined;
}

/** [cultureinfo]::CurrentCulture / CurrentUICulture as a script set them (per session; formatting stays en-US). */
const CURRENT_CULTURE = new WeakMap<object, Record<string, string>>();

/** `[Type]::Member = value` for the settable static properties; false when the member cannot be set. */
export function setStaticMember(typeName: string, member: string, value: PSValue, ctx: DotNetContext): boolean {
  const t = resolveTypeName(typeName);
  if (!t) throw runtimeError('TypeNotFound', [typeName], 'InvalidOperation', 'System.Management.Automation.RuntimeException', typeName);
  const m = member.toLowerCase();
  if (t.key === 'cultureinfo' && (m === 'currentculture' || m === 'currentuiculture')) {
    const culture = convertTo(value, 'cultureinfo');
    const state = CURRENT_CULTURE.get(ctx.services) ?? {};
    state[m] = toStr(culture);
    CURRENT_CULTURE.set(ctx.services, state);
    return true;
  }
  return false;
}

/** The static methods invokeStaticMethod knows, by type key: what `[Math]::Sqrt` (no parentheses) refers to. */
const STATIC_METHODS: Record<string, string[]> = {
  math: ['Round', 'Floor', 'Ceiling', 'Truncate', 'Max', 'Min', 'Abs', 'Pow', 'Sqrt', 'Log', 'Log10'],
  string: ['IsNullOrEmpty', 'IsNullOrWhiteSpace', 'Join', 'Format', 'Concat', 'Equals', 'Compare'],
  datetime: ['Parse', 'ParseExact', 'DaysInMonth', 'IsLeapYear'],
  timespan: ['FromDays', 'FromHours', 'FromMinutes', 'FromSeconds', 'FromMilliseconds', 'Parse'],
  guid: ['NewGuid', 'Parse'],
  convert: ['ToBase64String', 'FromBase64String', 'ToInt32', 'ToString'],
  char: ['IsUpper', 'IsLower', 'IsDigit', 'IsLetter', 'IsLetterOrDigit', 'IsWhiteSpace', 'ToUpper', 'ToLower', 'ToUpperInvariant', 'ToLowerInvariant'],
  int: ['Parse'],
  long: ['Parse'],
  double: ['Parse'],
  regex: ['Escape', 'Unescape', 'IsMatch', 'Match', 'Matches', 'Replace', 'Split'],
  array: ['Copy'],
};

/** The emulated static methods that return void: a statement calling one writes nothing (pwsh's AutomationNull). */
const VOID_STATIC_METHODS: Record<string, string[]> = { array: ['copy'] };
/**
 * Instance methods declared void in .NET, by the target's type (as GetType().FullName names it, a
 * generic type by its name before '['): as a statement they write nothing (pwsh 7.6:
 * `@($h.Add(1,2)).Count` is 0); the value of the call in an expression is $null.
 */
const VOID_INSTANCE_METHODS: Record<string, string[]> = {
  'System.Collections.Hashtable': ['add', 'clear', 'remove', 'copyto'],
  'System.Collections.Specialized.OrderedDictionary': ['add', 'clear', 'remove', 'insert', 'removeat', 'copyto'],
  'System.Collections.ArrayList': ['addrange', 'clear', 'copyto', 'insert', 'insertrange', 'remove', 'removeat', 'removerange', 'reverse', 'setrange', 'sort', 'trimtosize'],
  'System.Collections.Generic.List': ['add', 'addrange', 'clear', 'copyto', 'foreach', 'insert', 'insertrange', 'removeat', 'removerange', 'reverse', 'sort', 'trimexcess'],
  'System.Object[]': ['copyto', 'initialize', 'setvalue'],
};

/** True when `method` on `target` is void in .NET (VOID_INSTANCE_METHODS). */
export function isVoidInstanceMethod(target: PSValue, method: string): boolean {
  if (target === null || typeof target !== 'object') return false;
  if (!Array.isArray(target) && !(target instanceof PSHashtable)) return false;
  const type = fullTypeNameOf(target);
  const key = type.includes('[') && !type.endsWith('[]') ? type.slice(0, type.indexOf('[')) : type;
  return VOID_INSTANCE_METHODS[key]?.includes(method.toLowerCase()) ?? false;
}

export function isVoidStaticMethod(typeName: string, method: string): boolean {
  const t = resolveTypeName(typeName);
  return !!t && (VOID_STATIC_METHODS[t.key]?.includes(method.toLowerCase()) ?? false);
}

/**
 * Array.Copy(sourceArray, destinationArray, length) and (sourceArray, sourceIndex, destinationArray,
 * destinationIndex, length), with .NET 9's checks in its order (null arrays, negative length and
 * indexes, arrays too short) and its InvalidCastException for an element a typed destination does not
 * hold (Array.Copy does not convert: [string] '1' into [int[]] fails). A value that is not an array
 * converts to a new one-element array (pwsh's [array] argument), which the copy then changes unseen.
 */
function arrayCopy(args: PSValue[]): void {
  const five = args.length === 5;
  const [src, dst] = five ? [args[0], args[2]] : [args[0], args[1]];
  const index = (v: PSValue | undefined) => Math.trunc(toNumber(v ?? null));
  const length = index(five ? args[4] : args[2]);
  const srcIndex = five ? index(args[1]) : 0;
  const dstIndex = five ? index(args[3]) : 0;
  if (src === null || src === undefined) throw new DotNetException('System.ArgumentNullException', "Value cannot be null. (Parameter 'sourceArray')");
  if (dst === null || dst === undefined) throw new DotNetException('System.ArgumentNullException', "Value cannot be null. (Parameter 'destinationArray')");
  const source: PSValue[] = Array.isArray(src) ? src : src instanceof Uint8Array ? [...src] : [src];
  const destination: PSValue[] = Array.isArray(dst) ? dst : [dst];
  if (length < 0) throw notNegative('length', length);
  const atLeastZero = (name: string, v: number) => argumentOutOfRange(name, `${name} ('${v}') must be greater than or equal to '0'.`, v);
  if (srcIndex < 0) throw atLeastZero('sourceIndex', srcIndex);
  if (dstIndex < 0) throw atLeastZero('destinationIndex', dstIndex);
  if (srcIndex > source.length - length) throw new DotNetException('System.ArgumentException', "Source array was not long enough. Check the source index, length, and the array's lower bounds. (Parameter 'sourceArray')");
  if (dstIndex > destination.length - length) throw new DotNetException('System.ArgumentException', "Destination array was not long enough. Check the destination index, length, and the array's lower bounds. (Parameter 'destinationArray')");
  const element = typedArrayElement(destination)?.fullName;
  const items = source.slice(srcIndex, srcIndex + length);
  if (element && element !== 'System.Object' && items.some((v) => v === null || fullTypeNameOf(v) !== element)) {
    throw new DotNetException('System.InvalidCastException', 'At least one element in the source array could not be cast down to the destination array type.');
  }
  for (let i = 0; i < items.length; i++) destination[dstIndex + i] = items[i]!;
}

/**
 * `[Math]::Sqrt` without parentheses: a PSMethod for a static method (pwsh's method descriptor), or
 * undefined when the type has no such method here. `.Invoke(args)` calls it.
 */
export function staticMethodReference(typeName: string, member: string, ctx: DotNetContext): PSObject | undefined {
  const t = resolveTypeName(typeName);
  const name = t && STATIC_METHODS[t.key]?.find((n) => n.toLowerCase() === member.toLowerCase());
  if (!t || !name) return undefined;
  const o = new PSObject(['System.Management.Automation.PSMethod', 'System.Management.Automation.PSMethodInfo', 'System.Management.Automation.PSMemberInfo', 'System.Object']);
  o.addProperty({ name: 'Name', value: name, memberType: 'Property' });
  o.addProperty({ name: 'MemberType', value: 'Method', memberType: 'Property' });
  o.addProperty({ name: 'IsInstance', value: false, memberType: 'Property' });
  o.addMethod('Invoke', (args) => invokeStaticMethod(t.info.fullName, name, args, ctx));
  o.toStringOverride = () => name;
  return o;
}

/** `[Type]::Method(args)`. */
export function invokeStaticMethod(typeName: string, method: string, args: PSValue[], ctx: DotNetContext): PSValue {
  const t = resolveTypeName(typeName);
  if (!t) throw runtimeError('TypeNotFound', [typeName], 'InvalidOperation', 'System.Management.Automation.RuntimeException', typeName);
  const m = method.toLowerCase();
  const n = (i: number) => toNumber(args[i] ?? null, 'System.Double');
  const need = (count: number) => {
    if (args.length !== count) throw badArgCount(method, args.length);
  };
  switch (t.key) {
    case 'regex': {
      const r = regexStaticMethod(STATIC_METHODS.regex!.find((x) => x.toLowerCase() === m) ?? method, args);
      if (r !== undefined) return r;
      break;
    }
    case 'math':
      switch (m) {
        case 'round': {
          const digits = args.length > 1 ? toNumber(args[1]) : 0;
          const f = 10 ** digits;
          return roundHalfEven(Number((n(0) * f).toPrecision(15))) / f;
        }
        case 'floor': return Math.floor(n(0));
        case 'ceiling': return Math.ceil(n(0));
        case 'truncate': return Math.trunc(n(0));
        case 'max': need(2); return Math.max(n(0), n(1));
        case 'min': need(2); return Math.min(n(0), n(1));
        case 'abs': return Math.abs(n(0));
        case 'pow': need(2); return n(0) ** n(1);
        case 'sqrt': return Math.sqrt(n(0));
        case 'log': return args.length > 1 ? Math.log(n(0)) / Math.log(n(1)) : Math.log(n(0));
        case 'log10': return Math.log10(n(0));
      }
      break;
    case 'string':
      switch (m) {
        case 'isnullorempty': need(1); return args[0] === null || toStr(args[0]) === '';
        case 'isnullorwhitespace': need(1); return args[0] === null || toStr(args[0]).trim() === '';
        case 'join': {
          const sep = toStr(args[0]);
          const items = args.length === 2 && Array.isArray(args[1]) ? args[1] : args.slice(1);
          return items.map((x) => toStr(x)).join(sep);
        }
        case 'format': {
          const rest = args.length === 2 && Array.isArray(args[1]) ? args[1] : args.slice(1);
          return asMethodCall('Format', args, () => compositeFormatText(toStr(args[0]), rest));
        }
        case 'concat': return args.map((x) => toStr(x)).join('');
        case 'equals': return toStr(args[0]) === toStr(args[1]);
        case 'compare': return Math.sign(compareValues(toStr(args[0]), toStr(args[1]), !(args[2] === true)));
      }
      break;
    case 'datetime':
      switch (m) {
        case 'parse': return toDateTime(toStr(args[0]));
        case 'parseexact': return toDateTime(toStr(args[0]));
        case 'now': return nowDate(ctx);
        case 'daysinmonth': return new Date(Date.UTC(n(0), n(1), 0)).getUTCDate();
        case 'isleapyear': { const y = n(0); return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0; }
      }
      break;
    case 'timespan':
      switch (m) {
        case 'fromdays': return new PSTimeSpan(n(0) * 86400000);
        case 'fromhours': return new PSTimeSpan(n(0) * 3600000);
        case 'fromminutes': return new PSTimeSpan(n(0) * 60000);
        case 'fromseconds': return new PSTimeSpan(n(0) * 1000);
        case 'frommilliseconds': return new PSTimeSpan(n(0));
        case 'parse': return toTimeSpan(toStr(args[0]));
      }
      break;
    case 'guid':
      if (m === 'newguid') return newGuid(ctx.services);
      if (m === 'parse') return convertTo(args[0] ?? null, 'guid');
      break;
    case 'system.io.file': {
      const fs = ctx.services.fs;
      switch (m) {
        case 'readallbytes': need(1); return fs.readBytes(fsPath(ctx, args[0]));
        case 'readalltext': return fs.readText(fsPath(ctx, args[0]));
        case 'readalllines': return fs.readText(fsPath(ctx, args[0])).split(/\r?\n/).filter((l, i, a) => !(i === a.length - 1 && l === ''));
        case 'writealltext': fs.writeText(fsPath(ctx, args[0]), toStr(args[1] ?? null)); return null;
        case 'appendalltext': fs.writeText(fsPath(ctx, args[0]), toStr(args[1] ?? null), { append: true }); return null;
        case 'writeallbytes': fs.writeBytes(fsPath(ctx, args[0]), toBytes(args[1] ?? null)); return null;
        case 'writealllines': fs.writeText(fsPath(ctx, args[0]), (Array.isArray(args[1]) ? args[1] : [args[1] ?? null]).map((x) => toStr(x) + '\r\n').join('')); return null;
        case 'exists': return fs.exists(fsPath(ctx, args[0])) && !fs.isDirectory(fsPath(ctx, args[0]));
        case 'delete': fs.remove(fsPath(ctx, args[0])); return null;
      }
      break;
    }
    case 'convert':
      switch (m) {
        case 'tobase64string': return base64Encode(toBytes(args[0] ?? null));
        case 'frombase64string': return base64Decode(toStr(args[0]));
        case 'toint32': return convertTo(args[0] ?? null, 'int');
        case 'tostring': return toStr(args[0] ?? null);
      }
      break;
    case 'char': {
      // [char]::IsUpper("a"): a one-character string converts to the char argument.
      const c = () => toStr(convertTo(args[0] ?? null, 'char'));
      switch (m) {
        case 'isupper': need(1); return /^\p{Lu}$/u.test(c());
        case 'islower': need(1); return /^\p{Ll}$/u.test(c());
        case 'isdigit': need(1); return /^\p{Nd}$/u.test(c());
        case 'isletter': need(1); return /^\p{L}$/u.test(c());
        case 'isletterordigit': need(1); return /^[\p{L}\p{Nd}]$/u.test(c());
        case 'iswhitespace': need(1); return /^\s$/u.test(c());
        case 'toupper': case 'toupperinvariant': need(1); return c().toUpperCase();
        case 'tolower': case 'tolowerinvariant': need(1); return c().toLowerCase();
      }
      break;
    }
    case 'int': case 'long': case 'double':
      if (m === 'parse') return asMethodCall(method, args, () => parseNumber(toStr(args[0] ?? null), t.key));
      break;
    case 'system.collections.arraylist':
      break;
    case 'array':
      if (m === 'copy') {
        if (args.length !== 3 && args.length !== 5) throw badArgCount(method, args.length);
        asMethodCall('Copy', args, () => arrayCopy(args));
        return null;
      }
      break;
  }
  if (t.key === 'pscredential' && m === 'new') return construct('pscredential', args, ctx);
  if (m === 'new') return construct(typeName, args, ctx);
  throw methodNotFound(t.info.fullName, method);
}

/** Instance-less text encodings: `[System.Text.Encoding]::UTF8.GetBytes($s)`. */
function encodingMethod(method: string, args: PSValue[]): PSValue | undefined {
  switch (method) {
    case 'getbytes': return utf8Encode(toStr(args[0] ?? null));
    case 'getstring': return new TextDecoder().decode(toBytes(args[0] ?? null));
  }
  return undefined;
}

/** `New-Object T(args)` / `[T]::new(args)` for the allow-listed types. */
export function construct(typeName: string, args: PSValue[], ctx: DotNetContext): PSValue {
  const t = resolveTypeName(typeName);
  if (!t) {
    throw new PSRuntimeError(recordFromCatalogue('NewObjectTypeNotFound', [typeName], { exceptionType: 'System.Management.Automation.PSArgumentException', category: 'InvalidType', targetObject: null, errorId: 'TypeNotFound' }));
  }
  if (t.isArray) {
    // [string[]]::new(3), [string[,]]::new(3, 2): arrays of default(T) (about_Arrays).
    if (args.length !== (t.rank ?? 1)) throw badArgCount('new', args.length);
    return newTypedArray(typeName, args.map((a) => Math.trunc(toNumber(a))));
  }
  switch (t.key) {
    case 'pscredential': {
      if (args.length !== 2) throw badArgCount('new', args.length);
      const pw = args[1];
      if (!(pw instanceof SecureString)) throw runtimeError('InvalidCast', [stringOf(pw), fullTypeNameOf(pw), 'System.Security.SecureString'], 'InvalidArgument', 'System.Management.Automation.PSInvalidCastException');
      return new PSCredential(toStr(args[0]), pw);
    }
    case 'psobject': case 'object': case 'pscustomobject':
      return new PSObject(['System.Management.Automation.PSCustomObject', 'System.Object']);
    case 'regex':
      if (args.length < 1 || args.length > 3) throw badArgCount('new', args.length);
      return regexObject(toStr(args[0]), regexOptionsOf(args[1]), args.length);
    case 'system.collections.arraylist':
      return makeArrayList([]);
    case 'hashtable':
      return new PSHashtable();
    case 'ordered':
      return new PSHashtable(true);
    case 'datetime':
      if (args.length >= 3) return new PSDateTime(Date.UTC(toNumber(args[0]), toNumber(args[1]) - 1, toNumber(args[2]), toNumber(args[3] ?? 0), toNumber(args[4] ?? 0), toNumber(args[5] ?? 0)), 'Unspecified');
      break;
    case 'timespan':
      if (args.length === 3) return new PSTimeSpan(((toNumber(args[0]) * 60 + toNumber(args[1])) * 60 + toNumber(args[2])) * 1000);
      if (args.length === 4) return new PSTimeSpan((((toNumber(args[0]) * 24 + toNumber(args[1])) * 60 + toNumber(args[2])) * 60 + toNumber(args[3])) * 1000);
      break;
    case 'securestring':
      return new SecureString('');
    case 'guid':
      return constructGuid(args);
    case 'string':
      if (args.length === 2) return toStr(args[0]).repeat(toNumber(args[1]));
      break;
  }
  if (t.key.startsWith('system.collections.generic.list[')) {
    // List<T>(), List<T>(int capacity): empty; List<T>(IEnumerable<T>): its items.
    if (args.length > 1) throw badArgCount('new', args.length);
    const from = args[0];
    if (args.length === 0 || typeof from === 'number') return makeArrayList([], t.info.fullName);
    return t.info.convert ? t.info.convert(from ?? null) : makeArrayList([], t.info.fullName);
  }
  if (t.key.startsWith('system.') && t.info.fullName.endsWith('Exception')) {
    return new ExceptionObject(t.info.fullName, args.length ? toStr(args[0]) : `Exception of type '${t.info.fullName}' was thrown.`);
  }
  throw new PSRuntimeError(recordFromCatalogue('NewObjectCtorArgs', [t.info.fullName], { exceptionType: 'System.Management.Automation.MethodException', category: 'InvalidOperation', errorId: 'ConstructorInvokedThrowException' }));
}

function splitString(s: string, args: PSValue[]): string[] {
  if (args.length === 0) return s.split(/\s/);
  const sepArg = args[0];
  const seps = Array.isArray(sepArg) ? sepArg.map((x) => toStr(x)) : [toStr(sepArg)];
  // String.Split(string) splits on the whole string in .NET Core; a [char[]] splits on each char.
  const chars = seps.length === 1 && typeof sepArg === 'string' && sepArg.length > 1 && args.length === 1 ? [sepArg] : seps.flatMap((x) => (x.length > 1 && Array.isArray(sepArg) ? [x] : [x]));
  const removeEmpty = args.length > 1 && /removeemptyentries|^1$/i.test(toStr(args[args.length - 1]));
  const escaped = chars.filter((c) => c.length > 0).map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const parts = escaped.length ? s.split(new RegExp(escaped.join('|'))) : [s];
  return removeEmpty ? parts.filter((p) => p !== '') : parts;
}

function trimChars(args: PSValue[]): string {
  return args.map((a) => toStr(a)).join('');
}

function escapeClass(chars: string): string {
  return chars.replace(/[\]\\^-]/g, '\\$&');
}

/** A char[] argument: a string's characters, or each element's first character. */
function anyChars(v: PSValue): string[] {
  if (Array.isArray(v)) return v.map((x) => toStr(x).charAt(0));
  return [...toStr(v)];
}

/** .NET 9's ArgumentOutOfRangeException.ThrowIfNegative message. */
function notNegative(parameter: string, value: number): DotNetException {
  return argumentOutOfRange(parameter, `${parameter} ('${value}') must be a non-negative value.`, value);
}

/** The .NET names of the emulated methods, as pwsh's MethodInvocationException message spells them. */
const METHOD_NAMES: Record<string, string> = Object.fromEntries(
  ['Substring', 'Remove', 'Insert', 'PadLeft', 'PadRight', 'IndexOf', 'Split', 'Replace', 'Format', 'ToString', 'Add', 'RemoveAt', 'Parse', 'AddMonths', 'AddYears'].map((n) => [n.toLowerCase(), n]),
);

/** Runs an emulated .NET method; a .NET exception it raises becomes MethodInvocationException. */
function asMethodCall<T>(method: string, args: PSValue[], body: () => T): T {
  try {
    return body();
  } catch (e) {
    if (e instanceof DotNetException) throw methodInvocationError(METHOD_NAMES[method.toLowerCase()] ?? method, args.length, e);
    throw e;
  }
}

/**
 * String.Replace(oldValue, newValue[, StringComparison | ignoreCase, culture]). An empty oldValue is .NET's
 * ArgumentException (pwsh 7.6: `'abc'.Replace('', 'x')` is `Exception calling "Replace" with "2" argument(s): "The
 * value cannot be an empty string. (Parameter 'oldValue')"`); a $null one binds Replace(char, char), which finds no
 * '\0' and leaves the string as it is.
 */
function replaceString(s: string, args: PSValue[]): string {
  if (args.length < 2 || args.length > 4) throw badArgCount('Replace', args.length);
  if (args[0] === null) return s;
  const from = toStr(args[0]);
  if (from === '') throw new DotNetException('System.ArgumentException', "The value cannot be an empty string. (Parameter 'oldValue')");
  const to = toStr(args[1] ?? null);
  // StringComparison: the IgnoreCase members are the odd ones (CurrentCultureIgnoreCase 1, InvariantCultureIgnoreCase 3, OrdinalIgnoreCase 5).
  const ignoreCase = args.length === 4 ? args[2] === true : args.length === 3 && (typeof args[2] === 'number' ? args[2] % 2 === 1 : /ignorecase/i.test(toStr(args[2])));
  if (!ignoreCase) return s.split(from).join(to);
  return s.replace(new RegExp(from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi'), () => to);
}

function stringMethod(s: string, method: string, args: PSValue[]): PSValue | undefined {
  const a = (i: number) => toStr(args[i] ?? null);
  const ci = (i: number) => args.length > i && /ignorecase/i.test(toStr(args[i]));
  switch (method) {
    case 'split': return splitString(s, args);
    case 'replace': return replaceString(s, args);
    case 'tolower': case 'tolowerinvariant': return s.toLowerCase();
    case 'toupper': case 'toupperinvariant': return s.toUpperCase();
    case 'trim': return args.length ? s.replace(new RegExp(`^[${escapeClass(trimChars(args))}]+|[${escapeClass(trimChars(args))}]+$`, 'g'), '') : s.trim();
    case 'trimstart': return args.length ? s.replace(new RegExp(`^[${escapeClass(trimChars(args))}]+`), '') : s.trimStart();
    case 'trimend': return args.length ? s.replace(new RegExp(`[${escapeClass(trimChars(args))}]+$`), '') : s.trimEnd();
    case 'startswith': return ci(1) ? s.toLowerCase().startsWith(a(0).toLowerCase()) : s.startsWith(a(0));
    case 'endswith': return ci(1) ? s.toLowerCase().endsWith(a(0).toLowerCase()) : s.endsWith(a(0));
    case 'contains': return ci(1) ? s.toLowerCase().includes(a(0).toLowerCase()) : s.includes(a(0));
    case 'indexof': {
      const from = args.length > 1 && typeof args[1] === 'number' ? args[1] : 0;
      if (from < 0 || from > s.length) throw argumentOutOfRange('startIndex', 'Index was out of range. Must be non-negative and less than or equal to the size of the collection.');
      return ci(1) ? s.toLowerCase().indexOf(a(0).toLowerCase()) : s.indexOf(a(0), from);
    }
    case 'lastindexof': return s.lastIndexOf(a(0));
    // IndexOfAny(char[]): a string argument converts to its characters (the create-rooms script of
    // migrate-mailboxes-across-tenants calls .lastindexofany("\\")).
    case 'indexofany': case 'lastindexofany': {
      const chars = new Set(anyChars(args[0] ?? null));
      const at = (i: number) => chars.has(s[i]!);
      if (method === 'indexofany') { for (let i = 0; i < s.length; i++) if (at(i)) return i; }
      else for (let i = s.length - 1; i >= 0; i--) if (at(i)) return i;
      return -1;
    }
    case 'substring': {
      const start = toNumber(args[0] ?? 0);
      if (start < 0) throw notNegative('startIndex', start);
      if (args.length > 1 && toNumber(args[1]) < 0) throw notNegative('length', toNumber(args[1]));
      if (start > s.length) throw argumentOutOfRange('startIndex', 'startIndex cannot be larger than length of string.');
      const len = args.length > 1 ? toNumber(args[1]) : s.length - start;
      // .NET 9's String.Substring messages.
      const fail = (message: string) => methodFailure('Substring', args.length, 'System.ArgumentOutOfRangeException', message);
      if (start < 0) throw fail("StartIndex cannot be less than zero. (Parameter 'startIndex')");
      if (start > s.length) throw fail("startIndex cannot be larger than length of string. (Parameter 'startIndex')");
      if (len < 0) throw fail("Length cannot be less than zero. (Parameter 'length')");
      if (start + len > s.length) throw fail("Index and length must refer to a location within the string. (Parameter 'length')");
      return s.substr(start, len);
    }
    case 'padleft': case 'padright': {
      const width = toNumber(args[0] ?? 0);
      if (width < 0) throw notNegative('totalWidth', width);
      return method === 'padleft' ? s.padStart(width, args.length > 1 ? a(1) : ' ') : s.padEnd(width, args.length > 1 ? a(1) : ' ');
    }
    case 'tostring': return s;
    case 'equals': return ci(1) ? s.toLowerCase() === a(0).toLowerCase() : s === a(0);
    case 'insert': {
      const at = toNumber(args[0]);
      // .NET compares as unsigned: -1 is reported as 4294967295.
      if (at < 0 || at > s.length) throw argumentOutOfRange('startIndex', `startIndex ('${at < 0 ? at + 2 ** 32 : at}') must be less than or equal to '${s.length}'.`, at < 0 ? at + 2 ** 32 : at);
      return s.slice(0, at) + a(1) + s.slice(at);
    }
    case 'remove': {
      const start = toNumber(args[0]);
      if (args.length > 1) {
        const count = toNumber(args[1]);
        if (start < 0) throw notNegative('startIndex', start);
        if (count < 0) throw notNegative('count', count);
        if (count > s.length - start) throw argumentOutOfRange('count', `count ('${count}') must be less than or equal to '${s.length - start}'.`, count);
        return s.slice(0, start) + s.slice(start + count);
      }
      if (start < 0) throw argumentOutOfRange('startIndex', 'StartIndex cannot be less than zero.');
      if (start > s.length) throw argumentOutOfRange('startIndex', 'startIndex cannot be larger than length of string.');
      return s.slice(0, start);
    }
    case 'tochararray': return [...s];
    case 'gethashcode': { let h = 0; for (const c of s) h = (h * 31 + c.charCodeAt(0)) | 0; return h; }
    case 'normalize': return s.normalize();
    case 'compareto': return Math.sign(compareValues(s, args[0] ?? null, true));
  }
  return undefined;
}

function dateMethod(d: PSDateTime, method: string, args: PSValue[]): PSValue | undefined {
  const n = (i: number) => toNumber(args[i] ?? 0, 'System.Double');
  const add = (ms: number) => new PSDateTime(d.ms + ms, d.kind);
  switch (method) {
    case 'adddays': return add(n(0) * 86400000);
    case 'addhours': return add(n(0) * 3600000);
    case 'addminutes': return add(n(0) * 60000);
    case 'addseconds': return add(n(0) * 1000);
    case 'addmilliseconds': return add(n(0));
    case 'addticks': return add(n(0) / 10000);
    case 'add': return add(toTimeSpan(args[0] ?? null).ms);
    case 'addmonths': case 'addyears': {
      const dt = new Date(d.ms);
      const months = method === 'addmonths' ? n(0) : n(0) * 12;
      if (method === 'addmonths' && Math.abs(months) > 120000) throw argumentOutOfRange('months', 'Months value must be between +/-120000.');
      const target = new Date(Date.UTC(dt.getUTCFullYear(), dt.getUTCMonth() + months, 1, dt.getUTCHours(), dt.getUTCMinutes(), dt.getUTCSeconds(), dt.getUTCMilliseconds()));
      const dim = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
      target.setUTCDate(Math.min(dt.getUTCDate(), dim));
      return new PSDateTime(target.getTime(), d.kind);
    }
    case 'subtract': {
      const o = args[0] ?? null;
      if (o instanceof PSDateTime) return new PSTimeSpan(d.ms - o.ms);
      return add(-toTimeSpan(o).ms);
    }
    case 'touniversaltime': return new PSDateTime(d.ms, 'Utc');
    case 'tolocaltime': return new PSDateTime(d.ms, 'Local');
    case 'tostring': return args.length ? formatDate(d, toStr(args[0])) : d.toString();
    case 'toshortdatestring': return formatDate(d, 'M/d/yyyy');
    case 'tolongdatestring': return formatDate(d, 'dddd, MMMM d, yyyy');
    case 'toshorttimestring': return formatDate(d, 'h:mm tt');
    case 'tolongtimestring': return formatDate(d, 'h:mm:ss tt');
    case 'tofiletime': case 'tofiletimeutc': return (d.ms + 11644473600000) * 10000;
    case 'compareto': return Math.sign(compareValues(d, args[0] ?? null));
    case 'equals': return looseEquals(d, args[0] ?? null);
  }
  return undefined;
}

function timeSpanMethod(t: PSTimeSpan, method: string, args: PSValue[]): PSValue | undefined {
  switch (method) {
    case 'add': return new PSTimeSpan(t.ms + toTimeSpan(args[0] ?? null).ms);
    case 'subtract': return new PSTimeSpan(t.ms - toTimeSpan(args[0] ?? null).ms);
    case 'negate': return new PSTimeSpan(-t.ms);
    case 'duration': return new PSTimeSpan(Math.abs(t.ms));
    case 'tostring': return args.length ? formatValue(t, toStr(args[0])) : t.toString();
  }
  return undefined;
}

function arrayMethod(arr: PSValue[], method: string, args: PSValue[], typeName: string): PSValue | undefined {
  const list = isArrayList(arr);
  switch (method) {
    case 'contains': return arr.some((x) => looseEquals(x, args[0] ?? null, true) || x === args[0]);
    case 'indexof': return arr.findIndex((x) => looseEquals(x, args[0] ?? null, true));
    case 'toarray': return [...arr];
    case 'clone': return list ? makeArrayList([...arr], typeName) : [...arr];
  }
  if (!list && method === 'clear' && args.length === 0) {
    // IList.Clear() on an array sets every element to default(T): $null, or 0 in an [int[]] (pwsh 7.6).
    (arr as PSValue[]).fill(typedArrayElement(arr)?.zero ?? null);
    return null;
  }
  if (list) {
    switch (method) {
      // ArrayList.Add returns the new index; List<T>.Add is void.
      case 'add': arr.push(args[0] ?? null); return typeName.startsWith('System.Collections.Generic.') ? null : arr.length - 1;
      case 'addrange': arr.push(...(Array.isArray(args[0]) ? args[0] : [args[0] ?? null])); return null;
      case 'remove': { const i = arr.findIndex((x) => looseEquals(x, args[0] ?? null, true)); if (i >= 0) arr.splice(i, 1); return null; }
      case 'removeat': {
        const i = toNumber(args[0] ?? 0);
        if (i < 0 || i >= arr.length) throw argumentOutOfRange('index', 'Index was out of range. Must be non-negative and less than the size of the collection.');
        arr.splice(i, 1);
        return null;
      }
      case 'insert': {
        const i = toNumber(args[0] ?? 0);
        if (i < 0 || i > arr.length) throw argumentOutOfRange('index', 'Index was out of range. Must be non-negative and less than or equal to the size of the collection.');
        arr.splice(i, 0, args[1] ?? null);
        return null;
      }
      case 'clear': arr.length = 0; return null;
      case 'sort': arr.sort((a, b) => compareValues(a, b)); return null;
      case 'reverse': arr.reverse(); return null;
    }
  }
  return undefined;
}

/**
 * An exception thrown by a .NET method, as pwsh reports it: a MethodInvocationException `Exception
 * calling "Name" with "n" argument(s): "inner message"`, its id the inner exception's type name.
 */
/** A .NET method's exception as pwsh reports it (MethodInvocationException around it). */
function methodFailure(method: string, argCount: number, innerType: string, innerMessage: string): PSRuntimeError {
  return methodInvocationError(method, argCount, new DotNetException(innerType, innerMessage));
}

/** Int32/Int64/Double.Parse (en-US, NumberStyles.Integer / Float | AllowThousands). */
function parseNumber(text: string, key: string): PSValue {
  const t = text.trim();
  const ok = key === 'double' ? /^[+-]?(\d{1,3}(,\d{3})+|\d*)(\.\d*)?([eE][+-]?\d+)?$/.test(t) && /\d/.test(t) : /^[+-]?\d+$/.test(t);
  const special = key === 'double' && /^(NaN|[+-]?Infinity|[+-]?∞)$/.test(t);
  if (!ok && !special) throw new DotNetException('System.FormatException', `The input string '${text}' was not in a correct format.`);
  if (special) return t === 'NaN' ? NaN : t.startsWith('-') ? -Infinity : Infinity;
  const n = Number(t.replace(/,/g, ''));
  const [min, max, name] = key === 'int' ? [-2147483648, 2147483647, 'Int32'] : key === 'long' ? [-9223372036854775808, 9223372036854775807, 'Int64'] : [-Infinity, Infinity, 'Double'];
  if (n < min || n > max) throw new DotNetException('System.OverflowException', `Value was either too large or too small for an ${name}.`);
  return n;
}

function hashtableMethod(h: PSHashtable, method: string, args: PSValue[]): PSValue | undefined {
  switch (method) {
    case 'add': {
      const key = args[0] ?? null;
      if (h.has(key)) throw new DotNetException('System.ArgumentException', formatMessage('HashtableKeyExists', toStr(key)));
      h.set(key, args[1] ?? null);
      return null;
    }
    case 'remove': h.delete(args[0] ?? null); return null;
    case 'containskey': case 'contains': return h.has(args[0] ?? null);
    case 'containsvalue': return h.values().some((v) => looseEquals(v, args[0] ?? null));
    case 'clear': h.clear(); return null;
    case 'getenumerator':
      return h.entries().map(([k, v]) => {
        const e = new PSObject(['System.Collections.DictionaryEntry', 'System.ValueType', 'System.Object']);
        e.addProperty({ name: 'Name', value: k, memberType: 'AliasProperty' });
        e.addProperty({ name: 'Key', value: k, memberType: 'Property' });
        e.addProperty({ name: 'Value', value: v, memberType: 'Property' });
        return e;
      });
    case 'clone': { const c = new PSHashtable(h.ordered); for (const [k, v] of h.entries()) c.set(k, v); return c; }
  }
  return undefined;
}

const PRIMITIVES = new Set(['System.Boolean', 'System.Byte', 'System.SByte', 'System.Int16', 'System.UInt16', 'System.Int32', 'System.UInt32', 'System.Int64', 'System.UInt64', 'System.IntPtr', 'System.UIntPtr', 'System.Char', 'System.Double', 'System.Single']);

/**
 * A System.Type object (what `[int]` is as a value and what GetType() returns): typeObject's Name,
 * FullName, BaseType..., plus IsPrimitive, IsArray, IsValueType, IsEnum and the array methods
 * GetArrayRank() and GetElementType() (lang-spec: `[int[,,]].GetArrayRank()` is 3).
 */
export function runtimeType(fullName: string): PSObject {
  const o = typeObject(fullName);
  const t = resolveTypeName(fullName);
  const arrayRank = /\[(,*)\]$/.exec(fullName);
  const base = t?.info.baseType ?? 'System.Object';
  const isEnum = base === 'System.Enum';
  const isValueType = !arrayRank && (PRIMITIVES.has(fullName) || isEnum || base === 'System.ValueType');
  o.addProperty({ name: 'IsPrimitive', value: PRIMITIVES.has(fullName), memberType: 'Property' });
  o.addProperty({ name: 'IsArray', value: !!arrayRank, memberType: 'Property' });
  o.addProperty({ name: 'IsValueType', value: isValueType, memberType: 'Property' });
  o.addProperty({ name: 'IsEnum', value: isEnum, memberType: 'Property' });
  o.addProperty({ name: 'IsClass', value: !isValueType && !fullName.startsWith('System.Collections.Generic.I'), memberType: 'Property' });
  o.addMethod('GetArrayRank', (args) => {
    if (args.length) throw runtimeError('MethodArgumentCount', ['GetArrayRank', args.length], 'InvalidOperation');
    // .NET: GetArrayRank on a non-array type throws ArgumentException "Must be an array type."
    if (!arrayRank) throw methodInvocationError('GetArrayRank', 0, new DotNetException('System.ArgumentException', 'Must be an array type.'));
    return arrayRank[1]!.length + 1;
  });
  o.addMethod('GetElementType', () => (arrayRank ? runtimeType(fullName.slice(0, arrayRank.index)) : null));
  o.addMethod('ToString', () => fullName);
  return o;
}

/**
 * `$x.Method(args)` on allow-listed types. `ToString()`, `GetType()`, `Equals()` and
 * `GetHashCode()` work on everything.
 */
export function invokeMethod(target: PSValue, method: string, args: PSValue[], ctx: DotNetContext): PSValue {
  if (target === null) throw runtimeError('InvokeMethodOnNull', [], 'InvalidOperation');
  const m = method.toLowerCase();
  if (m === 'gettype' && args.length === 0) return runtimeType(fullTypeNameOf(target));
  let r: PSValue | undefined;
  if (typeof target === 'string') r = asMethodCall(method, args, () => stringMethod(target, m, args));
  else if (target instanceof PSDateTime) r = asMethodCall(method, args, () => dateMethod(target, m, args));
  else if (target instanceof PSTimeSpan) r = timeSpanMethod(target, m, args);
  else if (Array.isArray(target)) r = asMethodCall(method, args, () => arrayMethod(target, m, args, fullTypeNameOf(target)));
  else if (target instanceof PSHashtable) r = asMethodCall(method, args, () => hashtableMethod(target, m, args));
  else if (typeof target === 'number') {
    // pwsh 7.6: (0.1+0.2).ToString() is .NET's round-trip text 0.30000000000000004, unlike "$x" (0.3).
    if (m === 'tostring') r = args.length ? asMethodCall(method, args, () => formatValue(target, toStr(args[0]))) : numberToString(target);
    else if (m === 'compareto') r = Math.sign(compareValues(target, args[0] ?? null));
  } else if (target instanceof PSCredential) {
    if (m === 'getnetworkcredential') {
      const nc = new PSObject(['System.Net.NetworkCredential', 'System.Object']);
      nc.addNoteProperty('UserName', target.userName.includes('\\') ? target.userName.split('\\')[1] : target.userName);
      nc.addNoteProperty('Password', target.password.reveal());
      nc.addNoteProperty('Domain', target.userName.includes('\\') ? target.userName.split('\\')[0] : '');
      r = nc;
    }
  } else if (target instanceof ByteQuantifiedSize) {
    if (m === 'tobytes') r = target.bytes;
    else if (m === 'tokb') r = Math.floor(target.bytes / 1024);
    else if (m === 'tomb') r = Math.floor(target.bytes / 2 ** 20);
    else if (m === 'togb') r = Math.floor(target.bytes / 2 ** 30);
    else if (m === 'totb') r = Math.floor(target.bytes / 2 ** 40);
  } else if (target instanceof SecureString) {
    if (m === 'appendchar') r = null;
    else if (m === 'makereadonly' || m === 'dispose') r = null;
  } else if (target instanceof PSObject && target.psTypeNames.includes('System.Text.Encoding')) {
    r = encodingMethod(m, args);
  } else if (target instanceof PSObject && target.getMethod(method)) {
    r = target.getMethod(method)!.invoke(args);
  } else if (target instanceof PSObject) {
    const p = target.get(method);
    if (p !== undefined && p !== null && typeof (p as { invoke?: unknown }).invoke === 'function') {
      r = (p as unknown as { invoke(a: PSValue[]): PSValue }).invoke(args);
    }
  }
  if (r !== undefined) return r;
  // PSCustomObject.ToString() is the empty string in pwsh 7; only its conversion to string ("$o") gives @{...}.
  if (m === 'tostring' && args.length === 0) return target instanceof PSObject && target.isCustomObject && !target.toStringOverride ? '' : toStr(target);
  if (m === 'equals' && args.length === 1) return target === args[0] || looseEquals(target, args[0]);
  if (m === 'gethashcode') return 0;
  if (target instanceof PSEnumValue && m === 'hasflag') return looseEquals(target, args[0] ?? null);
  if (target instanceof ErrorRecord && m === 'tostring') return target.message;
  throw methodNotFound(fullTypeNameOf(target), method);
}

export { formatMessage };
