/**
 * The keyboard channel from the page to the lab's worker: a single-producer, single-consumer byte
 * ring in a SharedArrayBuffer. The engine is synchronous, so a prompt inside a command (Read-Host,
 * Get-Credential, -Confirm) must block until the learner answers, and Ctrl+C must reach a command
 * that never yields: the worker reads this ring synchronously (Atomics.wait), as the shell reads fd 0
 * (shell/repl/input.ts). A postMessage would only arrive once the command ended.
 *
 * Frames: kind (1 byte: 0 keys, 1 control), length (4 bytes, little-endian), then UTF-8 payload.
 * Header (Int32): [0] write offset, [1] read offset, [2] terminal columns.
 */

export const FRAME_KEYS = 0;
export const FRAME_CONTROL = 1;
const HEADER_BYTES = 16;
const W = 0;
const R = 1;
const COLS = 2;

export interface Frame {
  kind: number;
  text: string;
}

export function createRingBuffer(capacity = 1 << 16): SharedArrayBuffer {
  const sab = new SharedArrayBuffer(HEADER_BYTES + capacity);
  Atomics.store(new Int32Array(sab, 0, 4), COLS, 80);
  return sab;
}

class RingBase {
  protected readonly header: Int32Array;
  protected readonly data: Uint8Array;
  protected readonly cap: number;

  constructor(sab: SharedArrayBuffer) {
    this.header = new Int32Array(sab, 0, 4);
    this.data = new Uint8Array(sab, HEADER_BYTES);
    this.cap = this.data.length;
  }

  /** The terminal's width (the page sets it on resize; the worker reads it for each layout). */
  get columns(): number {
    return Atomics.load(this.header, COLS);
  }

  set columns(n: number) {
    Atomics.store(this.header, COLS, n);
  }
}

/** The page's end: writes frames (never blocks; what does not fit waits for the next flush). */
export class RingWriter extends RingBase {
  private readonly encoder = new TextEncoder();
  private backlog: Uint8Array[] = [];

  send(kind: number, text: string): void {
    const body = this.encoder.encode(text);
    const frame = new Uint8Array(5 + body.length);
    frame[0] = kind;
    new DataView(frame.buffer).setUint32(1, body.length, true);
    frame.set(body, 5);
    this.backlog.push(frame);
    this.flush();
  }

  /** Writes what fits; true when nothing is left waiting (the page retries on a timer otherwise). */
  flush(): boolean {
    while (this.backlog.length) {
      const frame = this.backlog[0]!;
      const w = Atomics.load(this.header, W);
      const r = Atomics.load(this.header, R);
      const free = this.cap - 1 - ((w - r + this.cap) % this.cap);
      if (frame.length > free) return false;
      for (let i = 0; i < frame.length; i++) this.data[(w + i) % this.cap] = frame[i]!;
      Atomics.store(this.header, W, (w + frame.length) % this.cap);
      Atomics.notify(this.header, W);
      this.backlog.shift();
    }
    return true;
  }
}

/** The worker's end: reads whole frames, blocking or not. */
export class RingReader extends RingBase {
  private readonly decoder = new TextDecoder();

  /** The frames written so far; waits up to `timeoutMs` for one (0: look only, Infinity: block). */
  take(timeoutMs: number): Frame[] {
    let w = Atomics.load(this.header, W);
    let r = Atomics.load(this.header, R);
    if (w === r && timeoutMs > 0) {
      Atomics.wait(this.header, W, w, timeoutMs === Infinity ? undefined : timeoutMs);
      w = Atomics.load(this.header, W);
    }
    const frames: Frame[] = [];
    while (r !== w) {
      const kind = this.byte(r);
      const len = this.byte(r + 1) | (this.byte(r + 2) << 8) | (this.byte(r + 3) << 16) | (this.byte(r + 4) << 24);
      const body = new Uint8Array(len);
      for (let i = 0; i < len; i++) body[i] = this.byte(r + 5 + i);
      frames.push({ kind, text: this.decoder.decode(body) });
      r = (r + 5 + len) % this.cap;
    }
    Atomics.store(this.header, R, r);
    return frames;
  }

  private byte(at: number): number {
    return this.data[at % this.cap]!;
  }
}
