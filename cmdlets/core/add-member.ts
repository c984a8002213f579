/**
 * Add-Member: adds NoteProperty, ScriptProperty, AliasProperty and ScriptMethod members (or a type
 * name) to an object; -PassThru writes the object on. Reference: Add-Member.md; errors as pwsh 7.6
 * words them (MemberAlreadyExists, CannotAddMemberType, ConvertToFinalInvalidCastException).
 */
import { defineCmdlet, type CmdletContext } from '../../src/engine/cmdlet';
import { PSEnumValue, PSHashtable, PSObject, stringOf, type PSValue } from '../../src/engine/values';
import { convertTo, fullTypeNameOf } from '../../src/engine/conversion';
import { ScriptBlock } from '../../src/engine/scriptblock';

const MEMBER_TYPES = ['AliasProperty', 'CodeProperty', 'Property', 'NoteProperty', 'ScriptProperty', 'PropertySet', 'Method', 'CodeMethod', 'ScriptMethod', 'Methods', 'ParameterizedProperty', 'MemberSet', 'Event', 'Dynamic', 'InferredProperty', 'Properties', 'All'];
/** PSMemberTypes' values ([Flags]), one per name above: `-MemberType 2` is CodeProperty (pwsh 7.6). */
const MEMBER_TYPE_NUMBERS = [1, 2, 4, 8, 16, 32, 64, 128, 256, 448, 512, 1024, 2048, 4096, 8192, 8223, 16383];

function alreadyExists(ctx: CmdletContext, name: string, target: PSValue): void {
  ctx.writeError({
    message: `Cannot add a member with the name "${name}" because a member with that name already exists. To overwrite the member anyway, add the Force parameter to your command.`,
    errorId: 'MemberAlreadyExists',
    category: 'InvalidOperation',
    targetObject: target,
    exceptionType: 'System.InvalidOperationException',
  });
}

/** A script block argument, or pwsh's cast error for anything else. */
function scriptBlockOf(ctx: CmdletContext, v: PSValue): ScriptBlock | null {
  if (v === null || v === undefined) return null;
  if (v instanceof ScriptBlock) return v;
  throw castError(ctx, v, 'System.Management.Automation.ScriptBlock');
}

/** pwsh's error for a -Value the member type cannot take (ConvertToFinalInvalidCastException). */
function castError(ctx: CmdletContext, v: PSValue, type: string): Error {
  return ctx.terminatingError({
    message: `Cannot convert the "${stringOf(v)}" value of type "${fullTypeNameOf(v)}" to type "${type}".`,
    errorId: 'ConvertToFinalInvalidCastException',
    category: 'InvalidArgument',
    targetObject: v,
    exceptionType: 'System.Management.Automation.PSInvalidCastException',
  });
}

const first = (values: PSValue[]): PSValue => (values.length === 0 ? null : values.length === 1 ? values[0]! : values);

/** Adds one member; false when it exists and -Force was not given (the error is written). */
function addMember(ctx: CmdletContext, o: PSObject, memberType: string, name: string, value: PSValue, second: PSValue | undefined): boolean {
  const exists = o.hasProperty(name) || !!o.getMethod(name);
  if (exists && ctx.params['Force'] !== true) {
    alreadyExists(ctx, name, o);
    return false;
  }
  const session = ctx.session;
  switch (memberType) {
    case 'NoteProperty':
      o.removeProperty(name);
      o.addNoteProperty(name, value);
      return true;
    case 'AliasProperty': {
      const target = stringOf(value);
      const type = second === undefined || second === null ? null : stringOf(second);
      o.removeProperty(name);
      o.addProperty({
        name,
        memberType: 'AliasProperty',
        typeName: target,
        getter: () => {
          const v = o.get(target) ?? null;
          return type ? convertTo(v, type) : v;
        },
        setter: (v) => o.set(target, v),
      });
      return true;
    }
    case 'ScriptProperty': {
      const getter = scriptBlockOf(ctx, value);
      const setter = second === undefined ? null : scriptBlockOf(ctx, second);
      o.removeProperty(name);
      o.addProperty({
        name,
        memberType: 'ScriptProperty',
        getter: () => (getter && session.invokeWithThis ? first(session.invokeWithThis(getter, o, [])) : null),
        ...(setter ? { setter: (v: PSValue) => void session.invokeWithThis?.(setter, o, [v]) } : {}),
      });
      return true;
    }
    case 'ScriptMethod': {
      const body = scriptBlockOf(ctx, value);
      o.addMethod(name, (args) => (body && session.invokeWithThis ? first(session.invokeWithThis(body, o, args)) : null));
      return true;
    }
    case 'CodeProperty':
    case 'CodeMethod':
    case 'MemberSet':
      // pwsh 7.6 wants a .NET MethodInfo (CodeProperty, CodeMethod) or PSMemberInfo objects (MemberSet): no value here is one.
      if (value !== null) throw castError(ctx, value, memberType === 'MemberSet' ? 'System.Management.Automation.PSMemberInfo' : 'System.Reflection.MethodInfo');
      throw cannotAdd(ctx, memberType);
    default:
      throw cannotAdd(ctx, memberType);
  }
}

function cannotAdd(ctx: CmdletContext, memberType: string): Error {
  return ctx.terminatingError({
    message: `Cannot add a member with type "${memberType}". Specify a different type for the MemberTypes parameter.`,
    errorId: 'CannotAddMemberType',
    category: 'InvalidOperation',
    targetObject: null,
    exceptionType: 'System.InvalidOperationException',
  });
}

export const addMemberCmdlet = defineCmdlet({
  name: 'Add-Member',
  source: 'Microsoft.PowerShell.Utility',
  defaultParameterSet: 'TypeNameSet',
  parameters: [
    {
      name: 'InputObject',
      type: 'PSObject',
      sets: {
        MemberSet: { mandatory: true, valueFromPipeline: true },
        TypeNameSet: { mandatory: true, valueFromPipeline: true },
        NotePropertySingleMemberSet: { mandatory: true, valueFromPipeline: true },
        NotePropertyMultiMemberSet: { mandatory: true, valueFromPipeline: true },
      },
    },
    // pwsh converts to PSMemberTypes with exact names only (EnumMultipleTypeConverter); a list of names combines.
    { name: 'MemberType', type: 'PSMemberTypes', dotNetType: 'System.Management.Automation.PSMemberTypes', enumMultipleConverter: true, aliases: ['Type'], enumValues: MEMBER_TYPES, enumNumbers: MEMBER_TYPE_NUMBERS, sets: { MemberSet: { position: 0, mandatory: true } } },
    { name: 'Name', type: 'String', sets: { MemberSet: { position: 1, mandatory: true } } },
    { name: 'Value', type: 'Object', sets: { MemberSet: { position: 2 } } },
    { name: 'SecondValue', type: 'Object', sets: { MemberSet: { position: 3 } } },
    { name: 'TypeName', type: 'String', validateNotNullOrEmpty: true, sets: { TypeNameSet: { mandatory: true }, MemberSet: {}, NotePropertySingleMemberSet: {}, NotePropertyMultiMemberSet: {} } },
    { name: 'Force', type: 'SwitchParameter', sets: { MemberSet: {}, NotePropertySingleMemberSet: {}, NotePropertyMultiMemberSet: {} } },
    { name: 'PassThru', type: 'SwitchParameter' },
    { name: 'NotePropertyName', type: 'String', validateNotNullOrEmpty: true, sets: { NotePropertySingleMemberSet: { position: 0, mandatory: true } } },
    { name: 'NotePropertyValue', type: 'Object', allowNull: true, sets: { NotePropertySingleMemberSet: { position: 1, mandatory: true } } },
    { name: 'NotePropertyMembers', type: 'Hashtable', dotNetType: 'System.Collections.IDictionary', validateNotNullOrEmpty: true, sets: { NotePropertyMultiMemberSet: { position: 0, mandatory: true } } },
  ],
  help: {
    synopsis: 'Adds custom properties and methods to an instance of a PowerShell object.',
    description:
      'Adds a NoteProperty, ScriptProperty, AliasProperty or ScriptMethod member to the input object, or a type name (-TypeName). An existing member is replaced only with -Force. -PassThru writes the object to the pipeline.',
    examples: [
      { code: "$o | Add-Member -NotePropertyName Status -NotePropertyValue 'Done'", remarks: 'Adds a Status note property.' },
      { code: '$o | Add-Member -MemberType ScriptProperty -Name Total -Value { $this.A + $this.B } -PassThru', remarks: 'A computed property, the object written on.' },
      { code: '$o | Add-Member -NotePropertyMembers @{ Site = "Paris"; Floor = 2 }', remarks: 'Several note properties at once.' },
    ],
  },
  process(ctx) {
    const input = ctx.params['InputObject'] ?? null;
    const set = ctx.parameterSetName;
    if (input instanceof PSObject) {
      let ok = true;
      if (set === 'MemberSet') {
        const memberTypeValue = ctx.params['MemberType'] ?? null;
        const memberType = stringOf(memberTypeValue);
        // pwsh 7.6: exactly one flag; a group (Properties, All), a combination (`3`) or 0 is WrongMemberCount.
        const flags = memberTypeValue instanceof PSEnumValue ? memberTypeValue.numeric : undefined;
        if (memberType.includes(',') || (flags !== undefined && (flags === 0 || (flags & (flags - 1)) !== 0))) {
          throw ctx.terminatingError({
            message: `To add a member, only one member type can be specified. The member types specified are: "${memberType}"`,
            errorId: 'WrongMemberCount',
            category: 'InvalidOperation',
            targetObject: null,
            exceptionType: 'System.InvalidOperationException',
          });
        }
        const canonical = MEMBER_TYPES.find((t) => t.toLowerCase() === memberType.toLowerCase()) ?? memberType;
        ok = addMember(ctx, input, canonical, stringOf(ctx.params['Name'] ?? null), ctx.params['Value'] ?? null, ctx.bound('SecondValue') ? (ctx.params['SecondValue'] ?? null) : undefined);
      } else if (set === 'NotePropertySingleMemberSet') {
        ok = addMember(ctx, input, 'NoteProperty', stringOf(ctx.params['NotePropertyName'] ?? null), ctx.params['NotePropertyValue'] ?? null, undefined);
      } else if (set === 'NotePropertyMultiMemberSet') {
        const members = ctx.params['NotePropertyMembers'];
        if (members instanceof PSHashtable) for (const [k, v] of members.entries()) ok = addMember(ctx, input, 'NoteProperty', stringOf(k), v, undefined) && ok;
      }
      if (!ok) return;
      const typeName = ctx.params['TypeName'];
      if (typeName !== undefined && typeName !== null) input.psTypeNames.unshift(stringOf(typeName));
    }
    if (ctx.params['PassThru'] === true) ctx.writeObject(input);
  },
});
