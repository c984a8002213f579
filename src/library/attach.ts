/**
 * Builds the library face of a session (src/session.ts calls it once): typed cmdlets, clock, events,
 * faults and progressions, all wired through the session's cmdlet hooks and the store's change events.
 */
import type { CmdletMetadata } from '../engine/cmdlet';
import type { Runspace } from '../engine/runspace';
import type { ProgressRecord } from '../engine/host';
import type { WorldRuntime } from '../model/runtime';
import { createTypedCmdlets } from './typed-cmdlets';
import type { ExchangeCmdlets } from './generated/cmdlet-types';
import { applyClockOption, sessionClock, type ClockOption, type SessionClock } from './clock';
import { SessionEventBus, watchStatuses, type Listener, type SessionEventName } from './events';
import { Faults } from './faults';
import { Progressions } from './progression';

export type { ClockOption } from './clock';

export interface LibraryFace {
  cmdlets: ExchangeCmdlets;
  clock: SessionClock;
  faults: Faults;
  progression: Progressions;
  on<K extends SessionEventName>(event: K, listener: Listener<K>): () => void;
}

interface LibrarySession {
  readonly runspace: Runspace;
  readonly runtime: WorldRuntime;
  readonly cmdletHooks: ((cmdlet: CmdletMetadata, call: () => void) => void)[];
  readonly progressHooks: ((record: ProgressRecord) => void)[];
}

/** Core PowerShell cmdlets (Select-Object, ForEach-Object...) are not reported as commandInvoked. */
const isCoreCmdlet = (c: CmdletMetadata) => c.source.startsWith('Microsoft.PowerShell.');

export function attachLibrary(session: LibrarySession, options: { clock?: ClockOption }): LibraryFace {
  const { runtime } = session;
  applyClockOption(runtime.clock, options.clock);
  const bus = new SessionEventBus();
  // Status diffs cost a pass over batches and users per commit: only while someone listens.
  let unwatch: (() => void) | null = null;
  const on = <K extends SessionEventName>(event: K, listener: Listener<K>) => {
    const off = bus.on(event, listener);
    if (!unwatch && (bus.has('batchStatus') || bus.has('userStatus'))) unwatch = watchStatuses(runtime.store, bus);
    return () => {
      off();
      if (unwatch && !bus.has('batchStatus') && !bus.has('userStatus')) (unwatch(), (unwatch = null));
    };
  };
  session.progressHooks.push((r) => {
    if (!bus.has('progress')) return;
    bus.emit('progress', {
      activity: r.activity,
      status: r.statusDescription,
      id: r.activityId,
      parentId: r.parentActivityId,
      percentComplete: r.percentComplete,
      secondsRemaining: r.secondsRemaining,
      currentOperation: r.currentOperation,
      completed: r.recordType === 'Completed',
      sourceId: r.sourceId,
      at: new Date(runtime.clock.now()),
    });
  });
  const faults = new Faults(runtime);
  const progression = new Progressions(runtime.store);
  session.cmdletHooks.push((cmdlet, call) => {
    if (!isCoreCmdlet(cmdlet) && bus.has('commandInvoked')) bus.emit('commandInvoked', { name: cmdlet.name, at: new Date(runtime.clock.now()) });
    faults.beforeCall(cmdlet);
    progression.beforeCall(cmdlet.name);
    call();
    progression.afterCall();
  });
  return {
    cmdlets: createTypedCmdlets(session),
    clock: sessionClock(runtime.clock, runtime.store, runtime.processes),
    faults,
    progression,
    on,
  };
}
