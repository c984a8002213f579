/**
 * Limits and interruption: what stops a runaway script with pwsh's own error record instead of a
 * JavaScript error (or a dead process).
 *
 * - Call depth: pwsh raises ScriptCallDepthException (wrapped in a RuntimeException, id
 *   CallDepthOverflow, category InvalidOperation, "The script failed due to call depth overflow.");
 *   pwsh 7.6 has no fixed number, it stops when the thread's stack runs low (`function g{$d++; g}`
 *   reached 9,414 on 64-bit Linux). JavaScript's stack is smaller (about 700 of the emulator's
 *   simplest calls fit in Node's default 984 KB), so the limit is an explicit counter with a margin,
 *   and a RangeError that still escapes is reported as the same record (limitErrorOf).
 * - String and array size: pwsh reports .NET's OutOfMemoryException as it is (id
 *   System.OutOfMemoryException, category OperationStopped): "Insufficient memory to continue the
 *   execution of the program." for a string (`'a' * 2e9`), "Array dimensions exceeded supported
 *   range." for an array past Array.MaxLength (`,0 * 2147483647`).
 * - Allocations per command: the elements and characters a command line builds by repetition,
 *   concatenation and ranges; past the budget, the same OutOfMemoryException.
 * - Wall time, an AbortSignal, Ctrl+C: the run stops as a stopped pipeline (PipelineStoppedException,
 *   "The pipeline has been stopped.", id PipelineStopped, category OperationStopped), which no
 *   `catch` catches (finally blocks run).
 *
 * The engine polls cheaply: a countdown per loop iteration, pipeline object and call; the clock,
 * the signal and the host are read once per POLL_INTERVAL ticks.
 */
import { ErrorRecord, ExceptionObject, PSRuntimeError, StopRequestedSignal } from './errors';

export interface EngineLimits {
  /** Nested function and script block calls (default 150: the heaviest calls measured overflow Node's default stack at about 250). */
  maxCallDepth: number;
  /** Characters in one string (default 2^28 = 268,435,456; JavaScript's own limit is about 2^29). */
  maxStringLength: number;
  /** Elements in one array (default 50,000,000). */
  maxArrayLength: number;
  /** Elements and characters built by `*`, `+` and ranges in one command line (default 2e9). */
  maxAllocation: number;
  /** Wall time of one run in milliseconds (default: none). */
  timeout: number;
}

export const DEFAULT_LIMITS: EngineLimits = {
  maxCallDepth: 150,
  maxStringLength: 2 ** 28,
  maxArrayLength: 50_000_000,
  maxAllocation: 2e9,
  timeout: Infinity,
};

/** An AbortSignal, or anything with `aborted`. */
export interface AbortLike {
  readonly aborted: boolean;
}

/** What a run may be given to stop it from outside. */
export interface InterruptOptions {
  /** Milliseconds of wall time before the run stops (PipelineStoppedException). */
  timeout?: number;
  /** Stops the run when it becomes aborted (checked as the script runs). */
  signal?: AbortLike;
}

/** Ticks between two looks at the clock, the signal and the host (a few microseconds of script). */
const POLL_INTERVAL = 256;

/** The run was stopped by its time limit or its signal (not by the user at the console). */
export class RunStoppedSignal extends StopRequestedSignal {
  constructor(readonly reason: 'timeout' | 'aborted') {
    super();
  }
}

/** The state of one run: depth, allocation budget, deadline, signal. One per runspace invoke. */
export class RunGuard {
  depth = 0;
  allocated = 0;
  private countdown = POLL_INTERVAL;
  private readonly deadline: number;

  constructor(
    readonly limits: EngineLimits,
    private readonly signal: AbortLike | undefined,
    timeout: number | undefined,
    private readonly hostStop: (() => boolean) | undefined,
    private readonly now: () => number = Date.now,
  ) {
    const t = timeout ?? limits.timeout;
    this.deadline = Number.isFinite(t) && t >= 0 ? now() + t : Infinity;
  }

  /** Called per loop iteration, pipeline object and call: cheap until the countdown ends. */
  tick(): void {
    if (--this.countdown > 0) return;
    this.countdown = POLL_INTERVAL;
    this.check();
  }

  /** Looks now at the signal, the clock and the host. */
  check(): void {
    if (this.signal?.aborted) throw new RunStoppedSignal('aborted');
    if (this.deadline !== Infinity && this.now() >= this.deadline) throw new RunStoppedSignal('timeout');
    if (this.hostStop?.()) throw new StopRequestedSignal();
  }

  enterCall(): void {
    if (++this.depth > this.limits.maxCallDepth || (this.depth > 24 && (this.depth & 3) === 0 && !stackHasRoom())) {
      this.depth--;
      throw callDepthOverflow();
    }
    this.tick();
  }

  leaveCall(): void {
    this.depth--;
  }

  /** `n` elements or characters built (counts toward the per-command budget). */
  allocate(n: number): void {
    this.allocated += n;
    if (this.allocated > this.limits.maxAllocation) throw outOfMemory();
  }
}

/**
 * Whether JavaScript's stack has room for 128 KB more: a call with 16,384 arguments must fit (V8
 * throws RangeError before pushing them when it would not). A pwsh call takes 1.5-4 KB of stack, and
 * V8 compiling a regular expression with the stack nearly full is a fatal error, not a RangeError: the
 * depth counter alone cannot know how much stack its caller (a test runner, a host) has used.
 * About 11 µs; checked every fourth call beyond depth 24.
 */
const PROBE: unknown[] = new Array(16384);
const probeTarget: (...args: unknown[]) => void = () => undefined;
function stackHasRoom(): boolean {
  try {
    probeTarget.apply(null, PROBE);
    return true;
  } catch (e) {
    if (e instanceof RangeError) return false;
    throw e;
  }
}

/** The guard of the run going on (the engine is synchronous: a nested run saves and restores it). */
let active: RunGuard | null = null;

export function activeGuard(): RunGuard | null {
  return active;
}

export function setActiveGuard(g: RunGuard | null): RunGuard | null {
  const prev = active;
  active = g;
  return prev;
}

function limits(): EngineLimits {
  return active?.limits ?? DEFAULT_LIMITS;
}

/** A string of `length` characters is about to be built. */
export function checkStringLength(length: number): void {
  if (length > limits().maxStringLength) throw outOfMemory();
  active?.allocate(length);
}

/** An array of `length` elements is about to be built. */
export function checkArrayLength(length: number): void {
  // .NET's Array.MaxLength (0x7FFFFFC7): past it, the array can exist on no machine.
  if (length > 0x7fffffc7) throw outOfMemory('Array dimensions exceeded supported range.');
  if (length > limits().maxArrayLength) throw outOfMemory();
  active?.allocate(length);
}

/** pwsh 7.6 `function f{f}; f`: a RuntimeException around ScriptCallDepthException; it ends the script. */
export function callDepthOverflow(): PSRuntimeError {
  const message = 'The script failed due to call depth overflow.';
  const err = new PSRuntimeError(
    new ErrorRecord({
      exception: new ExceptionObject('System.Management.Automation.RuntimeException', message, new ExceptionObject('System.Management.Automation.ScriptCallDepthException', message)),
      errorId: 'CallDepthOverflow',
      category: 'InvalidOperation',
      // pwsh's record names the depth as its target: CategoryInfo `InvalidOperation: (0:Int32) [], RuntimeException`.
      targetObject: 0,
    }),
  );
  err.scriptTerminating = true;
  return err;
}

/** .NET's OutOfMemoryException as pwsh 7.6 reports it (`$s = 'a' * 2e9`): a statement-terminating error. */
export function outOfMemory(message = 'Insufficient memory to continue the execution of the program.'): PSRuntimeError {
  return new PSRuntimeError(new ErrorRecord({ exception: new ExceptionObject('System.OutOfMemoryException', message), errorId: 'System.OutOfMemoryException', category: 'OperationStopped', targetObject: null }));
}

/** What a stopped run reports (pwsh's PipelineStoppedException). */
export function pipelineStopped(): ErrorRecord {
  return new ErrorRecord({ exception: new ExceptionObject('System.Management.Automation.PipelineStoppedException', 'The pipeline has been stopped.'), errorId: 'PipelineStopped', category: 'OperationStopped', targetObject: null });
}

/**
 * The last resort at a command's boundary: JavaScript's own limits as pwsh's records (a stack that
 * overflowed before the depth counter, a string or array past V8's maximum). Null for anything else.
 */
export function limitErrorOf(e: unknown): PSRuntimeError | null {
  if (!(e instanceof RangeError)) return null;
  if (/call stack/i.test(e.message)) return callDepthOverflow();
  if (/Invalid (string|array|typed array) length|Array buffer allocation failed/i.test(e.message)) return outOfMemory();
  return null;
}
