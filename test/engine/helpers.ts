import { coreCmdlets } from '../../cmdlets/core/engine-core';
import { Runspace, type InvokeResult } from '../../src/engine/runspace';
import { TestHost, memoryServices } from '../../src/engine/testing';
import type { CmdletDefinition } from '../../src/engine/cmdlet';
import type { PSValue } from '../../src/engine/values';
import { stringOf } from '../../src/engine/values';

export interface RunResult extends InvokeResult {
  hostText: string;
  host: TestHost;
  rs: Runspace;
  /** Output values as strings. */
  lines: string[];
}

export function makeRunspace(opts: { interactive?: boolean; lines?: (string | null)[]; choices?: number[]; cmdlets?: CmdletDefinition[] } = {}) {
  const host = new TestHost(opts.interactive ?? false, opts.lines ?? [], opts.choices ?? []);
  const services = memoryServices();
  const rs = new Runspace({ host, services, cmdlets: [...coreCmdlets, ...(opts.cmdlets ?? [])] });
  return { rs, host, services };
}

export function run(script: string, opts: Parameters<typeof makeRunspace>[0] & { outDefault?: boolean } = {}): RunResult {
  const { rs, host } = makeRunspace(opts);
  const r = rs.invoke(script, { outDefault: opts.outDefault });
  return { ...r, hostText: host.text, host, rs, lines: r.output.map((v: PSValue) => stringOf(v)) };
}

export function firstError(r: InvokeResult): { message: string; id: string; category: string } {
  const e = r.errors[0];
  if (!e) throw new Error('expected an error, got none; output: ' + JSON.stringify(r.output.map((v) => stringOf(v))));
  return { message: e.message, id: e.fullyQualifiedErrorId, category: e.category };
}
