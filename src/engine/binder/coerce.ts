/**
 * One argument: transform/coerce to the parameter's type, then validate (about_Type_Conversion,
 * about_Functions_Advanced_Parameters validation attributes). Failures are ParameterBindingExceptions
 * with pwsh's ids and wording.
 */
import { PSCredential, PSDateTime, PSEnumValue, PSHashtable, PSObject, SecureString, stringOf, typeNamesOf, type PSValue } from '../values';
import { convertTo, toStr, toNumber, fullTypeNameOf, isArrayList } from '../conversion';
import { PSRuntimeError, ExceptionObject, ErrorRecord } from '../errors';
import { formatMessage, MESSAGES, type MessageKey } from '../messages';
import type { ErrorCategory } from '../cmdlet';
import type { BinderCommand, BinderParameter } from './parameters';
import { ScriptBlock } from '../scriptblock';
import { dotNetRegex, RegexParseError, RegexUnsupportedError, unsupportedRegexError } from '../regex';
import type { Extent } from '../../language/ast';

export interface BindingErrorContext {
  command: BinderCommand;
  /** The parameter or argument being bound: its errors are positioned there rather than at the command. */
  at?: Extent;
  makeRecord(key: MessageKey, args: (string | number)[], exceptionType: string, category: ErrorCategory, target?: PSValue): ErrorRecord;
}

export class BindingError extends PSRuntimeError {}

export function bindingError(ctx: BindingErrorContext, key: MessageKey, args: (string | number)[], exceptionType = 'System.Management.Automation.ParameterBindingException', category: ErrorCategory = 'InvalidArgument', target: PSValue = null): BindingError {
  // pwsh 7.6: a function's typed parameter converts through ArgumentTypeConverterAttribute, so a
  // failure is "Cannot process argument transformation on parameter 'N'. ..." (InvalidData).
  if (key === 'CannotConvertArgument' && ctx.command.script) {
    return new BindingError(ctx.makeRecord('ArgumentTransformation', args, 'System.Management.Automation.ParameterBindingArgumentTransformationException', 'InvalidData', target));
  }
  return new BindingError(ctx.makeRecord(key, args, exceptionType, category, target));
}

/** The .NET type name a parameter type shows in MissingArgument: `System.String`, `System.Int32`... (`declared`: the metadata's own). */
export function dotNetTypeName(type: string, declared?: string): string {
  if (declared) return declared;
  const t = type.replace(/\[\]$/, '');
  const arr = type.endsWith('[]') ? '[]' : '';
  const map: Record<string, string> = {
    string: 'System.String', int32: 'System.Int32', int: 'System.Int32', int64: 'System.Int64', long: 'System.Int64', boolean: 'System.Boolean', bool: 'System.Boolean',
    datetime: 'System.DateTime', timespan: 'System.TimeSpan', securestring: 'System.Security.SecureString', pscredential: 'System.Management.Automation.PSCredential',
    object: 'System.Object', psobject: 'System.Management.Automation.PSObject', scriptblock: 'System.Management.Automation.ScriptBlock', hashtable: 'System.Collections.Hashtable',
    double: 'System.Double', byte: 'System.Byte', switchparameter: 'System.Management.Automation.SwitchParameter', actionpreference: 'System.Management.Automation.ActionPreference',
    multivaluedproperty: 'Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]', uri: 'System.Uri', guid: 'System.Guid', char: 'System.Char',
  };
  const full = map[t.toLowerCase()];
  if (full) return full + arr;
  if (/IdParameter$/.test(t)) return `Microsoft.Exchange.Configuration.Tasks.${t}${arr}`;
  if (/^Unlimited/i.test(t)) return 'Microsoft.Exchange.Data.Unlimited`1[System.Int32]';
  return t + arr;
}

function errorMessageOf(e: unknown): string {
  if (e instanceof PSRuntimeError) return e.record.message;
  return String(e);
}

/**
 * An enum argument. Enums declared with their .NET type convert as pwsh's LanguagePrimitives does:
 * a name (any case), a unique prefix of one (EnumMinimumDisambiguation), a comma-separated list or an
 * integer value; types with EnumMultipleTypeConverter take exact names only. Other enums (Exchange's
 * own, checked by the server) take a name or an index.
 */
function convertEnum(ctx: BindingErrorContext, p: BinderParameter, v: PSValue, type: string): PSValue {
  const names = p.enumValues!;
  const fail = (message: string) => bindingError(ctx, 'CannotConvertArgument', [p.name, message], 'System.Management.Automation.ParameterBindingException', 'InvalidArgument', v);
  if (v instanceof PSEnumValue && names.some((e) => e.toLowerCase() === v.name.toLowerCase())) return v;
  const s = toStr(v);
  const numbers = p.enumNumbers;
  // The value of a name (a flags enum's declared number, else its position), and of a list of names (their flags).
  const valueOf = (name: string) => (numbers ? numbers[names.indexOf(name)] : names.indexOf(name));
  const valueOfAll = (picked: string[]) => (numbers ? picked.reduce((acc, n) => acc | valueOf(n), 0) : valueOf(picked[0]));
  const exact = (word: string) => names.find((e) => e.toLowerCase() === word.trim().toLowerCase());
  const hit = exact(s);
  if (hit !== undefined) return new PSEnumValue(type, hit, valueOf(hit));
  if (numbers && (typeof v === 'number' || /^\s*\d+\s*$/.test(s))) {
    const n = Number(s);
    const shown = Number.isInteger(n) ? flagsName(names, numbers, n) : undefined;
    if (shown === undefined) throw fail(formatMessage('EnumValuesNotValid', s, p.dotNetType ?? type, names.join(',')));
    return new PSEnumValue(type, shown, n);
  }
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < names.length) return new PSEnumValue(type, names[v], v);
  const full = p.dotNetType;
  if (!full) throw fail(formatMessage('EnumNoMatch', s, type, names.join(', ')));
  if (p.enumMultipleConverter) {
    // Each comma-separated name must be exact; the error names the first that is not.
    const words = s.split(',');
    const bad = words.find((w) => exact(w) === undefined);
    if (bad === undefined) return new PSEnumValue(type, words.map((w) => exact(w)!).join(', '), valueOfAll(words.map((w) => exact(w)!)));
    throw fail(formatMessage('CastWithReason', s, full, formatMessage('EnumValuesNotValid', bad.trim(), full, names.join(','))));
  }
  if (typeof v === 'number') throw fail(formatMessage('EnumValuesNotValid', s, full, names.join(',')));
  const words = s.split(',').map((w) => w.trim());
  const picked: string[] = [];
  for (const w of words) {
    const e = exact(w);
    if (e !== undefined) {
      picked.push(e);
      continue;
    }
    const prefixed = names.filter((n) => n.toLowerCase().startsWith(w.toLowerCase()));
    if (w !== '' && prefixed.length === 1 && words.length === 1) {
      picked.push(prefixed[0]);
      continue;
    }
    if (w !== '' && prefixed.length > 1 && words.length === 1) throw fail(formatMessage('CastWithReason', s, full, formatMessage('EnumTooSimilar', w, prefixed.join(', '))));
    throw fail(formatMessage('CastWithReason', s, full, formatMessage('EnumNameNotFound', s, names.join(', '))));
  }
  return new PSEnumValue(type, picked.join(', '), names.indexOf(picked[0]));
}

/**
 * A flags enum value as .NET's Enum.ToString writes it: its own name, else the names of the values
 * that make it (taken greedily from the largest, listed from the smallest), `0` for zero without a
 * name; undefined when the flags do not make it (pwsh then fails the conversion).
 */
function flagsName(names: string[], numbers: number[], n: number): string | undefined {
  const own = numbers.indexOf(n);
  if (own >= 0) return names[own];
  if (n === 0) return '0';
  if (n < 0) return undefined;
  let rest = n;
  const picked: number[] = [];
  const order = numbers.map((value, i) => ({ value, i })).sort((a, b) => b.value - a.value);
  for (const { value, i } of order) {
    if (value !== 0 && (rest & value) === value) {
      picked.push(i);
      rest &= ~value;
    }
  }
  if (rest !== 0) return undefined;
  return picked.sort((a, b) => numbers[a] - numbers[b]).map((i) => names[i]).join(', ');
}

function convertScalar(ctx: BindingErrorContext, p: BinderParameter, v: PSValue, type: string): PSValue {
  const t = type.toLowerCase();
  const wrap = (fn: () => PSValue): PSValue => {
    try {
      return fn();
    } catch (e) {
      if (e instanceof BindingError) throw e;
      throw bindingError(ctx, 'CannotConvertArgument', [p.name, errorMessageOf(e)], 'System.Management.Automation.ParameterBindingException', 'InvalidArgument', v);
    }
  };
  if (p.enumValues && p.enumValues.length) return convertEnum(ctx, p, v, type);
  switch (t) {
    case 'string':
      return v === null ? null : toStr(v);
    case 'boolean':
    case 'bool':
      if (typeof v === 'boolean') return v;
      if (typeof v === 'number') return v !== 0;
      if (v === null) return false;
      throw bindingError(ctx, 'BooleanTransformation', [p.name, fullTypeNameOf(v)], 'System.Management.Automation.ParameterBindingArgumentTransformationException', 'InvalidData', v);
    case 'switchparameter':
    case 'switch':
      if (typeof v === 'boolean') return v;
      if (typeof v === 'number') return v !== 0;
      if (v === null) return false;
      throw bindingError(ctx, 'CannotConvertArgument', [p.name, formatMessage('InvalidCast', stringOf(v), fullTypeNameOf(v), 'System.Management.Automation.SwitchParameter')], 'System.Management.Automation.ParameterBindingException', 'InvalidArgument', v);
    case 'int32': case 'int': case 'int64': case 'long': case 'double': case 'byte': case 'uint32': case 'int16':
      return wrap(() => convertTo(v, t === 'int32' ? 'int' : t === 'int64' ? 'long' : t));
    case 'char':
      return wrap(() => convertTo(v, 'char'));
    case 'datetime':
      return wrap(() => convertTo(v, 'datetime'));
    case 'timespan':
      return wrap(() => convertTo(v, 'timespan'));
    case 'securestring':
      if (v instanceof SecureString || v === null) return v;
      throw bindingError(ctx, 'CannotConvertArgument', [p.name, formatMessage('ConvertToSecureString', stringOf(v), fullTypeNameOf(v))], 'System.Management.Automation.ParameterBindingException', 'InvalidArgument', v);
    case 'pscredential':
      if (v instanceof PSCredential || v === null) return v;
      throw bindingError(ctx, 'CannotConvertArgument', [p.name, formatMessage('InvalidCast', stringOf(v), fullTypeNameOf(v), 'System.Management.Automation.PSCredential')], 'System.Management.Automation.ParameterBindingException', 'InvalidArgument', v);
    case 'scriptblock':
      if (v instanceof ScriptBlock || v === null) return v;
      throw bindingError(ctx, 'CannotConvertArgument', [p.name, formatMessage('InvalidCast', stringOf(v), fullTypeNameOf(v), 'System.Management.Automation.ScriptBlock')], 'System.Management.Automation.ParameterBindingException', 'InvalidArgument', v);
    case 'hashtable':
      if (v instanceof PSHashtable || v === null) return v;
      throw bindingError(ctx, 'CannotConvertArgument', [p.name, formatMessage('InvalidCast', stringOf(v), fullTypeNameOf(v), 'System.Collections.Hashtable')], 'System.Management.Automation.ParameterBindingException', 'InvalidArgument', v);
    case 'byte[]':
      if (v instanceof Uint8Array) return v;
      return wrap(() => Uint8Array.from((Array.isArray(v) ? v : [v]).map((x) => toNumber(x, 'System.Byte'))));
    case 'object': case 'psobject':
      return v;
  }
  if (/^unlimited/i.test(type)) {
    if (typeof v === 'string' && v.trim().toLowerCase() === 'unlimited') return 'Unlimited';
    if (typeof v === 'number') return v;
    return wrap(() => {
      const n = toNumber(v);
      return n;
    });
  }
  // Identity parameters and other Exchange types keep the value as given (a string or the object itself).
  return v;
}

function isArrayType(type: string): boolean {
  return type.endsWith('[]') || type.toLowerCase() === 'multivaluedproperty' || type.toLowerCase() === 'object[]';
}

/** Converts an argument to the parameter's type (arrays element by element). */
export function coerceArgument(ctx: BindingErrorContext, p: BinderParameter, v: PSValue): PSValue {
  const type = p.type;
  if (p.typeConstraint) {
    try {
      return convertTo(v, p.typeConstraint);
    } catch (e) {
      throw bindingError(ctx, 'CannotConvertArgument', [p.name, errorMessageOf(e)], 'System.Management.Automation.ParameterBindingException', 'InvalidArgument', v);
    }
  }
  if (type.toLowerCase() === 'byte[]') return convertScalar(ctx, p, v, 'byte[]');
  // pwsh 7.6: an advanced function's [string] parameter refuses an Object[] (even of one element), where
  // a simple function's joins it (`f 1,2` is "1 2"); an ArrayList converts.
  if (type.toLowerCase() === 'string' && ctx.command.script && ctx.command.advanced && Array.isArray(v) && !isArrayList(v)) {
    throw bindingError(ctx, 'CannotConvertArgument', [p.name, formatMessage('CannotRetrieveString')], 'System.Management.Automation.ParameterBindingException', 'InvalidArgument', null);
  }
  if (isArrayType(type)) {
    if (v === null) return null;
    // Exchange's MultiValuedProperty takes @{Add=...; Remove=...} to edit the values in place.
    if (type.toLowerCase() === 'multivaluedproperty' && v instanceof PSHashtable) return v;
    const el = type.toLowerCase() === 'multivaluedproperty' ? 'String' : type.slice(0, -2);
    const items = Array.isArray(v) ? v : [v];
    return items.map((x) => convertScalar(ctx, p, x, el));
  }
  // A list for a scalar parameter: an error for the .NET types and enums the binder converts; Exchange's
  // own types (identity parameters, flags such as AllowedServices, ProxyAddressCollection) take the list as given.
  const exchangeType = dotNetTypeName(type) === type && !p.enumValues?.length;
  // pwsh: LanguagePrimitives converts a list to a flags enum (PSMemberTypes) by combining its names, each
  // exact in any case; a bad one fails on the whole list joined with commas.
  if (Array.isArray(v) && v.length > 1 && p.enumMultipleConverter && p.enumValues?.length && p.dotNetType) {
    const names = p.enumValues;
    const s = v.map((x) => toStr(x)).join(',');
    const picked = v.map((x) => names.find((n) => n.toLowerCase() === toStr(x).trim().toLowerCase()));
    const numbers = p.enumNumbers;
    if (picked.every((n) => n !== undefined)) return new PSEnumValue(type, (picked as string[]).join(', '), numbers ? (picked as string[]).reduce((acc, n) => acc | numbers[names.indexOf(n)], 0) : names.indexOf(picked[0]!));
    throw bindingError(ctx, 'CannotConvertArgument', [p.name, formatMessage('CastWithReason', s, p.dotNetType, formatMessage('EnumNameNotFound', s, names.join(', ')))], 'System.Management.Automation.ParameterBindingException', 'InvalidArgument', v);
  }
  if (Array.isArray(v) && type.toLowerCase() !== 'object' && type.toLowerCase() !== 'psobject' && !/IdParameter$/.test(type) && type.toLowerCase() !== 'string' && !exchangeType) {
    if (v.length === 1) return convertScalar(ctx, p, v[0], type);
    if (type.toLowerCase() === 'boolean' || type.toLowerCase() === 'switchparameter') return convertScalar(ctx, p, v, type);
    if (!ctx.command.script) throw bindingError(ctx, 'CannotConvertArrayArgument', [fullTypeNameOf(v), dotNetTypeName(type, p.dotNetType), p.name], 'System.Management.Automation.ParameterBindingException', 'InvalidArgument', v);
    throw bindingError(ctx, 'CannotConvertArgument', [p.name, formatMessage('InvalidCast', fullTypeNameOf(v), fullTypeNameOf(v), dotNetTypeName(type))], 'System.Management.Automation.ParameterBindingException', 'InvalidArgument', v);
  }
  return convertScalar(ctx, p, v, type);
}

/** Does the value already have the parameter's type (pipeline binding's first pass, no coercion)? */
export function matchesWithoutCoercion(p: BinderParameter, v: PSValue): boolean {
  const t = p.type.toLowerCase();
  if (t === 'object' || t === 'psobject' || t === 'object[]' || t === 'psobject[]' || /idparameter$/.test(t)) return true;
  if (t === 'string') return typeof v === 'string';
  if (t === 'string[]' || t === 'multivaluedproperty') return typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string'));
  if (t === 'int32' || t === 'int64' || t === 'int32[]' || t === 'double') return typeof v === 'number';
  if (t === 'boolean' || t === 'switchparameter') return typeof v === 'boolean';
  if (t === 'datetime') return v instanceof PSDateTime;
  if (t === 'securestring') return v instanceof SecureString;
  if (t === 'pscredential') return v instanceof PSCredential;
  if (t === 'hashtable') return v instanceof PSHashtable;
  if (t === 'scriptblock') return v instanceof ScriptBlock;
  if (v instanceof PSObject) return typeNamesOf(v).some((n) => n.toLowerCase().endsWith('.' + t) || n.toLowerCase() === t);
  return false;
}

function validateOne(ctx: BindingErrorContext, p: BinderParameter, v: PSValue): void {
  const fail = (key: MessageKey, args: (string | number)[]) => {
    throw bindingError(ctx, key, args, 'System.Management.Automation.ParameterBindingValidationException', 'InvalidData', v);
  };
  if (p.validateSet && v !== null) {
    const s = toStr(v);
    if (!p.validateSet.some((x) => x.toLowerCase() === s.toLowerCase())) fail('ValidateSetFailure', [p.name, s, p.validateSet.join(',')]);
  }
  if (p.validatePattern && v !== null) {
    const s = toStr(v);
    let re: RegExp;
    try {
      // ValidatePattern's default options: IgnoreCase.
      re = dotNetRegex(p.validatePattern, { ignoreCase: true });
    } catch (e) {
      // pwsh 7.6: an invalid pattern fails the validation with .NET's message.
      if (e instanceof RegexParseError) fail('ValidatePatternInvalid', [p.name, e.message]);
      throw e instanceof RegexUnsupportedError ? unsupportedRegexError(e) : e;
    }
    if (!re.test(s)) fail('ValidatePatternFailure', [p.name, s, p.validatePattern]);
  }
  if (p.validateRange && v !== null) {
    const n = toNumber(v);
    if (n < p.validateRange[0]) fail('ValidateRangeTooSmall', [p.name, stringOf(v), p.validateRange[0]]);
    if (n > p.validateRange[1]) fail('ValidateRangeTooBig', [p.name, stringOf(v), p.validateRange[1]]);
  }
  if (p.validateLength && v !== null) {
    const s = toStr(v);
    if (s.length < p.validateLength[0]) fail('ValidateLengthTooShort', [p.name, s, p.validateLength[0]]);
    if (s.length > p.validateLength[1]) fail('ValidateLengthTooLong', [p.name, s, p.validateLength[1]]);
  }
}

/** Validation attributes; `mandatory` adds pwsh's implicit null / empty-string checks. */
export function validateArgument(ctx: BindingErrorContext, p: BinderParameter, v: PSValue, mandatory: boolean): void {
  const fail = (key: MessageKey, args: (string | number)[]) => {
    throw bindingError(ctx, key, args, 'System.Management.Automation.ParameterBindingValidationException', 'InvalidData', v);
  };
  if (p.validateNotNullOrEmpty) {
    if (v === null || v === '' || (Array.isArray(v) && v.length === 0)) fail('ValidateNotNullOrEmpty', [p.name]);
    if (Array.isArray(v) && v.some((x) => x === null || x === '')) fail('ValidateNotNullOrEmptyCollection', [p.name]);
  }
  if (mandatory && !p.allowNull && !p.validateNotNullOrEmpty) {
    if (v === null) fail('ParameterArgumentNull', [p.name]);
    if (v === '' && !p.allowEmptyString && p.type.toLowerCase() === 'string') fail('ParameterArgumentEmptyString', [p.name]);
    // A mandatory string array: an empty string in it is refused as well (ParameterBinderBase, pwsh 7.6: `Get-Item '', a`).
    if (Array.isArray(v) && !p.allowEmptyString && p.type.toLowerCase() === 'string[]' && v.some((x) => x === '')) fail('ParameterArgumentEmptyString', [p.name]);
  }
  if (p.validateCount) {
    const n = Array.isArray(v) ? v.length : v === null ? 0 : 1;
    if (n < p.validateCount[0] || n > p.validateCount[1]) fail('ValidateCountFailure', [p.name, p.validateCount[0], p.validateCount[1], n]);
  }
  if (Array.isArray(v)) for (const x of v) validateOne(ctx, p, x);
  else validateOne(ctx, p, v);
}

export { MESSAGES, ExceptionObject };
