/**
 * Runs one Exchange cmdlet's behaviour over a scenario's world with a small CmdletContext (no
 * parser, no binder): arguments are given already typed, as the binder would pass them. The
 * end-to-end suites (test/e2e) go through the real engine; these check the cmdlet-over-model layer.
 */
import type { CmdletContext, CmdletDefinition, ErrorDetails, SessionApi } from '../../src/engine/cmdlet';
import type { PSValue } from '../../src/engine/values';
import { createWorldRuntime, loadScenario, type WorldRuntime } from '../../src/model';
import { MemoryStateStore } from '../../src/store';
import { WORLD_SERVICE } from '../../cmdlets/exchange-online/context';

export interface Run {
  output: PSValue[];
  errors: ErrorDetails[];
  warnings: string[];
  host: string[];
}

export interface Harness {
  runtime: WorldRuntime;
  session: SessionApi & { commands: Map<string, CmdletDefinition> };
  run(cmdlet: CmdletDefinition, params?: Record<string, PSValue>, options?: { whatIf?: boolean; input?: PSValue; parameterSet?: string }): Run;
  /** The world as JSON, to assert that a failed command changed nothing. */
  snapshot(): string;
  advanceHours(h: number): void;
}

export function harness(scenario = 'contoso'): Harness {
  const runtime = createWorldRuntime(new MemoryStateStore(loadScenario(scenario)), { realTime: () => 0 });
  const commands = new Map<string, CmdletDefinition>();
  const variables = new Map<string, PSValue>();
  const session = {
    commands,
    getVariable: (n: string) => variables.get(n.toLowerCase()),
    setVariable: (n: string, v: PSValue) => void variables.set(n.toLowerCase(), v),
    listCommands: () => [...commands.values()].map((c) => ({ name: c.name, commandType: 'Cmdlet' as const, source: c.source, metadata: c })),
    resolveCommand: (n: string) => {
      const c = commands.get(n.toLowerCase());
      return c ? { name: c.name, commandType: 'Cmdlet' as const, source: c.source, metadata: c } : undefined;
    },
    registerCmdlet: (def: CmdletDefinition) => void commands.set(def.name.toLowerCase(), def),
    unregisterCmdlet: (name: string) => void commands.delete(name.toLowerCase()),
  };
  return {
    runtime,
    session,
    snapshot: () => runtime.store.exportJson(),
    advanceHours: (h) => runtime.clock.advance(h * 3_600_000),
    run(cmdlet, params = {}, options = {}) {
      const out: Run = { output: [], errors: [], warnings: [], host: [] };
      const lowered = new Map(Object.entries(params).map(([k, v]) => [k.toLowerCase(), v]));
      const ctx: CmdletContext = {
        params: new Proxy({} as Record<string, PSValue>, { get: (_t, k) => (typeof k === 'string' ? (lowered.get(k.toLowerCase()) ?? null) : undefined) }),
        bound: (n) => lowered.has(n.toLowerCase()),
        parameterSetName: options.parameterSet ?? cmdlet.defaultParameterSet ?? '__AllParameterSets',
        inputObject: options.input,
        expectingInput: options.input !== undefined,
        state: {},
        writeObject: (v) => void out.output.push(v),
        writeError: (e) => void out.errors.push(e),
        writeErrorRecord: (r) => void out.errors.push({ message: r.message, errorId: r.errorId, category: r.category }),
        terminatingError: (e) => {
          out.errors.push(e);
          return new Error(e.message);
        },
        writeWarning: (t) => void out.warnings.push(t),
        writeVerbose: () => undefined,
        writeDebug: () => undefined,
        writeInformation: () => undefined,
        writeHost: (t) => void out.host.push(t),
        writeProgress: () => undefined,
        shouldProcess: () => !options.whatIf,
        shouldProcessMessage: () => !options.whatIf,
        shouldContinue: () => true,
        invokeScriptBlock: () => [],
        host: { name: 'test', interactive: false, width: () => 120, write: () => undefined, readLine: () => null, readSecret: () => null, promptForChoice: () => -1 },
        services: { fs: runtime.fs, clock: runtime.clock, random: { next: () => 0.5 }, get: <T>(n: string) => (n === WORLD_SERVICE ? (runtime as T) : undefined) },
        session,
      };
      cmdlet.begin?.(ctx);
      cmdlet.process?.(ctx);
      cmdlet.end?.(ctx);
      return out;
    },
  };
}
