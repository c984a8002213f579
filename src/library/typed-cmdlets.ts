/**
 * `session.cmdlets`: one function per Exchange cmdlet (names and types generated from the same
 * metadata the shell binds with). A call builds a hashtable of the arguments and splats it
 * (`New-MigrationBatch @p`), so the real binder checks names, sets, types and validation.
 */
import { PSHashtable } from '../engine/values';
import type { Runspace } from '../engine/runspace';
import type { WorldClock } from '../model/clock';
import { CMDLET_NAMES, type ExchangeCmdlets } from './generated/cmdlet-types';
import { fromPlain, toPlain } from './plain';
import { CmdletError } from './cmdlet-error';
import { returnsAll } from './codegen/names';

/** The variable the splatted arguments travel in (removed after each call). */
const ARGS_VARIABLE = '__exoLibraryArgs';

export interface CmdletHost {
  readonly runspace: Runspace;
  readonly runtime: { clock: WorldClock };
}

export function invokeCmdlet(host: CmdletHost, name: string, params: Record<string, unknown> = {}): unknown {
  const args = new PSHashtable();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) args.set(k, fromPlain(v));
  const meta = host.runspace.resolveCommand(name)?.metadata;
  // A library call answers no prompt: -Confirm:$false unless the caller asked for confirmation.
  if (meta?.supportsShouldProcess && !Object.keys(params).some((k) => k.toLowerCase() === 'confirm')) args.set('Confirm', false);
  host.runspace.setVariable(ARGS_VARIABLE, args);
  host.runtime.clock.sync();
  try {
    const r = host.runspace.invoke(`${name} @${ARGS_VARIABLE}`);
    if (r.errors.length) throw new CmdletError(r.errors[0]!, r.errors);
    const out = r.output.map((v) => toPlain(v));
    return returnsAll(name) ? out : out[0];
  } finally {
    host.runspace.removeVariable(ARGS_VARIABLE);
  }
}

export function createTypedCmdlets(host: CmdletHost): ExchangeCmdlets {
  const fns: Record<string, (params?: Record<string, unknown>) => unknown> = {};
  for (const [fn, name] of Object.entries(CMDLET_NAMES)) fns[fn] = (params) => invokeCmdlet(host, name, params);
  return fns as unknown as ExchangeCmdlets;
}
