/**
 * Which fields a formatter shows for an object: -Property names with wildcards, calculated
 * properties, -ExcludeProperty, views and DefaultDisplayPropertySets (pwsh's
 * FormatViewGenerator property association; Format-List.md / Format-Table.md -Property).
 */
import { invalidWildcardPattern } from '../engine/errors';
import { PSCredential, PSHashtable, PSObject, PSTimeSpan, isDeserializedEnum, typeNamesOf, type PSValue } from '../engine/values';
import { getOwnProperty } from '../engine/properties';
import { findDefaultDisplayProperties, findView, type Alignment, type ViewProperty } from './views';

/** A calculated property as a cmdlet hands it over (the cmdlet turns script blocks into functions). */
export interface CalculatedProperty {
  label?: string;
  name?: string;
  /** A property name, or a function computing the value from the object. */
  expression: string | ((v: PSValue) => PSValue);
  width?: number;
  alignment?: Alignment;
  /** .NET format string applied to the value (`N2`, `{0:N0}`). */
  formatString?: string;
}

export type PropertyRef = string | CalculatedProperty;

/** One resolved column (table) or line (list). `read` returns undefined when the object lacks the property. */
export interface Field {
  label: string;
  read: (v: PSValue) => PSValue | undefined;
  width?: number;
  alignment?: Alignment;
  formatString?: string;
  /** True when the field comes from a registered view: its columns are left-aligned unless the view says otherwise. */
  fromView?: boolean;
}

/** System.TimeSpan's properties in .NET's order (`$ts.PSObject.Properties`); its views pick from them (builtin-views.ts). */
const TIMESPAN_PROPS: [string, (t: PSTimeSpan) => number][] = [
  ['Ticks', (t) => t.ms * 10000],
  ['Days', (t) => Math.trunc(t.ms / 86400000)],
  ['Hours', (t) => Math.trunc(t.ms / 3600000) % 24],
  ['Milliseconds', (t) => Math.trunc(t.ms) % 1000],
  ['Microseconds', (t) => Math.trunc(t.ms * 1000) % 1000],
  ['Nanoseconds', (t) => Math.trunc(t.ms * 1e6) % 1000],
  ['Minutes', (t) => Math.trunc(t.ms / 60000) % 60],
  ['Seconds', (t) => Math.trunc(t.ms / 1000) % 60],
  ['TotalDays', (t) => t.ms / 86400000],
  ['TotalHours', (t) => t.ms / 3600000],
  ['TotalMilliseconds', (t) => t.ms],
  ['TotalMicroseconds', (t) => t.ms * 1000],
  ['TotalNanoseconds', (t) => t.ms * 1e6],
  ['TotalMinutes', (t) => t.ms / 60000],
  ['TotalSeconds', (t) => t.ms / 1000],
];

/** A ScriptProperty that throws reads as $null for display. */
function guarded(getter: () => PSValue): PSValue {
  try {
    return getter();
  } catch {
    return null;
  }
}

/** Property names only (no getter runs). */
export function propertyNames(v: PSValue): string[] {
  return v instanceof PSObject ? v.propertyNames() : readProperties(v).map((p) => p.name);
}

/** The properties of any value, in order (what `Select-Object *` or `Format-List *` would show). */
export function readProperties(v: PSValue): { name: string; value: PSValue }[] {
  if (v instanceof PSObject) return v.properties().map((p) => ({ name: p.name, value: p.getter ? guarded(p.getter) : (p.value ?? null) }));
  if (v instanceof PSCredential) return [{ name: 'UserName', value: v.userName }, { name: 'Password', value: v.password }];
  if (v instanceof PSTimeSpan) return TIMESPAN_PROPS.map(([name, f]) => ({ name, value: f(v) }));
  if (isDeserializedEnum(v)) return [{ name: 'Value', value: v.name }];
  return [];
}

export function readProperty(v: PSValue, name: string): PSValue | undefined {
  if (v instanceof PSObject) return v.get(name);
  const lower = name.toLowerCase();
  const found = readProperties(v).find((p) => p.name.toLowerCase() === lower);
  if (found) return found.value;
  // A scalar's .NET properties (`'hello' | Format-List Length -Force` -> `Length : 5`).
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return getOwnProperty(v, name);
  return undefined;
}

export function hasWildcard(s: string): boolean {
  return /[*?[]/.test(s);
}

/** pwsh WildcardPattern (`*`, `?`, `[a-c]`), case-insensitive. */
export function wildcardToRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '`' && i + 1 < pattern.length) re += escape(pattern[++i]!);
    else if (c === '*') re += '.*';
    else if (c === '?') re += '.';
    else if (c === '[' && pattern.indexOf(']', i + 1) > 0) {
      const end = pattern.indexOf(']', i + 1);
      re += '[' + pattern.slice(i + 1, end).replace(/\\/g, '\\\\') + ']';
      i = end;
    } else re += escape(c);
  }
  try {
    return new RegExp('^' + re + '$', 'is');
  } catch {
    throw invalidWildcardPattern(pattern); // a range out of order (`[c-a]`)
  }
}

function escape(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function nameField(name: string): Field {
  return { label: name, read: (v) => readProperty(v, name) };
}

/**
 * A property name taken from an object's own properties (AssociationManager.ExpandAll makes it a
 * resolved PSPropertyExpression, read like `$x.Name`): on a later object without that property,
 * the intrinsic `Count` and `Length` read 1 (pwsh 7.6: `[pscustomobject]@{Name='x'; Count=5};
 * [pscustomobject]@{Name='b'}` prints `b        1`).
 */
function resolvedField(name: string): Field {
  const intrinsic = /^(count|length)$/i.test(name);
  return {
    label: name,
    read: (v) => {
      const value = readProperty(v, name);
      return value === undefined && intrinsic && v !== null ? 1 : value;
    },
  };
}

/** Reads a field; a getter or expression that throws shows as an empty value (pwsh prints nothing for it). */
export function safeRead(f: Field, v: PSValue): PSValue | undefined {
  try {
    return f.read(v);
  } catch {
    return null;
  }
}

function viewField(p: ViewProperty): Field {
  if (typeof p === 'string') return { ...nameField(p), fromView: true };
  const source = p.property ?? p.label;
  return {
    // An empty view label falls back to the property name (notes FT-22).
    label: p.label || source,
    read: p.expression ? (v) => p.expression!(v) : (v) => readProperty(v, source),
    width: p.width,
    alignment: p.alignment,
    fromView: true,
  };
}

function calculatedField(c: CalculatedProperty): Field {
  const expr = c.expression;
  const label = c.label ?? c.name ?? (typeof expr === 'string' ? expr : '');
  return {
    label,
    read: typeof expr === 'string' ? (v) => readProperty(v, expr) : (v) => expr(v),
    width: c.width,
    alignment: c.alignment,
    formatString: c.formatString,
  };
}

/** Expands -Property entries against one object: wildcards match its property names. */
export function expandProperties(v: PSValue, refs: PropertyRef[]): Field[] {
  const names = propertyNames(v);
  const out: Field[] = [];
  const seen = new Set<string>();
  for (const ref of refs) {
    if (typeof ref !== 'string') {
      out.push(calculatedField(ref));
      continue;
    }
    if (!hasWildcard(ref)) {
      const actual = names.find((n) => n.toLowerCase() === ref.toLowerCase()) ?? ref;
      if (!seen.has(actual.toLowerCase())) out.push(nameField(actual));
      seen.add(actual.toLowerCase());
      continue;
    }
    const re = wildcardToRegExp(ref);
    for (const n of names) {
      if (re.test(n) && !seen.has(n.toLowerCase())) {
        seen.add(n.toLowerCase());
        out.push(nameField(n));
      }
    }
  }
  return out;
}

function exclude(fields: Field[], patterns: string[] | undefined): Field[] {
  if (!patterns || patterns.length === 0) return fields;
  const res = patterns.map(wildcardToRegExp);
  return fields.filter((f) => !res.some((re) => re.test(f.label)));
}

export interface SelectionOptions {
  property?: PropertyRef[];
  excludeProperty?: string[];
}

/**
 * The fields shown for `v` in a table or list: -Property if given, else the type's view of that
 * kind, else its DefaultDisplayPropertySet, else all its properties. -ExcludeProperty alone means
 * "all properties except" (Format-List.md -ExcludeProperty).
 */
export function selectFields(v: PSValue, kind: 'table' | 'list', options: SelectionOptions = {}, cache?: Map<string, Field[]>): Field[] {
  if (!cache) return computeFields(v, kind, options);
  // Fields depend only on the type and the property names: objects of one shape share them.
  const key = (typeNamesOf(v)[0] ?? '') + '\u0000' + propertyNames(v).join('\u0000');
  let hit = cache.get(key);
  if (!hit) cache.set(key, (hit = computeFields(v, kind, options)));
  return hit;
}

function computeFields(v: PSValue, kind: 'table' | 'list', options: SelectionOptions): Field[] {
  if (options.property && options.property.length > 0) return exclude(expandProperties(v, options.property), options.excludeProperty);
  if (options.excludeProperty && options.excludeProperty.length > 0) return exclude(expandProperties(v, ['*']), options.excludeProperty);
  const view = findView(v, kind);
  if (view) return view.properties.map(viewField);
  const set = findDefaultDisplayProperties(v);
  if (set) return set.map(nameField);
  return propertyNames(v).map(resolvedField);
}

/**
 * AssociationManager.SetupActiveProperties without a view: the DefaultDisplayPropertySet, else
 * ExpandAll, which lists the adapted (.NET) properties before the extended ones (notes, aliases,
 * script properties). pwsh 7.6 shows an object met inside another type's list this way, and one
 * met inside a table as an out-of-band list: a DictionaryEntry gives `Key`, `Value`, `Name`.
 */
export function defaultFields(v: PSValue): Field[] {
  const set = findDefaultDisplayProperties(v);
  if (set) return set.map(nameField);
  if (!(v instanceof PSObject)) return propertyNames(v).map(resolvedField);
  const props = v.properties();
  const adapted = props.filter((p) => p.memberType === 'Property');
  return [...adapted, ...props.filter((p) => p.memberType !== 'Property')].map((p) => resolvedField(p.name));
}

/** A hashtable's entries as the formatter sees them: DictionaryEntry objects with Name, Key and Value. */
export const DICTIONARY_ENTRY = 'System.Collections.DictionaryEntry';

export function dictionaryEntries(h: PSHashtable): PSObject[] {
  return h.entries().map(([k, val]) => {
    const o = new PSObject([DICTIONARY_ENTRY, 'System.ValueType', 'System.Object']);
    o.addProperty({ name: 'Name', value: k, memberType: 'AliasProperty' });
    o.addProperty({ name: 'Key', value: k, memberType: 'Property' });
    o.addProperty({ name: 'Value', value: val, memberType: 'Property' });
    o.toStringOverride = () => DICTIONARY_ENTRY;
    return o;
  });
}
