/**
 * The state a runspace shares with its evaluator and command processors (kept apart from
 * runspace.ts so the evaluator does not depend on the public face).
 */
import type { PSValue } from './values';
import type { Host } from './host';
import type { CmdletMetadata, CmdletServices } from './cmdlet';
import type { Scope } from './scope';
import type { CommandTable } from './commands';
import type { StreamHandlers } from './streams';

export interface RunspaceCore {
  host: Host;
  services: CmdletServices;
  commands: CommandTable;
  globalScope: Scope;
  /** $env: (case-insensitive names). */
  env: Map<string, { name: string; value: string }>;
  /** $Error, newest first. */
  errorList: PSValue[];
  baseStreams: StreamHandlers;
  aroundCmdletCall?: (cmdlet: CmdletMetadata, call: () => void) => void;
  /** Out-Default as set by the session (or the fallback). */
  outDefault: (values: PSValue[], host: Host, target?: OutDefaultTarget) => void;
}

/**
 * Where formatted output goes: the console (the default), whose line output prints records merged
 * from the warning/verbose/debug streams with their prefix, or a file (`> file`, `3> file`), which
 * gets the bare text as Out-File does.
 */
export type OutDefaultTarget = 'console' | 'file';
