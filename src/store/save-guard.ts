/**
 * What a command prints before its changes are saved. A cmdlet's objects reach Out-Default while
 * its transaction is still open; if the save then fails (a full disk, a read-only folder), the world
 * rolls back, and printing those objects would show as done what was not. So while a command's
 * top-level transaction is open, host text and the objects handed to Out-Default are held (in order,
 * all streams); when it commits, they go out; when the save fails, the command's output is dropped
 * (its warnings, verbose and error lines still go out, in order), and the command reports the failure:
 *
 *   New-MigrationEndpoint: The world could not be saved to '/labs/w.json': No space left on device. Nothing was changed.
 *
 * (id WorldNotSaved, category WriteError, an IOException whose target is the file). Held text is
 * bounded: past HOLD_LIMIT characters (or objects) it goes out as it comes (a long pipeline keeps streaming, in
 * constant memory), and the same error still follows. Prompts first let out what is held.
 */
import { ForwardingHost, type ChoiceDescription, type HostStream } from '../engine/host';

import { ErrorRecord, ExceptionObject, PSRuntimeError } from '../engine/errors';
import { WorldError } from '../model/messages';

export const HOLD_LIMIT = 64 * 1024;

/** One held step: a host write, or objects handed to Out-Default; `output` ones are dropped on a failed save. */
type Held = { run: () => void; output: boolean };

export class SaveGuardHost extends ForwardingHost {
  private held: Held[] | null = null;
  private heldChars = 0;

  override write(stream: HostStream, text: string, options?: { foregroundColor?: string; backgroundColor?: string }): void {
    this.defer(() => this.inner.write(stream, text, options), stream === 'output', text.length);
  }

  /**
   * Runs `step` now, or, while a command's transaction is open, once it commits (in order with the
   * host text); an `output` step is dropped if the save fails. `size` counts toward HOLD_LIMIT.
   */
  defer(step: () => void, output: boolean, size: number): void {
    if (!this.held) {
      step();
      return;
    }
    this.held.push({ run: step, output });
    this.heldChars += size;
    if (this.heldChars > HOLD_LIMIT) this.release(true);
  }
  override readLine(prompt: string): string | null {
    this.release(true);
    return this.inner.readLine(prompt);
  }
  override readSecret(prompt: string): string | null {
    this.release(true);
    return this.inner.readSecret(prompt);
  }
  override promptForChoice(caption: string, message: string, choices: ChoiceDescription[], defaultChoice: number): number {
    this.release(true);
    return this.inner.promptForChoice(caption, message, choices, defaultChoice);
  }
  /** Lets out what is held; with `keepHolding`, what comes next is held again. */
  private release(keepHolding: boolean, dropOutput = false): void {
    const held = this.held;
    this.held = null;
    this.heldChars = 0;
    if (!held) return;
    // Steps write to this host again: not held while they run.
    for (const h of held) if (!(dropOutput && h.output)) h.run();
    if (keepHolding) this.held = [];
  }

  /**
   * Runs a command's top-level transaction with its host text held; a failed save becomes the
   * command's terminating error (see above), other errors pass unchanged.
   */
  guard(commandName: string, run: () => void): void {
    if (this.held) {
      run();
      return;
    }
    this.held = [];
    try {
      run();
    } catch (e) {
      if (isStoreError(e)) {
        // Nothing of the command was kept: its output is not shown as if it had been.
        this.release(false, true);
        throw saveFailedError(e, commandName);
      }
      this.release(false);
      throw e;
    }
    this.release(false);
  }
}

/** The store's own failures a command can meet (saving, the lock, a reload of a file changed by hand). */
export function isStoreError(e: unknown): e is WorldError {
  return e instanceof WorldError && e.id.startsWith('Store');
}

/**
 * The record of a store failure, as the command's terminating error naming the file: a failed save
 * `WorldNotSaved` (WriteError), a lock held too long `WorldLocked` (ResourceBusy), a file that no
 * longer reads `WorldNotLoaded` (ReadError); each an IOException, as .NET's file errors are.
 */
export function saveFailedError(e: WorldError, commandName: string | null): PSRuntimeError {
  const file = String(e.args[0] ?? '');
  const [errorId, category] =
    e.id === 'StoreSaveFailed' || e.id === 'StoreWriteFailed'
      ? (['WorldNotSaved', 'WriteError'] as const)
      : e.id === 'StoreLockTimeout' || e.id === 'StoreLockFailed'
        ? (['WorldLocked', 'ResourceBusy'] as const)
        : (['WorldNotLoaded', 'ReadError'] as const);
  return new PSRuntimeError(
    new ErrorRecord({
      exception: new ExceptionObject('System.IO.IOException', e.message),
      errorId,
      category,
      targetObject: file,
      commandName,
      fqidSuffix: commandName,
    }),
  );
}
