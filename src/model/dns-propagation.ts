/** The process that forgets expired cached DNS answers (see dns-records.ts). */
import type { WorldProcess } from './processes';
import { completeDnsPropagation, nextDnsPropagation } from './dns-records';

export const dnsPropagationProcess: WorldProcess = {
  name: 'dns-propagation',
  nextDue: (world) => nextDnsPropagation(world),
  run: (world, now) => completeDnsPropagation(world, now),
};
