/**
 * A session wires the layers together: the world (scenario -> store -> runtime services), the
 * engine (a Runspace with every cmdlet registered), the formatter (Out-Default and ConciseView) and
 * a host. The shell, the replay runner, the library and the tests are all hosts of a session.
 */
import { Runspace, type InvokeResult } from './engine/runspace';
import type { EngineLimits, InterruptOptions } from './engine/limits';
import type { CmdletDefinition, CmdletMetadata, CmdletServices } from './engine/cmdlet';
import type { ErrorRecord } from './engine/errors';
import type { Host, ProgressRecord } from './engine/host';
import type { PSValue } from './engine/values';
import { withSequenceErrors } from './formatting/sequence';
import { errorViewOf, formatValues, outDefaultWidth, OutDefaultSession, renderErrorConcise, renderStreamMessage, type ErrorViewInput, type OutputChunk } from './formatting';
import { loadScenario, type ScenarioSpec } from './model/scenarios';
import { createWorldRuntime, type WorldRuntime } from './model/runtime';
import type { World } from './model/world';
import { migrationProcess } from './model/migration';
import { MemoryStateStore } from './store/memory-store';
import type { ReadonlyWorld, StateStore, WorldSnapshot } from './store/state-store';
import { BufferHost } from './buffer-host';
import { Transcriber, TranscribingHost } from './transcript';
import { isStoreError, SaveGuardHost, saveFailedError } from './store/save-guard';
import { SecretMemory, redactCommandLine, type SecretKeeper } from './engine/secrets';
import { newWorldKey, protectWithWorldKey, unprotectWithWorldKey } from './engine/secure-string-crypto';
import { parseDuration } from './duration';
import { exchangeCmdlets } from '../cmdlets';
import { coreCmdlets } from '../cmdlets/core/engine-core';
import { attachLibrary, type LibraryFace, type ClockOption } from './library/attach';

export interface SessionOptions {
  /** A built-in scenario name or a scenario object (default: `contoso`). Ignored when `world` or `store` is given. */
  scenario?: string | ScenarioSpec;
  /** A world to start from (e.g. loaded from a state file). */
  world?: World;
  /** A store to use as it is (the shell passes its file-backed store). */
  store?: StateStore;
  /** Seed for the scenario's generated parts and the simulated randomness. */
  seed?: number;
  /** Where text goes and prompts come from; default: a buffering host (answers prompts from `input`). */
  host?: Host;
  /** Lines answered to prompts by the default buffering host (Get-Credential reads user name, then password). */
  input?: string[];
  /** Start connected to Exchange Online (default true, as the seed is after its connect step). */
  connected?: boolean;
  /** Colours in rendered errors and warnings (the terminal host sets it). */
  color?: boolean;
  /** Real-time source for the clock's speed mode (tests pass a fixed one). */
  realTime?: () => number;
  /** Extra cmdlets to register (a library user's own test doubles). */
  cmdlets?: CmdletDefinition[];
  /** Script path shown in error positions (exo-shell -File). */
  scriptName?: string;
  /** The virtual clock: 'manual' (moves only when advanced; the default) or real time times `speed`. */
  clock?: ClockOption;
  /**
   * Limits a script runs under (docs/library.md): maxCallDepth, maxStringLength, maxArrayLength,
   * maxAllocation (per command line), timeout (ms of wall time per run/invoke, typed cmdlets included).
   */
  limits?: Partial<EngineLimits>;
}

/** Options of `run`: the script's arguments, a time limit, an AbortSignal. */
export interface RunOptions extends InterruptOptions {
  args?: PSValue[];
  /** false: objects and records are shown as they come and not kept (constant memory); see docs/library.md. */
  collect?: boolean;
}

/** Wraps every cmdlet call (begin/process/end), outermost first; the library's faults, events and progressions use it. */
export type CmdletCallHook = (cmdlet: CmdletMetadata, call: () => void) => void;

export interface RunResult {
  /** Objects the script wrote to the output stream (none with `{ collect: false }`). */
  output: PSValue[];
  /** The text the shell would have printed for this run (output, errors, warnings...). */
  text: string;
  errors: ErrorRecord[];
  warnings: string[];
  /** `$?` after the last statement. */
  success: boolean;
  exitCode?: number;
  /** True when the host stopped the run (Ctrl+C, or a replay's time budget). */
  stopped?: boolean;
}

export class Session {
  readonly store: StateStore;
  readonly runtime: WorldRuntime;
  readonly runspace: Runspace;
  readonly host: Host;
  private readonly services: Map<string, unknown> = new Map();
  private readonly saveGuard: SaveGuardHost;
  private readonly color: boolean;
  private scriptName: string | undefined;
  private readonly transcriber: Transcriber;
  /** The world's SecureString key and the secrets seen in this session (src/engine/secrets.ts). */
  readonly secrets: SecretKeeper;
  /** Hooks around each cmdlet call, after binding (see CmdletCallHook). */
  readonly cmdletHooks: CmdletCallHook[] = [];
  /** Called with each progress record that reaches the host (past $ProgressPreference); the library's progress event. */
  readonly progressHooks: ((record: ProgressRecord) => void)[] = [];
  /** The TypeScript library face (src/library): typed cmdlets, world view, clock, events, faults, progressions. */
  readonly cmdlets: LibraryFace['cmdlets'];
  readonly clock: LibraryFace['clock'];
  readonly faults: LibraryFace['faults'];
  readonly progression: LibraryFace['progression'];
  readonly on: LibraryFace['on'];

  constructor(options: SessionOptions = {}) {
    this.color = options.color ?? false;
    this.scriptName = options.scriptName;
    this.store =
      options.store ??
      new MemoryStateStore(options.world ?? loadScenario(options.scenario ?? 'contoso', options.seed !== undefined ? { seed: options.seed } : {}));
    this.runtime = createWorldRuntime(this.store, { realTime: options.realTime });
    this.runtime.processes.register(migrationProcess);
    this.host = options.host ?? new BufferHost(options.input ?? []);
    this.secrets = worldSecretKeeper(this.store);
    this.transcriber = new Transcriber(
      this.runtime.fs,
      this.runtime.clock,
      () => 'EXO-ADMIN01',
      () => Math.floor(this.runtime.random.next() * 0xffffffff).toString(36).padStart(8, '0').slice(-8),
      (text) => this.secrets.redact(text),
    );
    this.services.set('secrets', this.secrets);
    this.services.set('transcriber', this.transcriber);
    this.services.set('store', this.store);
    this.services.set('world', this.runtime);
    this.services.set('session', this);
    // A session over another world (the lab cmdlets grade in one, so that grading changes nothing).
    this.services.set('createSession', (o: SessionOptions) => new Session(o));
    const services: CmdletServices = {
      fs: this.runtime.fs,
      clock: this.runtime.clock,
      random: this.runtime.random,
      get: <T>(name: string) => this.services.get(name) as T | undefined,
    };
    // Everything written also reaches the transcript while Start-Transcript is on; a command's text
    // is held until its changes are saved (store/save-guard.ts).
    this.saveGuard = new SaveGuardHost(
      new TranscribingHost(
        this.host,
        () => (this.transcriber.active ? this.transcriber : null),
        (record) => {
          for (const hook of this.progressHooks) hook(record);
        },
      ),
    );
    this.runspace = new Runspace({
      host: this.saveGuard,
      services,
      // The engine names no cmdlet: the core ones come from cmdlets/core like every other.
      cmdlets: [...coreCmdlets, ...exchangeCmdlets({ connected: options.connected ?? true }), ...(options.cmdlets ?? [])],
      // A cmdlet call's changes to the world apply all or nothing; a call inside another's (a cmdlet run by
      // ForEach-Object) is a savepoint of it, so that its failure, even caught, leaves none of its changes.
      aroundCmdletCall: (cmdlet, call) => {
        // A nested call is a savepoint (a failed one leaves no change); the outermost one's save is guarded.
        const inner = () => {
          if (this.store.inTransaction) this.store.transaction(() => call());
          else this.saveGuard.guard(cmdlet.name, () => this.store.transaction(() => call()));
        };
        const wrapped = this.cmdletHooks.reduceRight<() => void>((next, hook) => () => hook(cmdlet, next), inner);
        wrapped();
      },
      outDefault: (values, host, target = 'console') => {
        const text = withSequenceErrors(() => formatValues(values, { width: outDefaultWidth(host.width()), enumerationLimit: this.enumerationLimit(), console: target === 'console' }));
        if (text) host.write('output', text);
      },
      openOutDefault: (host) => {
        // pwsh 7.6 reads $FormatEnumerationLimit when Out-Default formats its first object, and keeps
        // it: `$FormatEnumerationLimit=2` early in a script applies to all of the script's output.
        // The grouping window runs on the virtual clock: a command line without Start-Sleep fits in it.
        let od: OutDefaultSession | undefined;
        const open = () => (od ??= new OutDefaultSession(outDefaultWidth(host.width()), this.enumerationLimit(), false, true, () => this.runtime.clock.now()));
        const emit = (chunks: OutputChunk[]) => {
          for (const c of chunks) if (c.text) host.write(c.stream, c.text);
        };
        // A record out of sequence fails the command line's Out-Default, which ends the line.
        return {
          streaming: true,
          write: (values) => this.saveGuard.defer(() => emit(withSequenceErrors(() => open().push(values), true)), true, values.length),
          hostText: (stream, text) => emit(od ? withSequenceErrors(() => od!.host(stream, text), true) : [{ stream, text }]),
          abandon: () => od?.abandon(),
          close: () => emit(od ? withSequenceErrors(() => od!.end(), true) : []),
        };
      },
      limits: options.limits,
      renderError: (record) => renderErrorConcise(errorViewInput(record, this.scriptName, (name) => this.runspace.commandVisibleGlobally(name)), { color: this.color, width: this.host.width() }),
    });
    ({ cmdlets: this.cmdlets, clock: this.clock, faults: this.faults, progression: this.progression, on: this.on } = attachLibrary(this, options));
  }

  /** The world as it is now, read-only (the store's view). */
  get world(): ReadonlyWorld {
    return this.store.read();
  }

  /** Runs a script as the shell does: output formatted to the host, errors rendered in ConciseView. */
  run(script: string, options: RunOptions = {}): RunResult {
    const buffer = this.host instanceof BufferHost ? this.host : null;
    const mark = buffer?.mark() ?? 0;
    this.storeStep(() => this.runtime.clock.sync?.());
    this.transcriber.recordInput(this.runtime.fs.getLocation(), script);
    // Recorded before it runs, so a Test-LabStep on the same line sees it; a line that starts a lab, after.
    const at = this.runtime.clock.now();
    this.storeStep(() => this.recordLabCommand(script, at));
    const r: InvokeResult = this.runspace.invoke(script, { outDefault: true, args: options.args, timeout: options.timeout, signal: options.signal, collect: options.collect });
    this.transcriber.flush();
    this.storeStep(() => this.recordLabCommand(script, at));
    return {
      output: r.output,
      text: buffer ? buffer.textSince(mark) : '',
      errors: r.errors,
      warnings: r.warnings,
      success: r.success,
      exitCode: r.exitCode,
      ...(r.stopped ? { stopped: true } : {}),
    };
  }

  /**
   * The session's own changes around a command line (folding real time into the clock, the lab's
   * history): if the store cannot save them (a read-only folder, a full disk), the error is shown
   * and the command line still runs (reading commands work; changing ones report the same failure).
   */
  private storeStep(fn: () => void): void {
    try {
      fn();
    } catch (e) {
      if (!isStoreError(e)) throw e;
      const record = saveFailedError(e, null).record;
      this.host.write('error', renderErrorConcise(errorViewInput(record, this.scriptName), { color: this.color, width: this.host.width() }) + '\n');
    }
  }
  private lastLabLine: { at: number; raw: string } | null = null;

  /** While a lab is started, each command line run (typed, -Command, a -File script) joins the lab's history in the world. */
  private recordLabCommand(script: string, at: number): void {
    // A line that may hold a secret is logged with its literals and the session's known secrets masked
    // (the log is saved with the world). Recorded before the line runs and again after: the second call
    // only re-masks the entry with what the line itself revealed (src/engine/secrets.ts).
    const raw = script.replace(/\r?\n$/, '');
    const command = this.secrets.redact(redactCommandLine(raw));
    const lab = this.store.read().lab;
    if (command.trim() === '' || !lab) return;
    const last = lab.history[lab.history.length - 1];
    const again = this.lastLabLine?.at === at && this.lastLabLine.raw === raw && last?.at === at;
    this.lastLabLine = { at, raw };
    if (again && last.command === command) return;
    this.store.transaction((w) => {
      const h = w.lab?.history;
      if (!h) return;
      if (again) h[h.length - 1]!.command = command;
      else h.push({ at, command, step: lab.stepIndex });
    });
  }

  /** Runs a script without formatting: the objects, errors and streams, as `invoke` returns them. */
  invoke(script: string, options: InterruptOptions & { collect?: boolean } = {}): InvokeResult {
    this.runtime.clock.sync?.();
    return this.runspace.invoke(script, { timeout: options.timeout, signal: options.signal, collect: options.collect });
  }

  /** The text the shell would print for these objects. */
  format(objects: PSValue[]): string {
    return formatValues(objects, { width: this.host.width(), enumerationLimit: this.enumerationLimit() });
  }

  /** Moves the virtual clock: milliseconds or a duration such as '3d', '90m', '1.5h', '00:30:00'. */
  advance(duration: number | string): void {
    this.runtime.clock.advance(typeof duration === 'number' ? duration : parseDuration(duration));
  }

  now(): Date {
    return new Date(this.runtime.clock.now());
  }

  snapshot(): WorldSnapshot {
    return this.store.snapshot();
  }

  restore(snapshot: WorldSnapshot): void {
    this.store.restore(snapshot);
  }

  reset(): void {
    this.store.reset();
  }

  setScriptName(name: string | undefined): void {
    this.scriptName = name;
  }

  renderWarning(text: string): string {
    return renderStreamMessage('warning', text, { color: this.color });
  }

  private enumerationLimit(): number | undefined {
    const v = this.runspace.getVariable('FormatEnumerationLimit');
    return typeof v === 'number' ? v : undefined;
  }
}

/**
 * What ConciseView needs from an ErrorRecord: the facts it names the error by and the position it
 * shows for parse errors, script files and later lines of a multi-line command line (pwsh 7.6).
 */
export function errorViewInput(record: ErrorRecord, scriptName?: string, commandExists?: (name: string) => boolean): ErrorViewInput {
  return errorViewOf(record, { scriptName, commandExists });
}

export function createSession(options: SessionOptions = {}): Session {
  return new Session(options);
}

/** The SecretKeeper of a session over this store: the world key lives in the world's secret area. */
function worldSecretKeeper(store: StateStore): SecretKeeper {
  const memory = new SecretMemory();
  const worldKey = (create: boolean): string | null => {
    const existing = store.read().secrets?.worldKey ?? null;
    if (existing || !create) return existing;
    const key = newWorldKey();
    store.transaction((w) => {
      w.secrets = { worldKey: key };
    });
    return key;
  };
  return {
    worldKey,
    protect: (plain) => protectWithWorldKey(plain, worldKey(true)!),
    unprotect: (blob) => unprotectWithWorldKey(blob, worldKey(false)),
    remember: (plain) => memory.remember(plain),
    redact: (text) => memory.redact(text),
  };
}
