/**
 * Tab completion contracts. The completion module is pure and browser-safe: everything it knows
 * about the session (commands, variables, world identities, files) comes through these callbacks.
 */
import type { CommandInfo } from '../engine/cmdlet';

/** What to put in place of text[replacementIndex, replacementIndex + replacementLength). */
export interface CompletionResult {
  replacementIndex: number;
  replacementLength: number;
  /** In the order Tab cycles through them. Empty when nothing matches. */
  completions: string[];
}

export interface PathEntry {
  name: string;
  isDirectory: boolean;
}

export interface CompletionProviders {
  /** Every command visible now: cmdlets, functions and aliases (the runspace's command list). */
  commands(): CommandInfo[];
  /** Variable names without the `$` (e.g. 'Error', 'ErrorActionPreference'). */
  variables?(): string[];
  /**
   * Names of world objects a parameter may take (batches, endpoints, mailboxes...), for
   * `-Identity <Tab>`. The cmdlet name is the resolved one (aliases followed).
   */
  identities?(cmdletName: string, parameterName: string): string[];
  /**
   * Entries of a folder of the virtual file system; `folder` is what the user typed before the
   * last separator ('' for the current location). Returns [] when the folder does not exist.
   */
  listPaths?(folder: string): PathEntry[];
  /**
   * Property names of objects of these types (a cmdlet's OutputType), for
   * `Get-MigrationBatch | Format-List <Tab>` and `Select-Object -Property <Tab>`.
   */
  properties?(typeNames: string[]): string[];
}
