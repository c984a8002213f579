/**
 * A small driver for the data cmdlets' tests: binds given parameters, feeds pipeline input through
 * begin/process/end, and records output, errors and warnings. Script blocks are stand-ins whose body
 * is a JS function (the evaluator is tested elsewhere); files live in the world's virtual file system.
 */
import type { CmdletContext, CmdletDefinition, ErrorDetails } from '../../src/engine/cmdlet';
import type { Host } from '../../src/engine/host';
import { ScriptBlock } from '../../src/engine/scriptblock';
import { PipelineStoppedSignal } from '../../src/engine/errors';
import type { ScriptBlockAst } from '../../src/language/ast';
import type { PSValue } from '../../src/engine/values';
import { MemoryStateStore } from '../../src/store/memory-store';
import { loadScenario } from '../../src/model/scenarios';
import { VirtualFileSystem } from '../../src/model/vfs';
import type { FileSystem } from '../../src/engine/services';

const bodies = new WeakMap<ScriptBlock, (dollarUnder: PSValue) => PSValue | PSValue[]>();

/** A script block `{text}` that runs `fn` with `$_`. */
export function block(text: string, fn: (dollarUnder: PSValue) => PSValue | PSValue[]): ScriptBlock {
  const sb = new ScriptBlock({ text: `{${text}}` } as unknown as ScriptBlockAst, `{${text}}`);
  bodies.set(sb, fn);
  return sb;
}

export interface RunResult {
  output: PSValue[];
  errors: ErrorDetails[];
  warnings: string[];
  terminating?: ErrorDetails;
  variables: Map<string, PSValue>;
}

export class TerminatingError extends Error {
  constructor(readonly details: ErrorDetails) {
    super(details.message);
  }
}

export const testHost: Host = {
  name: 'test',
  interactive: false,
  width: () => 120,
  write: () => undefined,
  readLine: () => null,
  readSecret: () => null,
  promptForChoice: () => -1,
};

/** The contoso world's files plus an empty C:\Temp folder. */
export function newFileSystem(): FileSystem {
  const fs = new VirtualFileSystem(new MemoryStateStore(loadScenario('contoso')));
  if (!fs.exists('C:\\Temp')) fs.createDirectory('C:\\Temp');
  return fs;
}

/** Runs one cmdlet: `input` undefined means no pipeline input (process runs once). */
export function run(
  def: CmdletDefinition,
  params: Record<string, PSValue>,
  input?: PSValue[],
  options: { fs?: FileSystem; parameterSet?: string } = {},
): RunResult {
  const result: RunResult = { output: [], errors: [], warnings: [], variables: new Map() };
  let fs = options.fs;
  const state: Record<string, unknown> = {};
  let current: PSValue | undefined;
  const ctx: CmdletContext = {
    params,
    bound: (name) => Object.keys(params).some((k) => k.toLowerCase() === name.toLowerCase()),
    parameterSetName: options.parameterSet ?? def.defaultParameterSet ?? '__AllParameterSets',
    get inputObject() {
      return current;
    },
    expectingInput: input !== undefined,
    state,
    writeObject(value, enumerate) {
      if (enumerate && Array.isArray(value)) result.output.push(...value);
      else result.output.push(value);
    },
    writeError: (e) => void result.errors.push(e),
    writeErrorRecord: (r) => void result.errors.push({ message: r.message, errorId: r.errorId, category: r.category }),
    terminatingError: (e) => new TerminatingError(e),
    writeWarning: (m) => void result.warnings.push(m),
    writeVerbose: () => undefined,
    writeDebug: () => undefined,
    writeInformation: () => undefined,
    writeHost: () => undefined,
    writeProgress: () => undefined,
    shouldProcess: () => true,
    shouldProcessMessage: () => true,
    shouldContinue: () => true,
    invokeScriptBlock(b, dollarUnder, _args, emit) {
      const fn = bodies.get(b as ScriptBlock);
      if (!fn) throw new Error('not a test script block');
      const r = fn(dollarUnder ?? null);
      const values = Array.isArray(r) ? r : [r];
      if (!emit) return values;
      values.forEach(emit);
      return [];
    },
    host: testHost,
    services: {
      get fs() {
        return (fs ??= newFileSystem());
      },
      clock: { now: () => 0, advance: () => undefined }, random: { next: () => 0.5 }, get: () => undefined },
    session: {
      getVariable: (n) => result.variables.get(n.toLowerCase()),
      setVariable: (n, v) => void result.variables.set(n.toLowerCase(), v),
      listCommands: () => [],
      resolveCommand: () => undefined,
    },
  };
  try {
    def.begin?.(ctx);
    try {
      if (input === undefined) def.process?.(ctx);
      else
        for (const item of input) {
          current = item;
          if (def.parameters.some((p) => p.name === 'InputObject')) (params as Record<string, PSValue>)['InputObject'] = item;
          def.process?.(ctx);
        }
    } catch (e) {
      // Select-Object -First stopping what comes before it: no more input, then its end.
      if (!(e instanceof PipelineStoppedSignal)) throw e;
    }
    current = undefined;
    def.end?.(ctx);
  } catch (e) {
    if (e instanceof TerminatingError) result.terminating = e.details;
    else throw e;
  }
  return result;
}
