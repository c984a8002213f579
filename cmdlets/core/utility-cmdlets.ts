/** The object and utility cmdlets of Microsoft.PowerShell.Utility (issue 14), registered with the engine's core cmdlets. */
import type { CmdletDefinition } from '../../src/engine/cmdlet';
import { getRandom, newGuidCmdlet } from './random';
import { addMemberCmdlet } from './add-member';
import { compareObject } from './compare-object';

export const utilityCmdlets: CmdletDefinition[] = [getRandom, newGuidCmdlet, addMemberCmdlet, compareObject];
