/**
 * The binder's view of a command's parameters: the declared ones plus the common parameters
 * (about_CommonParameters) and, for SupportsShouldProcess commands, -WhatIf/-Confirm.
 */
import { ALL_PARAMETER_SETS, type CmdletMetadata, type ParameterDeclaration, type ParameterSetMembership } from '../cmdlet';
import type { PSValue } from '../values';

export interface BinderParameter extends ParameterDeclaration {
  isCommon?: boolean;
  /** Function parameters: evaluated when the parameter is not bound. */
  defaultValue?: () => PSValue;
  /** Function parameters typed with a .NET type the binder has no rule for: converted as a cast. */
  typeConstraint?: string;
  /** Function parameters: the declared type; $null (bound or left unbound) becomes that type's value for null. */
  scriptType?: string;
}

export interface BinderCommand {
  name: string;
  parameters: BinderParameter[];
  defaultParameterSet?: string;
  /** Cmdlets and advanced functions get common parameters and strict binding; simple functions pass extras to $args. */
  advanced: boolean;
  /** Functions and script blocks: their typed parameters convert through an argument transformation. */
  script?: boolean;
  supportsShouldProcess: boolean;
  /** The suffix after the comma in FullyQualifiedErrorIds. */
  fqidSuffix: string;
  /** Advanced functions: [CmdletBinding(ConfirmImpact=...)]. */
  confirmImpact?: string;
}

const ACTION_PREFERENCE_TYPE = 'System.Management.Automation.ActionPreference';
const ACTION_PREFERENCE = ['SilentlyContinue', 'Stop', 'Continue', 'Inquire', 'Ignore', 'Suspend', 'Break'];

export const COMMON_PARAMETERS: BinderParameter[] = [
  { name: 'Verbose', type: 'SwitchParameter', aliases: ['vb'], isCommon: true },
  { name: 'Debug', type: 'SwitchParameter', aliases: ['db'], isCommon: true },
  { name: 'ErrorAction', type: 'ActionPreference', dotNetType: ACTION_PREFERENCE_TYPE, aliases: ['ea'], enumValues: ACTION_PREFERENCE, isCommon: true },
  { name: 'WarningAction', type: 'ActionPreference', dotNetType: ACTION_PREFERENCE_TYPE, aliases: ['wa'], enumValues: ACTION_PREFERENCE, isCommon: true },
  { name: 'InformationAction', type: 'ActionPreference', dotNetType: ACTION_PREFERENCE_TYPE, aliases: ['infa'], enumValues: ACTION_PREFERENCE, isCommon: true },
  { name: 'ProgressAction', type: 'ActionPreference', dotNetType: ACTION_PREFERENCE_TYPE, aliases: ['proga'], enumValues: ACTION_PREFERENCE, isCommon: true },
  { name: 'ErrorVariable', type: 'String', aliases: ['ev'], isCommon: true },
  { name: 'WarningVariable', type: 'String', aliases: ['wv'], isCommon: true },
  { name: 'InformationVariable', type: 'String', aliases: ['iv'], isCommon: true },
  { name: 'OutVariable', type: 'String', aliases: ['ov'], isCommon: true },
  { name: 'OutBuffer', type: 'Int32', aliases: ['ob'], isCommon: true },
  { name: 'PipelineVariable', type: 'String', aliases: ['pv'], isCommon: true },
];

export const SHOULD_PROCESS_PARAMETERS: BinderParameter[] = [
  { name: 'WhatIf', type: 'SwitchParameter', aliases: ['wi'], isCommon: true },
  { name: 'Confirm', type: 'SwitchParameter', aliases: ['cf'], isCommon: true },
];

/** Cmdlet full type names for FullyQualifiedErrorIds: `Microsoft.PowerShell.Commands.WriteOutputCommand` (or the metadata's className). */
export function fqidSuffixFor(meta: CmdletMetadata): string {
  if (meta.source.startsWith('Microsoft.PowerShell')) return meta.className ?? `Microsoft.PowerShell.Commands.${meta.name.replace('-', '')}Command`;
  return meta.name;
}

export function binderCommandFromMetadata(meta: CmdletMetadata): BinderCommand {
  const params: BinderParameter[] = [...meta.parameters, ...COMMON_PARAMETERS];
  if (meta.supportsShouldProcess) params.push(...SHOULD_PROCESS_PARAMETERS);
  return {
    name: meta.name,
    parameters: params,
    defaultParameterSet: meta.defaultParameterSet,
    advanced: true,
    supportsShouldProcess: !!meta.supportsShouldProcess,
    fqidSuffix: fqidSuffixFor(meta),
  };
}

/** The membership of a parameter in a set, or undefined when it is not in that set. */
export function membership(p: BinderParameter, set: string): ParameterSetMembership | undefined {
  if (!p.sets) return {};
  return p.sets[set] ?? p.sets[ALL_PARAMETER_SETS];
}

/** Named sets declared by any parameter (not counting __AllParameterSets). */
export function declaredSets(cmd: BinderCommand): string[] {
  const out: string[] = [];
  for (const p of cmd.parameters) for (const s of Object.keys(p.sets ?? {})) if (s !== ALL_PARAMETER_SETS && !out.includes(s)) out.push(s);
  if (cmd.defaultParameterSet && !out.includes(cmd.defaultParameterSet) && out.length) out.unshift(cmd.defaultParameterSet);
  return out;
}

export function inSet(p: BinderParameter, set: string): boolean {
  return membership(p, set) !== undefined;
}

export function isSwitch(p: BinderParameter): boolean {
  return p.type.toLowerCase() === 'switchparameter' || p.type.toLowerCase() === 'switch';
}
