/**
 * ShouldProcess / ShouldContinue (about_Preference_Variables $WhatIfPreference, $ConfirmPreference;
 * about_CommonParameters -WhatIf, -Confirm).
 */
import type { ConfirmImpact } from './cmdlet';
import type { Host, ChoiceDescription } from './host';
import { PSRuntimeError, recordFromCatalogue } from './errors';

const IMPACT_RANK: Record<string, number> = { none: 0, low: 1, medium: 2, high: 3 };

export interface ShouldProcessState {
  commandName: string;
  whatIf: boolean;
  /** -Confirm given explicitly: true/false; undefined = decided by $ConfirmPreference. */
  confirm: boolean | undefined;
  confirmImpact: ConfirmImpact;
  confirmPreference: string;
  yesToAll: boolean;
  noToAll: boolean;
}

const CONFIRM_CHOICES: ChoiceDescription[] = [
  { label: '&Yes', help: 'Continue with only the next step of the operation.' },
  { label: 'Yes to &All', help: 'Continue with all the steps of the operation.' },
  { label: '&No', help: 'Skip this operation and proceed with the next operation.' },
  { label: 'No to A&ll', help: 'Skip this operation and all subsequent operations.' },
  { label: '&Suspend', help: 'Pause the current pipeline and return to the command prompt. Type "exit" to resume the pipeline.' },
];

/**
 * A remote runspace's host can't suspend into a nested prompt, so commands that run on a remote
 * server (Exchange's, through implicit remoting) offer the four choices without [S] Suspend.
 */
const REMOTE_CONFIRM_CHOICES = CONFIRM_CHOICES.slice(0, 4);

export function whatIfText(action: string, target: string): string {
  return `What if: Performing the operation "${action}" on target "${target}".`;
}

export function confirmMessage(action: string, target: string): string {
  return `Are you sure you want to perform this action?\nPerforming the operation "${action}" on target "${target}".`;
}

/** pwsh -NonInteractive refuses to prompt (InternalHostUserInterface.ThrowPromptNotInteractive). */
export function nonInteractiveError(): PSRuntimeError {
  return new PSRuntimeError(
    recordFromCatalogue('NonInteractivePrompt', [], { exceptionType: 'System.Management.Automation.PSInvalidOperationException', category: 'InvalidOperation' }),
  );
}

function ask(state: ShouldProcessState, host: Host, caption: string, message: string, choices = CONFIRM_CHOICES): boolean {
  if (state.yesToAll) return true;
  if (state.noToAll) return false;
  if (!host.interactive) throw nonInteractiveError();
  const choice = host.promptForChoice(caption, message, choices, 0);
  switch (choice) {
    case 0: return true;
    case 1: state.yesToAll = true; return true;
    case 3: state.noToAll = true; return false;
    default: return false;
  }
}

function confirmWanted(state: ShouldProcessState): boolean {
  const pref = state.confirmPreference.toLowerCase();
  return state.confirm ?? (pref !== 'none' && IMPACT_RANK[state.confirmImpact.toLowerCase()] >= (IMPACT_RANK[pref] ?? 3));
}

export function shouldProcess(state: ShouldProcessState, host: Host, target: string, action: string): boolean {
  if (state.whatIf) {
    host.write('host', whatIfText(action, target) + '\n');
    return false;
  }
  if (!confirmWanted(state)) return true;
  return ask(state, host, 'Confirm', confirmMessage(action, target));
}

/** How a described ShouldProcess asks: the text for -WhatIf, the prompt's message and caption. */
export interface ShouldProcessDescription {
  /** Printed after `What if: ` (ShouldProcess's verboseDescription). */
  description: string;
  /** The prompt's message under -Confirm (verboseWarning). */
  warning: string;
  caption: string;
  /** The command runs in a remote runspace: no [S] Suspend choice. */
  remote?: boolean;
}

/**
 * ShouldProcess(verboseDescription, verboseWarning, caption): the form cmdlets with their own
 * confirmation texts use. Exchange's print `What if: Creating Accepted Domain "Contoso Domain" with
 * domain name "contoso.com".` (reference: whatif-confirm-and-validateonly-switches-exchange-2013-help).
 */
export function shouldProcessDescribed(state: ShouldProcessState, host: Host, d: ShouldProcessDescription): boolean {
  if (state.whatIf) {
    host.write('host', `What if: ${d.description}\n`);
    return false;
  }
  if (!confirmWanted(state)) return true;
  return ask(state, host, d.caption, d.warning, d.remote ? REMOTE_CONFIRM_CHOICES : CONFIRM_CHOICES);
}

export function shouldContinue(state: ShouldProcessState, host: Host, query: string, caption: string): boolean {
  return ask(state, host, caption, query);
}
