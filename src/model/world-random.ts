/** The Random service (src/engine/services.ts) over the world's seeded mulberry32 state. */
import type { Random } from '../engine/services';
import type { StateStore } from '../store/state-store';
import { mulberry32Step } from './random';

export class WorldRandom implements Random {
  constructor(private readonly store: StateStore) {}
  next(): number {
    // Joins the caller's transaction when there is one, so a failed cmdlet also rewinds the sequence.
    return this.store.transaction((w) => {
      const r = mulberry32Step(w.random.state);
      w.random.state = r.state;
      return r.value;
    });
  }
}
