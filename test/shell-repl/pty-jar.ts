/**
 * The pseudo-terminals a test file opens, closed and waited for before the file ends. node-pty calls
 * back on its own thread when a child exits; a callback that arrives after the test's worker is torn
 * down aborts the whole test process (microsoft/node-pty#223, #951). So every pty is killed and its
 * exit awaited in afterEach, and these files run in forks (vitest.config.ts), never in threads.
 */
import type { IPty } from '@lydell/node-pty';

export class PtyJar {
  private readonly items: { pty: IPty; exited: Promise<void>; done: boolean }[] = [];

  /** Tracks a pty from its spawn (its exit listener must be there before it can exit). */
  add<T extends IPty>(pty: T): T {
    const item = { pty, done: false, exited: Promise.resolve() };
    item.exited = new Promise<void>((resolve) =>
      pty.onExit(() => {
        item.done = true;
        resolve();
      }),
    );
    this.items.push(item);
    return pty;
  }

  /** Kills what still runs and waits (at most `ms`) until every tracked pty has exited. */
  async close(ms = 5000): Promise<void> {
    const items = this.items.splice(0);
    for (const i of items) {
      if (i.done) continue;
      try {
        i.pty.kill();
      } catch {
        // already gone
      }
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([Promise.all(items.map((i) => i.exited)), new Promise<void>((r) => (timer = setTimeout(r, ms)))]);
    clearTimeout(timer);
  }
}
