/**
 * Drives random writes through store transactions for property tests of indexes that follow the
 * journal's write log: each step's writes run in a savepoint that may be rolled back, several steps
 * share a transaction unless a step starts a new one, and `check` is called with the world as the
 * writer sees it after every write, after every savepoint, and outside any transaction.
 */
import fc from 'fast-check';
import type { MemoryStateStore } from '../../src/store/memory-store';
import type { World } from '../../src/model/world';
import type { ReadonlyWorld } from '../../src/store/state-store';

export interface Step<Op> {
  ops: Op[];
  rollback: boolean;
  newTransaction: boolean;
}

export function stepsOf<Op>(op: fc.Arbitrary<Op>, maxOps: number, maxSteps: number): fc.Arbitrary<Step<Op>[]> {
  return fc.array(fc.record({ ops: fc.array(op, { maxLength: maxOps }), rollback: fc.boolean(), newTransaction: fc.boolean() }), { maxLength: maxSteps });
}

const ROLLBACK = 'roll back';

/** `live` is the transaction's view of the world (or the plain world, outside one). */
export function runSteps<Op>(store: MemoryStateStore, steps: readonly Step<Op>[], apply: (w: World, op: Op) => void, check: (live: World | ReadonlyWorld) => void): void {
  let i = 0;
  while (i < steps.length) {
    store.transaction((w) => {
      do {
        const s = steps[i++]!;
        try {
          store.transaction((inner) => {
            for (const o of s.ops) {
              apply(inner, o);
              check(inner);
            }
            if (s.rollback) throw new Error(ROLLBACK);
          });
        } catch (e) {
          if ((e as Error).message !== ROLLBACK) throw e;
        }
        check(w);
      } while (i < steps.length && !steps[i]!.newTransaction);
    });
    check(store.read());
  }
}
