/**
 * The shell's own text (one catalogue for the REPL and the terminal host). Templates use {0}, {1}.
 */
export const MESSAGES = {
  /** PromptForChoice's last line (pwsh's ConsoleHost wording). */
  ChoiceDefault: '(default is "{0}")',
  ChoiceHelpHotKey: '[?] Help',
  /** PowerShell's prompt function: `PS <location>> `. */
  Prompt: 'PS {0}> ',
  /** PSReadLine's reverse history search line (Ctrl+R); the failed form when nothing matches. */
  ReverseSearch: 'bck-i-search: {0}_',
  ReverseSearchFailed: 'failed-bck-i-search: {0}_',
  /** Shown where Ctrl+C dropped the line. */
  Interrupted: '^C',
} as const;

export type MessageId = keyof typeof MESSAGES;

export function message(id: MessageId, ...args: (string | number)[]): string {
  return MESSAGES[id].replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}
