/** The object and utility cmdlets of Microsoft.PowerShell.Utility (issue 14), registered with the engine's core cmdlets. */
import type { CmdletDefinition } from '../../src/engine/cmdlet';
import { getRandom, newGuidCmdlet } from './random';
import { addMemberCmdlet } from './add-member';
import { compareObject } from './compare-object';
import { convertToHtml, getUnique, joinString, selectString, MATCH_INFO } from './text-utility';
import { getCulture, getError, getHistory, getHost, invokeExpression, newTimeSpan } from './session-info';
import { registerCustomTextType } from '../../src/formatting/display';

// Select-String's MatchInfo prints as its ToString (a custom control in pwsh's format data).
registerCustomTextType(MATCH_INFO);

export const utilityCmdlets: CmdletDefinition[] = [
  getRandom, newGuidCmdlet, addMemberCmdlet, compareObject,
  getUnique, joinString, selectString, convertToHtml,
  newTimeSpan, invokeExpression, getHistory, getError, getHost, getCulture,
];
