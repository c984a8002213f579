/**
 * The shell's own text (one catalogue for the REPL and the terminal host). Templates use {0}, {1}.
 */
export const MESSAGES = {
  /** Banner line 1: which world is loaded. */
  BannerWorld: 'exo-shell {0}: Exchange migration emulator, world "{1}".',
  /** Banner line 2: how to get help and leave. */
  BannerHelp: 'Type Get-Help or Get-Command to explore; exit or Ctrl+D leaves.',
  /** PromptForChoice's last line (pwsh's ConsoleHost wording). */
  ChoiceDefault: '(default is "{0}")',
  ChoiceHelpHotKey: '[?] Help',
  /** PowerShell's prompt function: `PS <location>> `. */
  Prompt: 'PS {0}> ',
  /** Printed when Ctrl+C stops a running command (pwsh shows nothing but a new prompt; we say what happened). */
  CommandStopped: 'The pipeline has been stopped.',
} as const;

export type MessageId = keyof typeof MESSAGES;

export function message(id: MessageId, ...args: (string | number)[]): string {
  return MESSAGES[id].replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}
