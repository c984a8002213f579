/**
 * Property expressions shared by Select-Object, Sort-Object, Group-Object and Measure-Object
 * (pwsh's PSPropertyExpression and calculated properties, about_Calculated_Properties): a property
 * name with wildcards, a script block run with `$_`, or a hashtable such as
 * `@{Name='Size'; Expression={$_.Length}}` whose keys may be abbreviated (`n`, `l`, `e`, `asc`...).
 */
import { invalidWildcardPattern } from '../../src/engine/errors';
import type { CmdletContext } from '../../src/engine/cmdlet';
import { PSHashtable, PSObject, stringOf, type PSValue } from '../../src/engine/values';
import { getOwnProperty, propertyList } from '../../src/engine/properties';
import { isScriptBlock } from '../../src/engine/scriptblock';
import { dataMessage } from '../../src/engine/serialization/messages';
import { fullTypeNameOf } from '../../src/engine/conversion';

/** pwsh WildcardPattern: `*`, `?`, `[a-c]`, backtick escapes; case-insensitive. */
export function wildcardRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '`' && i + 1 < pattern.length) re += escapeRe(pattern[++i]!);
    else if (c === '*') re += '.*';
    else if (c === '?') re += '.';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) re += '\\[';
      else {
        re += '[' + pattern.slice(i + 1, end).replace(/\\/g, '\\\\') + ']';
        i = end;
      }
    } else re += escapeRe(c);
  }
  try {
    return new RegExp('^' + re + '$', 'is');
  } catch {
    throw invalidWildcardPattern(pattern); // a range out of order (`[c-a]`)
  }
}

function escapeRe(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

export function hasWildcard(s: string): boolean {
  return /[*?[]/.test(s);
}

/** One property expression: a name/pattern or a script block. */
export type PropertyExpression = { kind: 'name'; name: string; wildcard: boolean } | { kind: 'script'; block: PSValue; text: string };

/** A -Property entry after reading a calculated-property hashtable. */
export interface PropertySpec {
  expr: PropertyExpression;
  /** Name/Label of a calculated property. */
  label?: string;
  ascending?: boolean;
  descending?: boolean;
}

export interface ResolvedValue {
  name: string;
  value: PSValue;
}

/** The keys a cmdlet accepts in a calculated-property hashtable (matched by unambiguous prefix). */
export type HashKey = 'name' | 'label' | 'expression' | 'ascending' | 'descending';

/** Thrown for a bad calculated property; the cmdlet reports it with its own error id. */
export class PropertySpecError extends Error {
  constructor(
    readonly errorId: string,
    message: string,
    /** Set when pwsh's record is a NotSupportedException whose ErrorDetails carry `message`. */
    readonly notSupported = false,
  ) {
    super(message);
  }

  /** The ErrorDetails a cmdlet reports for it. */
  details(): { message: string; errorId: string; category: 'InvalidArgument'; exceptionType?: string; errorDetailsMessage?: string } {
    if (!this.notSupported) return { message: this.message, errorId: this.errorId, category: 'InvalidArgument' };
    return { message: dataMessage('NotSupported'), errorId: this.errorId, category: 'InvalidArgument', exceptionType: 'System.NotSupportedException', errorDetailsMessage: this.message };
  }
}

/**
 * A -Property entry must be a name, a script block or a hashtable (pwsh 7.6's MshParameter check,
 * shared by Select-Object, Sort-Object, Group-Object and the Format cmdlets): `Sort-Object -Property 1` fails.
 */
export function checkPropertyEntry(v: PSValue): void {
  if (typeof v === 'string' || isScriptBlock(v) || v instanceof PSHashtable) return;
  throw new PropertySpecError('DictionaryKeyUnknownType', dataMessage('DictionaryKeyUnknownType', fullTypeNameOf(v)), true);
}

function keyOf(raw: string, allowed: readonly HashKey[]): HashKey | null {
  const k = raw.toLowerCase();
  if (!k) return null;
  const hits = allowed.filter((a) => a.startsWith(k));
  return hits.length === 1 ? hits[0]! : null;
}

function exprOf(v: PSValue): PropertyExpression {
  if (isScriptBlock(v)) return { kind: 'script', block: v, text: String(v) };
  const name = stringOf(v);
  return { kind: 'name', name, wildcard: hasWildcard(name) };
}

/** Reads one -Property argument (string, script block or hashtable). */
export function parsePropertySpec(v: PSValue, allowed: readonly HashKey[]): PropertySpec {
  if (!(v instanceof PSHashtable)) return { expr: exprOf(v) };
  const spec: Partial<PropertySpec> = {};
  for (const [rawKey, value] of v.entries()) {
    const key = keyOf(stringOf(rawKey), allowed);
    if (!key) throw new PropertySpecError('DictionaryKeyIllegal', dataMessage('DictionaryKeyIllegal', stringOf(rawKey)));
    if (key === 'name' || key === 'label') spec.label = stringOf(value);
    else if (key === 'expression') spec.expr = exprOf(value);
    else if (key === 'ascending') spec.ascending = Boolean(value);
    else spec.descending = Boolean(value);
  }
  if (!spec.expr) {
    if (allowed.includes('name') || !('ascending' in spec || 'descending' in spec))
      throw new PropertySpecError('DictionaryKeyMandatoryEntry', dataMessage('DictionaryKeyMandatoryEntry', 'Expression'));
  }
  return spec as PropertySpec;
}

/** Property names of a value, as wildcards see them (a hashtable's keys first, pwsh 7). */
export function propertyNamesOf(v: PSValue): string[] {
  if (v instanceof PSHashtable) return v.keys().map((k) => stringOf(k));
  return propertyList(v).map((p) => p.name);
}

/**
 * Evaluates an expression against one object. A plain name gives one result (value undefined when the
 * object has no such property); a wildcard gives every matching property; a script block gives its
 * output (one value unwrapped, several as an array, none as $null).
 */
export function evaluateExpression(ctx: CmdletContext, expr: PropertyExpression, input: PSValue): { name: string; value: PSValue | undefined }[] {
  if (expr.kind === 'script') {
    const out = ctx.invokeScriptBlock(expr.block, input);
    return [{ name: expr.text, value: out.length === 0 ? null : out.length === 1 ? out[0]! : out }];
  }
  if (expr.wildcard) {
    const re = wildcardRegExp(expr.name);
    return propertyNamesOf(input)
      .filter((n) => re.test(n))
      .map((n) => ({ name: n, value: getOwnProperty(input, n) ?? null }));
  }
  const own = getOwnProperty(input, expr.name);
  // The name as the object has it (pwsh 7.6: `@{num=3} | Measure-Object -Maximum Num` reports Property num).
  const stored = input instanceof PSHashtable ? input.keyOf(expr.name) : undefined;
  const realName = input instanceof PSObject ? (input.getPropertyInfo(expr.name)?.name ?? expr.name) : typeof stored === 'string' ? stored : expr.name;
  return [{ name: realName, value: own }];
}

/**
 * A Sort-Object / Group-Object key. pwsh evaluates a script block key as a PSPropertyExpression: an
 * error inside ends the block, the cmdlet writes it in its own name (`Group-Object: Cannot convert
 * value "a" to type "System.Int32"...`) and the key is $null (pwsh 7.6).
 */
export function keyOfSpec(ctx: CmdletContext, spec: PropertySpec, input: PSValue): PSValue | undefined {
  if (spec.expr.kind === 'script' && ctx.evaluateScriptBlock) {
    const r = ctx.evaluateScriptBlock(spec.expr.block, input);
    if ('error' in r) {
      ctx.writeErrorRecord(ctx.commandName ? r.error.withActivity(ctx.commandName) : r.error);
      return null;
    }
    return r.value.length === 0 ? null : r.value.length === 1 ? r.value[0]! : r.value;
  }
  return valueOfSpec(ctx, spec, input);
}

/** The single value of an expression for sorting/grouping/measuring (missing property -> undefined). */
export function valueOfSpec(ctx: CmdletContext, spec: PropertySpec, input: PSValue): PSValue | undefined {
  const r = evaluateExpression(ctx, spec.expr, input);
  if (r.length === 0) return undefined;
  if (r.length === 1) return r[0]!.value;
  return r.map((x) => x.value ?? null);
}

/** Turns a raw -Property value (one or many) into specs. */
export function propertySpecs(raw: PSValue | undefined, allowed: readonly HashKey[], options: { anyValue?: boolean } = {}): PropertySpec[] {
  if (raw === undefined || raw === null) return [];
  const list = Array.isArray(raw) ? raw : [raw];
  // Measure-Object's -Property is [PSPropertyExpression[]]: any value converts to a name.
  if (!options.anyValue) list.forEach(checkPropertyEntry);
  return list.map((v) => parsePropertySpec(v, allowed));
}
