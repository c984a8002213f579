/**
 * The interactive shell's supervisor (issue #17). On a terminal, `exo-shell` runs the REPL in a child
 * process (same node, same cli.js) and stays small and idle itself, so that it can always act on
 * signals and on the REPL's death, which the REPL cannot: its main thread blocks in synchronous reads
 * and runs commands without returning to the event loop, so no JavaScript signal handler runs there.
 *
 * - SIGINT (`kill -INT`, or Ctrl+C while the terminal is not raw): sent to the REPL as an interrupt on
 *   the control pipe, which the REPL sees where it sees a typed Ctrl+C (SyncInput.poll, so
 *   TerminalHost.stopRequested): a running command stops with "The pipeline has been stopped.", at the
 *   prompt the line is cancelled and the shell stays.
 * - SIGTERM / SIGHUP: the REPL is asked to leave at its next poll (a transaction in flight finishes:
 *   the state file is saved per transaction), and is killed after GRACE_MS; exit 143 / 129.
 * - Whatever ends the REPL (exit, signal, V8 fatal error, crash): the terminal is restored and the
 *   supervisor exits with the REPL's code, or 128 + the signal's number when it was killed.
 *
 * Restoring the terminal: Node saves the terminal's settings of fds 0-2 when a process starts and puts
 * them back when it exits (ResetStdio in node.cc). The supervisor never changes them, so what it saved
 * are the user's settings (cooked mode, echo on) and its own exit restores them after the REPL left the
 * terminal raw. It shows the cursor again (the line editor hides it while redrawing).
 *
 * Only the REPL on a terminal is supervised (shell/cli.ts): scripts, -Command, -File, piped input,
 * replay and lab stay in one process, whose start time counts (bench/startup.ts). EXO_SHELL_NO_SUPERVISOR=1
 * runs the REPL in one process too (as before: an outside SIGINT or SIGTERM then kills it).
 *
 * The control pipe is the child's fd 3: one byte per message (CONTROL_INTERRUPT, CONTROL_QUIT); its end
 * of file tells the REPL its supervisor is gone. This module imports only Node built-ins: the supervisor
 * never loads the engine, which keeps the added start cost to one Node boot.
 */
import { spawn } from 'node:child_process';
import { writeSync } from 'node:fs';
import type { Socket } from 'node:net';
import { constants } from 'node:os';
import { isatty } from 'node:tty';

/** Set (to anything but '') to run the REPL without a supervisor, in the one process. */
export const NO_SUPERVISOR_ENV = 'EXO_SHELL_NO_SUPERVISOR';
/** Set in the REPL child's environment: the descriptor of its control pipe. */
export const CONTROL_FD_ENV = 'EXO_SHELL_CONTROL_FD';
export const CONTROL_INTERRUPT = 'i';
export const CONTROL_QUIT = 'q';
/** How long the REPL has to leave after SIGTERM/SIGHUP before it is killed. */
export const GRACE_MS = 2000;

const EXIT_ON: Partial<Record<NodeJS.Signals, number>> = { SIGTERM: 128 + constants.signals.SIGTERM, SIGHUP: 128 + constants.signals.SIGHUP };

/** Runs the REPL (cli.js with `argv`) in a child process; resolves to the exit code to leave with. */
export function superviseRepl(argv: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...process.execArgv, process.argv[1]!, ...argv], {
      stdio: ['inherit', 'inherit', 'inherit', 'pipe'],
      env: { ...process.env, [CONTROL_FD_ENV]: '3' },
    });
    const control = child.stdio[3] as Socket;
    // The child may be gone before a message is written (EPIPE): its exit is handled below.
    control.on('error', () => undefined);
    const send = (message: string) => {
      if (!control.destroyed && control.writable) control.write(message);
    };
    let endCode: number | null = null;
    let killTimer: NodeJS.Timeout | undefined;
    const onInterrupt = () => send(CONTROL_INTERRUPT);
    const onEnd = (signal: NodeJS.Signals) => {
      if (endCode !== null) return;
      endCode = EXIT_ON[signal]!;
      send(CONTROL_QUIT);
      killTimer = setTimeout(() => child.kill('SIGKILL'), GRACE_MS);
    };
    process.on('SIGINT', onInterrupt);
    process.on('SIGTERM', onEnd);
    process.on('SIGHUP', onEnd);
    let settled = false;
    const finish = (code: number) => {
      if (settled) return;
      settled = true;
      clearTimeout(killTimer);
      process.off('SIGINT', onInterrupt);
      process.off('SIGTERM', onEnd);
      process.off('SIGHUP', onEnd);
      control.destroy();
      restoreTerminal();
      resolve(code);
    };
    child.on('error', (e) => {
      process.stderr.write(`exo-shell: ${e.message}\n`);
      finish(1);
    });
    child.on('exit', (code, signal) => {
      // Killed mid-line (at the prompt, or while printing): what the terminal shows next starts a line.
      if (signal && isatty(1)) writeQuietly('\r\n');
      if (endCode !== null) finish(endCode);
      else if (signal) finish(128 + (constants.signals[signal] ?? 0));
      else finish(code ?? 1);
    });
  });
}

/** What Node's exit does not: the cursor shown. (Cooked mode and echo come back with Node's ResetStdio.) */
function restoreTerminal(): void {
  if (isatty(1)) writeQuietly('\x1b[?25h');
}

function writeQuietly(text: string): void {
  try {
    writeSync(1, text);
  } catch {
    // the terminal is gone
  }
}
