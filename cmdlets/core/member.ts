/**
 * Get-Member (gm): the members of the input objects, one listing per distinct type name
 * (MemberDefinition objects: TypeName, Name, MemberType, Definition), sorted by member type then name
 * as pwsh prints them. Reference: /work/shared/reference/powershell/cmdlets/Get-Member.md.
 * PSObject properties come from the object; primitives list the main .NET members of their type
 * (the method signatures show the first overload only).
 */
import { defineCmdlet, type CmdletContext } from '../../src/engine/cmdlet';
import { PSHashtable, PSObject, typeNamesOf, type PSValue } from '../../src/engine/values';
import { propertyList } from '../../src/engine/properties';
import { registerView } from '../../src/formatting/views';
import { dataMessage } from '../../src/engine/serialization/messages';
import { stringOf } from '../../src/engine/values';
import { wildcardRegExp } from './property-expressions';

export const MEMBER_DEFINITION = 'Microsoft.PowerShell.Commands.MemberDefinition';

// pwsh's table view for MemberDefinition: grouped by TypeName, then Name / MemberType / Definition.
registerView(MEMBER_DEFINITION, { kind: 'table', properties: ['Name', 'MemberType', 'Definition'], groupBy: 'TypeName' });

const SHORT_TYPES: Record<string, string> = {
  'System.String': 'string',
  'System.Int32': 'int',
  'System.Int64': 'long',
  'System.Boolean': 'bool',
  'System.Double': 'double',
  'System.Decimal': 'decimal',
  'System.Char': 'char',
  'System.Byte': 'byte',
  'System.DateTime': 'datetime',
  'System.TimeSpan': 'timespan',
  'System.Guid': 'guid',
  'System.Object[]': 'Object[]',
  'System.Byte[]': 'byte[]',
  'System.Collections.Hashtable': 'hashtable',
  'System.Security.SecureString': 'securestring',
  'System.Management.Automation.PSCredential': 'pscredential',
  'System.Management.Automation.ScriptBlock': 'scriptblock',
  'System.Object': 'System.Object',
};

/** The type as Get-Member's definitions write it: `string`, `int`, `Object[]`, else the full name. */
export function shortTypeName(fullName: string): string {
  return SHORT_TYPES[fullName] ?? fullName;
}

function valueTypeName(v: PSValue): string {
  if (v === null) return 'object';
  return shortTypeName(typeNamesOf(v)[0] ?? 'System.Object');
}

const OBJECT_METHODS: [string, string][] = [
  ['Equals', 'bool Equals(System.Object obj)'],
  ['GetHashCode', 'int GetHashCode()'],
  ['GetType', 'type GetType()'],
  ['ToString', 'string ToString()'],
];

/** Main instance members of the primitive types scripts inspect (name, member type, definition). */
const TYPE_MEMBERS: Record<string, [string, string, string][]> = {
  'System.String': [
    ['Clone', 'Method', 'System.Object Clone(), System.Object ICloneable.Clone()'],
    ['CompareTo', 'Method', 'int CompareTo(System.Object value), int CompareTo(string strB)'],
    ['Contains', 'Method', 'bool Contains(string value), bool Contains(string value, System.StringComparison comparisonType), bool Contains(char value)'],
    ['EndsWith', 'Method', 'bool EndsWith(string value), bool EndsWith(string value, System.StringComparison comparisonType)'],
    ['Equals', 'Method', 'bool Equals(System.Object obj), bool Equals(string value)'],
    ['GetHashCode', 'Method', 'int GetHashCode()'],
    ['GetType', 'Method', 'type GetType()'],
    ['IndexOf', 'Method', 'int IndexOf(char value), int IndexOf(string value)'],
    ['Insert', 'Method', 'string Insert(int startIndex, string value)'],
    ['LastIndexOf', 'Method', 'int LastIndexOf(char value), int LastIndexOf(string value)'],
    ['PadLeft', 'Method', 'string PadLeft(int totalWidth), string PadLeft(int totalWidth, char paddingChar)'],
    ['PadRight', 'Method', 'string PadRight(int totalWidth), string PadRight(int totalWidth, char paddingChar)'],
    ['Remove', 'Method', 'string Remove(int startIndex, int count), string Remove(int startIndex)'],
    ['Replace', 'Method', 'string Replace(string oldValue, string newValue), string Replace(char oldChar, char newChar)'],
    ['Split', 'Method', 'string[] Split(char separator, System.StringSplitOptions options), string[] Split(string separator, System.StringSplitOptions options)'],
    ['StartsWith', 'Method', 'bool StartsWith(string value), bool StartsWith(string value, System.StringComparison comparisonType)'],
    ['Substring', 'Method', 'string Substring(int startIndex), string Substring(int startIndex, int length)'],
    ['ToLower', 'Method', 'string ToLower(), string ToLower(cultureinfo culture)'],
    ['ToString', 'Method', 'string ToString(), string ToString(System.IFormatProvider provider)'],
    ['ToUpper', 'Method', 'string ToUpper(), string ToUpper(cultureinfo culture)'],
    ['Trim', 'Method', 'string Trim(), string Trim(char trimChar), string Trim(Params char[] trimChars)'],
    ['TrimEnd', 'Method', 'string TrimEnd(), string TrimEnd(char trimChar), string TrimEnd(Params char[] trimChars)'],
    ['TrimStart', 'Method', 'string TrimStart(), string TrimStart(char trimChar), string TrimStart(Params char[] trimChars)'],
    ['Chars', 'ParameterizedProperty', 'char Chars(int index) {get;}'],
    ['Length', 'Property', 'int Length {get;}'],
  ],
  'System.Int32': [
    ['CompareTo', 'Method', 'int CompareTo(System.Object value), int CompareTo(int value)'],
    ['Equals', 'Method', 'bool Equals(System.Object obj), bool Equals(int obj)'],
    ['GetHashCode', 'Method', 'int GetHashCode()'],
    ['GetType', 'Method', 'type GetType()'],
    ['GetTypeCode', 'Method', 'System.TypeCode GetTypeCode()'],
    ['ToString', 'Method', 'string ToString(), string ToString(string format), string ToString(System.IFormatProvider provider)'],
  ],
  'System.Boolean': [
    ['CompareTo', 'Method', 'int CompareTo(System.Object obj), int CompareTo(bool value)'],
    ['Equals', 'Method', 'bool Equals(System.Object obj), bool Equals(bool obj)'],
    ['GetHashCode', 'Method', 'int GetHashCode()'],
    ['GetType', 'Method', 'type GetType()'],
    ['GetTypeCode', 'Method', 'System.TypeCode GetTypeCode()'],
    ['ToString', 'Method', 'string ToString(), string ToString(System.IFormatProvider provider)'],
  ],
  'System.DateTime': [
    ['AddDays', 'Method', 'datetime AddDays(double value)'],
    ['AddHours', 'Method', 'datetime AddHours(double value)'],
    ['AddMinutes', 'Method', 'datetime AddMinutes(double value)'],
    ['AddMonths', 'Method', 'datetime AddMonths(int months)'],
    ['CompareTo', 'Method', 'int CompareTo(System.Object value), int CompareTo(datetime value)'],
    ['Equals', 'Method', 'bool Equals(System.Object value), bool Equals(datetime value)'],
    ['GetHashCode', 'Method', 'int GetHashCode()'],
    ['GetType', 'Method', 'type GetType()'],
    ['Subtract', 'Method', 'timespan Subtract(datetime value), datetime Subtract(timespan value)'],
    ['ToLocalTime', 'Method', 'datetime ToLocalTime()'],
    ['ToString', 'Method', 'string ToString(), string ToString(string format)'],
    ['ToUniversalTime', 'Method', 'datetime ToUniversalTime()'],
    ['Date', 'Property', 'datetime Date {get;}'],
    ['Day', 'Property', 'int Day {get;}'],
    ['DayOfWeek', 'Property', 'System.DayOfWeek DayOfWeek {get;}'],
    ['DayOfYear', 'Property', 'int DayOfYear {get;}'],
    ['Hour', 'Property', 'int Hour {get;}'],
    ['Kind', 'Property', 'System.DateTimeKind Kind {get;}'],
    ['Millisecond', 'Property', 'int Millisecond {get;}'],
    ['Minute', 'Property', 'int Minute {get;}'],
    ['Month', 'Property', 'int Month {get;}'],
    ['Second', 'Property', 'int Second {get;}'],
    ['Ticks', 'Property', 'long Ticks {get;}'],
    ['TimeOfDay', 'Property', 'timespan TimeOfDay {get;}'],
    ['Year', 'Property', 'int Year {get;}'],
  ],
  'System.Collections.Hashtable': [
    ['Add', 'Method', 'void Add(System.Object key, System.Object value), void IDictionary.Add(System.Object key, System.Object value)'],
    ['Clear', 'Method', 'void Clear(), void IDictionary.Clear()'],
    ['Clone', 'Method', 'System.Object Clone(), System.Object ICloneable.Clone()'],
    ['Contains', 'Method', 'bool Contains(System.Object key), bool IDictionary.Contains(System.Object key)'],
    ['ContainsKey', 'Method', 'bool ContainsKey(System.Object key)'],
    ['ContainsValue', 'Method', 'bool ContainsValue(System.Object value)'],
    ['Equals', 'Method', 'bool Equals(System.Object obj)'],
    ['GetEnumerator', 'Method', 'System.Collections.IDictionaryEnumerator GetEnumerator()'],
    ['GetHashCode', 'Method', 'int GetHashCode()'],
    ['GetType', 'Method', 'type GetType()'],
    ['Remove', 'Method', 'void Remove(System.Object key), void IDictionary.Remove(System.Object key)'],
    ['ToString', 'Method', 'string ToString()'],
    ['Item', 'ParameterizedProperty', 'System.Object Item(System.Object key) {get;set;}'],
    ['Count', 'Property', 'int Count {get;}'],
    ['IsFixedSize', 'Property', 'bool IsFixedSize {get;}'],
    ['IsReadOnly', 'Property', 'bool IsReadOnly {get;}'],
    ['IsSynchronized', 'Property', 'bool IsSynchronized {get;}'],
    ['Keys', 'Property', 'System.Collections.ICollection Keys {get;}'],
    ['SyncRoot', 'Property', 'System.Object SyncRoot {get;}'],
    ['Values', 'Property', 'System.Collections.ICollection Values {get;}'],
  ],
};

/** Static members shown by -Static for the common types. */
const STATIC_MEMBERS: Record<string, [string, string, string][]> = {
  'System.String': [
    ['Compare', 'Method', 'static int Compare(string strA, string strB), static int Compare(string strA, string strB, bool ignoreCase)'],
    ['Concat', 'Method', 'static string Concat(System.Object arg0), static string Concat(Params string[] values)'],
    ['Equals', 'Method', 'static bool Equals(System.Object objA, System.Object objB), static bool Equals(string a, string b)'],
    ['Format', 'Method', 'static string Format(string format, System.Object arg0), static string Format(string format, Params System.Object[] args)'],
    ['IsNullOrEmpty', 'Method', 'static bool IsNullOrEmpty(string value)'],
    ['IsNullOrWhiteSpace', 'Method', 'static bool IsNullOrWhiteSpace(string value)'],
    ['Join', 'Method', 'static string Join(string separator, Params string[] value), static string Join(string separator, Params System.Object[] values)'],
    ['new', 'Method', 'string new(char[] value), string new(char c, int count)'],
    ['ReferenceEquals', 'Method', 'static bool ReferenceEquals(System.Object objA, System.Object objB)'],
    ['Empty', 'Property', 'static string Empty {get;}'],
  ],
  'System.Int32': [
    ['Equals', 'Method', 'static bool Equals(System.Object objA, System.Object objB)'],
    ['Parse', 'Method', 'static int Parse(string s), static int Parse(string s, System.IFormatProvider provider)'],
    ['ReferenceEquals', 'Method', 'static bool ReferenceEquals(System.Object objA, System.Object objB)'],
    ['TryParse', 'Method', 'static bool TryParse(string s, [ref] int result)'],
    ['MaxValue', 'Property', 'static int MaxValue {get;}'],
    ['MinValue', 'Property', 'static int MinValue {get;}'],
  ],
};

interface Member {
  name: string;
  memberType: string;
  definition: string;
}

function noteDefinition(name: string, value: PSValue): string {
  return `${valueTypeName(value)} ${name}=${value === null ? 'null' : value instanceof PSHashtable ? 'System.Collections.Hashtable' : Array.isArray(value) ? 'System.Object[]' : stringOf(value)}`;
}

/** The instance members of one value. */
export function membersOf(v: PSValue, force: boolean): Member[] {
  const typeName = typeNamesOf(v)[0] ?? 'System.Object';
  const members: Member[] = [];
  const known = TYPE_MEMBERS[typeName];
  if (known) members.push(...known.map(([name, memberType, definition]) => ({ name, memberType, definition })));
  else members.push(...OBJECT_METHODS.map(([name, definition]) => ({ name, memberType: 'Method', definition })));
  if (v instanceof PSObject) {
    for (const p of v.properties()) {
      const value = v.get(p.name) ?? null;
      const type = p.typeName ? shortTypeName(p.typeName) : valueTypeName(value);
      const access = p.readOnly || (p.getter && !p.setter) ? '{get;}' : '{get;set;}';
      const definition =
        p.memberType === 'NoteProperty'
          ? p.typeName
            ? `${p.typeName} ${p.name}=${value === null ? 'null' : stringOf(value)}`
            : noteDefinition(p.name, value)
          : p.memberType === 'ScriptProperty'
            ? `System.Object ${p.name} {get=...;}`
            : p.memberType === 'AliasProperty'
              ? `${p.name} = ${type}`
              : `${type} ${p.name} ${access}`;
      members.push({ name: p.name, memberType: p.memberType, definition });
    }
    for (const name of v.methodNames()) members.push({ name, memberType: 'ScriptMethod', definition: `System.Object ${name}();` });
  } else if (!known)
    for (const p of propertyList(v)) members.push({ name: p.name, memberType: 'Property', definition: `${valueTypeName(p.value)} ${p.name} {get;}` });
  if (force) {
    // The intrinsic members pwsh shows with -Force.
    members.push(
      { name: 'pstypenames', memberType: 'CodeProperty', definition: 'System.Collections.ObjectModel.Collection`1[[System.String, System.Private.CoreLib, Version=8.0.0.0, Culture=neutral, PublicKeyToken=7cec85d7bea7798e]] pstypenames{get=PSTypeNames;}' },
      { name: 'psadapted', memberType: 'MemberSet', definition: 'psadapted {' + members.filter((m) => m.memberType === 'Method').map((m) => m.name).join(', ') + '}' },
      { name: 'psbase', memberType: 'MemberSet', definition: 'psbase {' + members.filter((m) => m.memberType === 'Method').map((m) => m.name).join(', ') + '}' },
      { name: 'psextended', memberType: 'MemberSet', definition: 'psextended {' + members.filter((m) => m.memberType === 'NoteProperty').map((m) => m.name).join(', ') + '}' },
      { name: 'psobject', memberType: 'MemberSet', definition: 'psobject {BaseObject, Members, Properties, Methods, ImmediateBaseObject, TypeNames, get_BaseObject, get_Members, get_Properties, get_Methods, get_ImmediateBaseObject, GetMetaObject, Copy, ToString, get_TypeNames}' },
    );
  }
  return members;
}

/** pwsh's MemberDefinition sort: member type name, then member name (both case-insensitive). */
function byTypeThenName(a: Member, b: Member): number {
  const t = a.memberType.toLowerCase().localeCompare(b.memberType.toLowerCase());
  return t !== 0 ? t : a.name.toLowerCase().localeCompare(b.name.toLowerCase());
}

function memberDefinition(typeName: string, m: Member): PSObject {
  const o = new PSObject([MEMBER_DEFINITION, 'System.Object']);
  o.addProperty({ name: 'TypeName', value: typeName, memberType: 'Property', typeName: 'string' });
  o.addProperty({ name: 'Name', value: m.name, memberType: 'Property', typeName: 'string' });
  o.addProperty({ name: 'MemberType', value: m.memberType, memberType: 'Property', typeName: 'System.Management.Automation.PSMemberTypes' });
  o.addProperty({ name: 'Definition', value: m.definition, memberType: 'Property', typeName: 'string' });
  o.toStringOverride = () => m.definition;
  return o;
}

/** Member types that -MemberType values select ('Properties', 'Methods' and 'All' are groups). */
function memberTypeFilter(raw: PSValue | undefined): ((t: string) => boolean) | null {
  if (raw === undefined || raw === null) return null;
  const wanted = (Array.isArray(raw) ? raw : [raw]).flatMap((x) => stringOf(x).split(',')).map((s) => s.trim().toLowerCase());
  return (t) => {
    const l = t.toLowerCase();
    return wanted.some((w) => w === 'all' || w === l || (w === 'properties' && l.endsWith('property')) || (w === 'methods' && l.endsWith('method')));
  };
}

export default defineCmdlet({
  name: 'Get-Member',
  aliases: ['gm'],
  source: 'Microsoft.PowerShell.Utility',
  outputType: [MEMBER_DEFINITION],
  parameters: [
    { name: 'InputObject', type: 'PSObject', sets: { __AllParameterSets: { valueFromPipeline: true } } },
    { name: 'Name', type: 'String[]', sets: { __AllParameterSets: { position: 0 } } },
    {
      name: 'MemberType',
      type: 'PSMemberTypes',
      dotNetType: 'System.Management.Automation.PSMemberTypes',
      enumMultipleConverter: true,
      enumValues: ['AliasProperty', 'CodeProperty', 'Property', 'NoteProperty', 'ScriptProperty', 'PropertySet', 'Method', 'CodeMethod', 'ScriptMethod', 'Methods', 'ParameterizedProperty', 'MemberSet', 'Event', 'Dynamic', 'InferredProperty', 'Properties', 'All'],
      enumNumbers: [1, 2, 4, 8, 16, 32, 64, 128, 256, 448, 512, 1024, 2048, 4096, 8192, 8223, 16383],
      aliases: ['Type'],
      description: 'AliasProperty, CodeProperty, Property, NoteProperty, ScriptProperty, Properties, PropertySet, Method, CodeMethod, ScriptMethod, Methods, ParameterizedProperty, MemberSet, Event, Dynamic, All',
    },
    { name: 'View', type: 'PSMemberViewTypes', dotNetType: 'System.Management.Automation.PSMemberViewTypes', enumMultipleConverter: true, enumValues: ['Extended', 'Adapted', 'Base', 'All'] },
    { name: 'Static', type: 'SwitchParameter' },
    { name: 'Force', type: 'SwitchParameter' },
  ],
  help: {
    synopsis: 'Gets the properties and methods of objects.',
    description: 'Lists the members (properties and methods) of the objects piped to it, once per distinct type name.',
    examples: [
      { code: 'Get-MigrationBatch | Get-Member' },
      { code: 'Get-Mailbox | Get-Member -MemberType Property' },
      { code: "'text' | Get-Member -Static" },
    ],
    onlineUri: 'https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/get-member',
  },
  begin(ctx) {
    ctx.state['seen'] = new Set<string>();
    ctx.state['any'] = false;
  },
  process(ctx) {
    const input = ctx.inputObject !== undefined ? ctx.inputObject : ctx.bound('InputObject') ? (ctx.params['InputObject'] ?? null) : undefined;
    if (input === undefined || input === null) return;
    ctx.state['any'] = true;
    const typeName = typeNamesOf(input)[0] ?? 'System.Object';
    const seen = ctx.state['seen'] as Set<string>;
    if (seen.has(typeName)) return;
    seen.add(typeName);
    writeMembers(ctx, input, typeName);
  },
  end(ctx) {
    if (!ctx.state['any'])
      throw ctx.terminatingError({ message: dataMessage('GetMemberNoObject'), errorId: 'NoObjectInGetMember', category: 'CloseError', exceptionType: 'System.InvalidOperationException' });
  },
});

function writeMembers(ctx: CmdletContext, input: PSValue, typeName: string): void {
  let members: Member[];
  if (ctx.params['Static'] === true) {
    const list = STATIC_MEMBERS[typeName] ?? [
      ['Equals', 'Method', 'static bool Equals(System.Object objA, System.Object objB)'],
      ['ReferenceEquals', 'Method', 'static bool ReferenceEquals(System.Object objA, System.Object objB)'],
    ];
    members = list.map(([name, memberType, definition]) => ({ name, memberType, definition }));
  } else members = membersOf(input, ctx.params['Force'] === true);
  const names = ctx.params['Name'];
  if (names !== undefined && names !== null) {
    const res = (Array.isArray(names) ? names : [names]).map((n) => wildcardRegExp(stringOf(n)));
    members = members.filter((m) => res.some((re) => re.test(m.name)));
  }
  const filter = memberTypeFilter(ctx.params['MemberType']);
  if (filter) members = members.filter((m) => filter(m.memberType));
  const view = stringOf(ctx.params['View'] ?? '').toLowerCase();
  if (view === 'extended') members = members.filter((m) => ['NoteProperty', 'ScriptProperty', 'AliasProperty', 'CodeProperty', 'ScriptMethod'].includes(m.memberType));
  else if (view === 'adapted' || view === 'base') members = members.filter((m) => !['NoteProperty', 'ScriptProperty', 'AliasProperty'].includes(m.memberType));
  for (const m of members.sort(byTypeThenName)) ctx.writeObject(memberDefinition(typeName, m));
}
