/**
 * The common parameters every cmdlet takes, in the order pwsh's completion lists them after the
 * cmdlet's own (about_CommonParameters), and the risk-mitigation pair added by SupportsShouldProcess.
 */
import type { ParameterDeclaration } from '../engine/cmdlet';

const ACTION_PREFERENCE = ['Break', 'Continue', 'Ignore', 'Inquire', 'SilentlyContinue', 'Stop', 'Suspend'];

export const COMMON_PARAMETERS: ParameterDeclaration[] = [
  { name: 'Verbose', type: 'SwitchParameter', aliases: ['vb'] },
  { name: 'Debug', type: 'SwitchParameter', aliases: ['db'] },
  { name: 'ErrorAction', type: 'ActionPreference', aliases: ['ea'], enumValues: ACTION_PREFERENCE },
  { name: 'WarningAction', type: 'ActionPreference', aliases: ['wa'], enumValues: ACTION_PREFERENCE },
  { name: 'InformationAction', type: 'ActionPreference', aliases: ['infa'], enumValues: ACTION_PREFERENCE },
  { name: 'ProgressAction', type: 'ActionPreference', aliases: ['proga'], enumValues: ACTION_PREFERENCE },
  { name: 'ErrorVariable', type: 'String', aliases: ['ev'] },
  { name: 'WarningVariable', type: 'String', aliases: ['wv'] },
  { name: 'InformationVariable', type: 'String', aliases: ['iv'] },
  { name: 'OutVariable', type: 'String', aliases: ['ov'] },
  { name: 'OutBuffer', type: 'Int32', aliases: ['ob'] },
  { name: 'PipelineVariable', type: 'String', aliases: ['pv'] },
];

export const SHOULD_PROCESS_PARAMETERS: ParameterDeclaration[] = [
  { name: 'WhatIf', type: 'SwitchParameter', aliases: ['wi'] },
  { name: 'Confirm', type: 'SwitchParameter', aliases: ['cf'] },
];
