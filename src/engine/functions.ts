/**
 * Turns a function's or script block's param block into binder metadata (about_Functions_Advanced,
 * about_Functions_Advanced_Parameters): [CmdletBinding()], [Parameter(...)], [Alias()], [Validate*()],
 * type constraints and default values. Simple functions (no CmdletBinding / Parameter attribute) get
 * no common parameters and pass extra arguments to $args.
 */
import type * as A from '../language/ast';
import { ALL_PARAMETER_SETS, type ParameterSetMembership } from './cmdlet';
import { toBool, toNumber, toStr, convertTo } from './conversion';
import type { PSValue } from './values';
import type { ScriptBlock } from './scriptblock';
import type { FunctionInfo } from './scope';
import { COMMON_PARAMETERS, SHOULD_PROCESS_PARAMETERS, type BinderCommand, type BinderParameter } from './binder/parameters';
import type { Interpreter } from './evaluator/interpreter';

/** Binder type names for the type constraints scripts write. */
const BINDER_TYPES: Record<string, string> = {
  string: 'String', 'system.string': 'String', 'string[]': 'String[]', int: 'Int32', int32: 'Int32', 'int[]': 'Int32[]', long: 'Int64', int64: 'Int64',
  bool: 'Boolean', boolean: 'Boolean', switch: 'SwitchParameter', switchparameter: 'SwitchParameter', datetime: 'DateTime', timespan: 'TimeSpan',
  securestring: 'SecureString', pscredential: 'PSCredential', 'system.management.automation.pscredential': 'PSCredential', object: 'Object', 'object[]': 'Object[]', psobject: 'PSObject',
  scriptblock: 'ScriptBlock', hashtable: 'Hashtable', double: 'Double', 'byte[]': 'Byte[]', 'security.securestring': 'SecureString', 'system.security.securestring': 'SecureString',
};

function attrName(a: A.AttributeAst): string {
  return a.typeName.toLowerCase().replace(/^system\.management\.automation\./, '').replace(/attribute$/, '');
}

function attrValues(interp: Interpreter, a: A.AttributeAst): PSValue[] {
  return a.positionalArguments.flatMap((e) => {
    const v = interp.evalExpr(e);
    return Array.isArray(v) ? v : [v];
  });
}

function named(interp: Interpreter, a: A.AttributeAst, name: string): PSValue | undefined {
  const n = a.namedArguments.find((x) => x.name.toLowerCase() === name.toLowerCase());
  if (!n) return undefined;
  return n.value === null ? true : interp.evalExpr(n.value);
}

export function binderCommandFromFunction(interp: Interpreter, name: string, body: ScriptBlock, info: FunctionInfo | null): BinderCommand {
  const ast = body.ast;
  const paramAsts: A.ParameterAst[] = info?.parametersAst ?? ast.paramBlock?.parameters ?? [];
  const blockAttrs = ast.paramBlock?.attributes ?? [];
  const cmdletBinding = blockAttrs.find((a) => attrName(a) === 'cmdletbinding');
  let advanced = !!cmdletBinding;
  const supportsShouldProcess = cmdletBinding ? toBool(named(interp, cmdletBinding, 'SupportsShouldProcess') ?? false) : false;
  const defaultSet = cmdletBinding ? named(interp, cmdletBinding, 'DefaultParameterSetName') : undefined;
  const positionalBinding = cmdletBinding ? toBool(named(interp, cmdletBinding, 'PositionalBinding') ?? true) : true;

  const params: BinderParameter[] = [];
  let anyExplicitPosition = false;
  for (const pa of paramAsts) {
    const p: BinderParameter = { name: pa.name, type: 'Object' };
    const tn = pa.typeName?.toLowerCase();
    if (tn) p.type = BINDER_TYPES[tn] ?? 'Object';
    if (pa.typeName) p.scriptType = pa.typeName;
    const sets: Record<string, ParameterSetMembership> = {};
    for (const a of pa.attributes) {
      const an = attrName(a);
      if (an === 'parameter') {
        advanced = true;
        const set = toStr(named(interp, a, 'ParameterSetName') ?? ALL_PARAMETER_SETS);
        const m: ParameterSetMembership = {};
        const pos = named(interp, a, 'Position');
        if (pos !== undefined) {
          m.position = toNumber(pos);
          anyExplicitPosition = true;
        }
        if (toBool(named(interp, a, 'Mandatory') ?? false)) m.mandatory = true;
        if (toBool(named(interp, a, 'ValueFromPipeline') ?? false)) m.valueFromPipeline = true;
        if (toBool(named(interp, a, 'ValueFromPipelineByPropertyName') ?? false)) m.valueFromPipelineByPropertyName = true;
        if (toBool(named(interp, a, 'ValueFromRemainingArguments') ?? false)) m.valueFromRemainingArguments = true;
        const hm = named(interp, a, 'HelpMessage');
        if (hm !== undefined) m.helpMessage = toStr(hm);
        sets[set] = m;
      } else if (an === 'alias') p.aliases = attrValues(interp, a).map((x) => toStr(x));
      else if (an === 'validateset') p.validateSet = attrValues(interp, a).map((x) => toStr(x));
      else if (an === 'validatenotnullorempty' || an === 'validatenotnull') p.validateNotNullOrEmpty = true;
      else if (an === 'validaterange') {
        const v = attrValues(interp, a).map((x) => toNumber(x));
        p.validateRange = [v[0], v[1]];
      } else if (an === 'validatelength') {
        const v = attrValues(interp, a).map((x) => toNumber(x));
        p.validateLength = [v[0], v[1]];
      } else if (an === 'validatecount') {
        const v = attrValues(interp, a).map((x) => toNumber(x));
        p.validateCount = [v[0], v[1]];
      } else if (an === 'validatepattern') p.validatePattern = toStr(attrValues(interp, a)[0] ?? '');
      else if (an === 'allownull') p.allowNull = true;
      else if (an === 'allowemptystring') p.allowEmptyString = true;
    }
    if (Object.keys(sets).length) p.sets = sets;
    if (pa.defaultValue) {
      const dv = pa.defaultValue;
      const typeName = pa.typeName;
      p.defaultValue = () => {
        const v = interp.evalExpr(dv);
        return typeName && p.type === 'Object' ? convertTo(v, typeName) : v;
      };
    }
    // Other type constraints convert through LanguagePrimitives (a cast) when bound.
    if (pa.typeName && p.type === 'Object' && !['object', 'psobject'].includes(pa.typeName.toLowerCase())) p.typeConstraint = pa.typeName;
    params.push(p);
  }
  // Without explicit positions, parameters are positional in declaration order (switches excepted).
  if (!anyExplicitPosition && positionalBinding) {
    let i = 0;
    for (const p of params) {
      if (p.type === 'SwitchParameter') continue;
      const pos = i++;
      if (!p.sets) p.sets = { [ALL_PARAMETER_SETS]: { position: pos } };
      else for (const m of Object.values(p.sets)) m.position = pos;
    }
  }
  if (advanced) params.push(...COMMON_PARAMETERS);
  if (advanced && supportsShouldProcess) params.push(...SHOULD_PROCESS_PARAMETERS);
  return {
    name: name || 'ScriptBlock',
    parameters: params,
    defaultParameterSet: defaultSet === undefined ? undefined : toStr(defaultSet),
    advanced,
    script: true,
    supportsShouldProcess,
    fqidSuffix: name,
    confirmImpact: cmdletBinding ? toStr(named(interp, cmdletBinding, 'ConfirmImpact') ?? 'Medium') : undefined,
  };
}
