/**
 * The REPL child's end of the supervisor's control pipe (shell/supervisor.ts): read without blocking,
 * next to the keyboard, wherever the REPL looks at the keyboard (SyncInput.poll while a command runs,
 * SyncInput's reads at the prompt).
 */
import { readSync } from 'node:fs';
import { Socket } from 'node:net';
import type { SupervisorChannel, SupervisorMessages } from './repl/input';
import { CONTROL_FD_ENV, CONTROL_INTERRUPT, CONTROL_QUIT } from './supervisor';

export class PipeControlChannel implements SupervisorChannel {
  private gone = false;
  private readonly buf = Buffer.alloc(64);

  constructor(private readonly fd: number) {
    // A paused net.Socket on the descriptor only puts it in non-blocking mode (uv_pipe_open): it never
    // reads by itself, and the REPL does not return to the event loop while it works anyway.
    const socket = new Socket({ fd, readable: true, writable: false, pauseOnCreate: true } as ConstructorParameters<typeof Socket>[0]);
    socket.on('error', () => undefined);
    socket.unref();
  }

  read(): SupervisorMessages {
    const out: SupervisorMessages = { interrupt: false, quit: this.gone };
    while (!this.gone) {
      let n: number;
      try {
        n = readSync(this.fd, this.buf, 0, this.buf.length, null);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN' || code === 'EWOULDBLOCK') break;
        if (code === 'EINTR') continue;
        n = 0;
      }
      // End of the pipe: the supervisor is gone, the REPL leaves as if asked to.
      if (n === 0) {
        this.gone = true;
        out.quit = true;
        break;
      }
      const text = this.buf.toString('latin1', 0, n);
      if (text.includes(CONTROL_INTERRUPT)) out.interrupt = true;
      if (text.includes(CONTROL_QUIT)) out.quit = true;
    }
    return out;
  }
}

/**
 * The control channel when this process is the supervised REPL child (null otherwise). The child then
 * keeps SIGINT and SIGHUP from killing it (no-op handlers: the supervisor receives them too and tells
 * the REPL what to do through the pipe; a lost terminal also ends the REPL's reads).
 */
export function supervisorChannelFromEnv(env: NodeJS.ProcessEnv = process.env): SupervisorChannel | null {
  const value = env[CONTROL_FD_ENV];
  if (!value || !/^\d+$/.test(value)) return null;
  delete env[CONTROL_FD_ENV];
  let channel: PipeControlChannel;
  try {
    channel = new PipeControlChannel(Number(value));
  } catch {
    return null;
  }
  process.on('SIGINT', () => undefined);
  process.on('SIGHUP', () => undefined);
  return channel;
}
