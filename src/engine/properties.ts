/**
 * Property access as the PowerShell adapter does it (about_Properties, about_Member-Access_Enumeration):
 * PSObject properties, hashtable keys, the .NET properties scripts use on strings, dates, time spans,
 * `.Count`/`.Length` on everything, and member enumeration over arrays. Exported for every layer.
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
  typeNamesOf,
  type PSValue,
  int64Value,
} from './values';
import { fullTypeNameOf, isArrayList, typedArrayElement } from './conversion';
import { ErrorRecord } from './errors';

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** `.PSObject.Properties` lists: they index by member name too (`$o.PSObject.Properties['Name']`, PSMemberInfoCollection). */
export const memberCollections = new WeakSet<PSValue[]>();

/** The `.PSObject` view of a value: Properties, TypeNames, BaseObject. */
export function psObjectView(v: PSValue): PSObject {
  const o = new PSObject(['System.Management.Automation.PSObject', 'System.Object']);
  const props = propertyList(v).map((p) => {
    const info = new PSObject(['System.Management.Automation.PSNoteProperty', 'System.Management.Automation.PSPropertyInfo', 'System.Object']);
    info.addNoteProperty('Value', p.value);
    info.addNoteProperty('MemberType', p.memberType);
    info.addNoteProperty('IsSettable', true);
    info.addNoteProperty('IsGettable', true);
    info.addNoteProperty('TypeNameOfValue', p.value === null ? 'System.Object' : fullTypeNameOf(p.value));
    info.addNoteProperty('Name', p.name);
    info.toStringOverride = () => `${p.value === null ? 'object' : fullTypeNameOf(p.value)} ${p.name}=${String(p.value ?? '')}`;
    return info as PSValue;
  });
  memberCollections.add(props);
  o.addNoteProperty('Properties', props);
  o.addNoteProperty('TypeNames', [...typeNamesOf(v)]);
  o.addNoteProperty('BaseObject', v);
  return o;
}

/**
 * The intrinsic `pstypenames` member (about_Intrinsic_Members): the type names formatting and
 * deserialization go by, most specific first; a PSObject's own list, so that `.Insert(0, ...)` sticks.
 */
function pstypenames(v: PSValue): PSValue[] {
  if (v instanceof PSObject) return v.psTypeNames;
  return [...typeNamesOf(v)];
}

/** The (name, value) properties of an object, in order (for Format-List *, Select-Object *, Get-Member). */
export function propertyList(v: PSValue): { name: string; value: PSValue; memberType: string }[] {
  if (v instanceof PSObject) return v.properties().map((p) => ({ name: p.name, value: p.getter ? p.getter() : (p.value ?? null), memberType: p.memberType }));
  if (v instanceof PSDateTime) return ['Date', 'Day', 'DayOfWeek', 'DayOfYear', 'Hour', 'Kind', 'Millisecond', 'Minute', 'Month', 'Second', 'Ticks', 'TimeOfDay', 'Year'].map((n) => ({ name: n, value: getProperty(v, n), memberType: 'Property' }));
  if (v instanceof PSTimeSpan) return ['Ticks', 'Days', 'Hours', 'Milliseconds', 'Minutes', 'Seconds', 'TotalDays', 'TotalHours', 'TotalMilliseconds', 'TotalMinutes', 'TotalSeconds'].map((n) => ({ name: n, value: getProperty(v, n), memberType: 'Property' }));
  if (v instanceof PSCredential) return [{ name: 'UserName', value: v.userName, memberType: 'Property' }, { name: 'Password', value: v.password, memberType: 'Property' }];
  if (typeof v === 'string') return [{ name: 'Length', value: v.length, memberType: 'Property' }];
  if (isDeserializedEnum(v)) return [{ name: 'Value', value: v.name, memberType: 'ScriptProperty' }];
  if (v instanceof PSHashtable) return [
    { name: 'IsReadOnly', value: false, memberType: 'Property' },
    { name: 'IsFixedSize', value: false, memberType: 'Property' },
    { name: 'IsSynchronized', value: false, memberType: 'Property' },
    { name: 'Keys', value: v.keys(), memberType: 'Property' },
    { name: 'Values', value: v.values(), memberType: 'Property' },
    { name: 'SyncRoot', value: null, memberType: 'Property' },
    { name: 'Count', value: v.size, memberType: 'Property' },
  ];
  return [];
}

/**
 * System.Array's own properties, in the order pwsh's adapter lists them (ConvertTo-Html -InputObject 1,2
 * makes one row of them, pwsh 7.6). SyncRoot is the array itself, shown by its type name. Undefined for
 * an ArrayList / List[T] (other properties) and anything not an array.
 */
export function arrayPropertyList(v: PSValue): { name: string; value: PSValue; memberType: string }[] | undefined {
  if (!Array.isArray(v) || isArrayList(v as unknown)) return undefined;
  const dims = typedArrayElement(v)?.dimensions;
  const typeName = fullTypeNameOf(v);
  const syncRoot = { psTypeNames: [typeName, 'System.Array', 'System.Object'], toString: () => typeName };
  return [
    { name: 'Length', value: v.length, memberType: 'Property' },
    { name: 'LongLength', value: v.length, memberType: 'Property' },
    { name: 'Rank', value: dims ? dims.length : 1, memberType: 'Property' },
    { name: 'SyncRoot', value: syncRoot, memberType: 'Property' },
    { name: 'IsReadOnly', value: false, memberType: 'Property' },
    { name: 'IsFixedSize', value: true, memberType: 'Property' },
    { name: 'IsSynchronized', value: false, memberType: 'Property' },
    { name: 'Count', value: v.length, memberType: 'Property' },
  ];
}

/** A property of a single (non-array) value; undefined when the value has no such property. */
export function getOwnProperty(v: PSValue, name: string): PSValue | undefined {
  const n = name.toLowerCase();
  if (v === null) return undefined;
  if (n === 'psobject') return psObjectView(v);
  if (n === 'pstypenames') return pstypenames(v);
  if (v instanceof PSObject) {
    const r = v.get(name);
    if (r !== undefined) return r;
    if (v instanceof ErrorRecord) return undefined;
    return undefined;
  }
  if (v instanceof PSHashtable) {
    if (v.has(name)) return v.get(name) ?? null;
    if (n === 'count') return v.size;
    if (n === 'keys') return v.keys();
    if (n === 'values') return v.values();
    return undefined;
  }
  if (typeof v === 'string') return n === 'length' ? v.length : undefined;
  if (v instanceof PSDateTime) {
    const d = new Date(v.ms);
    switch (n) {
      case 'year': return d.getUTCFullYear();
      case 'month': return d.getUTCMonth() + 1;
      case 'day': return d.getUTCDate();
      case 'hour': return d.getUTCHours();
      case 'minute': return d.getUTCMinutes();
      case 'second': return d.getUTCSeconds();
      case 'millisecond': return d.getUTCMilliseconds();
      case 'dayofweek': return new PSEnumValue('System.DayOfWeek', DAY_NAMES[d.getUTCDay()], d.getUTCDay());
      case 'dayofyear': return Math.floor((v.ms - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86400000) + 1;
      case 'date': return new PSDateTime(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()), v.kind);
      case 'timeofday': return new PSTimeSpan(v.ms - Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
      case 'ticks': return int64Value(BigInt(Math.round(v.ms * 10000)) + 621355968000000000n);
      case 'kind': return new PSEnumValue('System.DateTimeKind', v.kind, v.kind === 'Unspecified' ? 0 : v.kind === 'Utc' ? 1 : 2);
    }
    return undefined;
  }
  if (v instanceof PSTimeSpan) {
    const abs = Math.abs(v.ms);
    const sign = v.ms < 0 ? -1 : 1;
    switch (n) {
      case 'days': return sign * Math.floor(abs / 86400000);
      case 'hours': return sign * Math.floor((abs % 86400000) / 3600000);
      case 'minutes': return sign * Math.floor((abs % 3600000) / 60000);
      case 'seconds': return sign * Math.floor((abs % 60000) / 1000);
      case 'milliseconds': return sign * (abs % 1000);
      case 'totaldays': return v.ms / 86400000;
      case 'totalhours': return v.ms / 3600000;
      case 'totalminutes': return v.ms / 60000;
      case 'totalseconds': return v.ms / 1000;
      case 'totalmilliseconds': return v.ms;
      case 'ticks': return int64Value(BigInt(Math.round(v.ms * 10000)));
    }
    return undefined;
  }
  if (v instanceof PSEnumValue) {
    if (n === 'value') return v.name;
    if (n === 'value__') return v.numeric ?? null;
    return undefined;
  }
  if (v instanceof ByteQuantifiedSize) {
    if (n === 'value') return v;
    return undefined;
  }
  if (v instanceof PSCredential) {
    if (n === 'username') return v.userName;
    if (n === 'password') return v.password;
    if (n === 'getnetworkcredential') return undefined;
    return undefined;
  }
  if (v instanceof SecureString) return n === 'length' ? v.length : undefined;
  if (v instanceof Uint8Array) return n === 'length' || n === 'count' ? v.length : undefined;
  return undefined;
}

/**
 * `$x.Name`: own property, else `.Count`/`.Length` (1 for scalars, 0 for $null), else member
 * enumeration over arrays (results flattened, nulls dropped, one result unwrapped), else $null.
 */
export function getProperty(v: PSValue, name: string): PSValue {
  const n = name.toLowerCase();
  if (Array.isArray(v)) {
    if (n === 'count' || n === 'length') return v.length;
    if (n === 'psobject') return psObjectView(v);
    if (n === 'pstypenames') return pstypenames(v);
    if (n === 'rank') return typedArrayElement(v)?.dimensions?.length ?? 1;
    const results: PSValue[] = [];
    for (const item of v) {
      const r = getProperty(item, name);
      if (r === null) continue;
      if (Array.isArray(r)) results.push(...r);
      else results.push(r);
    }
    return results.length === 0 ? null : results.length === 1 ? results[0] : results;
  }
  const own = getOwnProperty(v, name);
  if (own !== undefined) return own;
  if (n === 'count' || n === 'length') return v === null ? 0 : 1;
  return null;
}

/** Whether `$x.Name` names something real (Set-StrictMode -Version 2+ and property assignment checks). */
export function hasProperty(v: PSValue, name: string): boolean {
  if (Array.isArray(v)) return ['count', 'length', 'psobject', 'rank'].includes(name.toLowerCase()) || v.some((x) => hasProperty(x, name));
  return getOwnProperty(v, name) !== undefined || ['count', 'length'].includes(name.toLowerCase());
}

/** `$x.Name = value`: returns false when the target cannot take the property (the caller raises the error). */
export function setProperty(v: PSValue, name: string, value: PSValue): boolean {
  if (v instanceof PSHashtable) {
    v.set(name, value);
    return true;
  }
  if (v instanceof PSObject) {
    const p = v.getPropertyInfo(name);
    if (!p) {
      if (v.isCustomObject) return false;
      return false;
    }
    if (p.readOnly || (p.getter && !p.setter)) return false;
    v.set(name, value);
    return true;
  }
  if (Array.isArray(v)) {
    let ok = v.length > 0;
    for (const item of v) ok = setProperty(item, name, value) && ok;
    return ok;
  }
  return false;
}
