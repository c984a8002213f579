/**
 * Session events for test authors, derived from the store's change events: after each commit (and
 * restore/reset) the migration statuses are compared with the last ones seen. An object that appears
 * reports `from: 'None'`; one that goes away reports `to: 'Removed'`.
 */
import type { StateStore } from '../store/state-store';

export interface BatchStatusEvent {
  batch: string;
  from: string;
  to: string;
  at: Date;
}

export interface UserStatusEvent {
  user: string;
  batch: string;
  from: string;
  to: string;
  at: Date;
}

export interface CommandInvokedEvent {
  /** The cmdlet's name (one event per call of an Exchange-side cmdlet, per pipeline input). */
  name: string;
  at: Date;
}

/**
 * A progress record that reached the host (Write-Progress, or a long-running emulator command such
 * as Set-LabClock -Advance or Start-Sleep over days), after $ProgressPreference / -ProgressAction.
 * Numbers not given are -1, as in pwsh's ProgressRecord.
 */
export interface ProgressEvent {
  activity: string;
  status: string;
  /** -Id (0 by default). */
  id: number;
  /** -ParentId, or -1. */
  parentId: number;
  /** 0-100, or -1. */
  percentComplete: number;
  /** -1 when not given. */
  secondsRemaining: number;
  /** -CurrentOperation, or null. */
  currentOperation: string | null;
  /** True for -Completed (the activity is over and leaves the display). */
  completed: boolean;
  /** -SourceId (0 for Write-Progress without it). */
  sourceId: number;
  /** Virtual time when it was written. */
  at: Date;
}

export interface SessionEvents {
  batchStatus: BatchStatusEvent;
  userStatus: UserStatusEvent;
  commandInvoked: CommandInvokedEvent;
  progress: ProgressEvent;
}

export type SessionEventName = keyof SessionEvents;
export type Listener<K extends SessionEventName> = (event: SessionEvents[K]) => void;

export class SessionEventBus {
  private readonly listeners = new Map<SessionEventName, Set<(e: never) => void>>();

  on<K extends SessionEventName>(event: K, listener: Listener<K>): () => void {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(listener as (e: never) => void);
    return () => void set.delete(listener as (e: never) => void);
  }

  emit<K extends SessionEventName>(event: K, payload: SessionEvents[K]): void {
    for (const l of [...(this.listeners.get(event) ?? [])]) (l as Listener<K>)(payload);
  }

  has(event: SessionEventName): boolean {
    return (this.listeners.get(event)?.size ?? 0) > 0;
  }
}

const NONE = 'None';
const REMOVED = 'Removed';

/** Watches the store and emits batchStatus / userStatus with the statuses before and after. */
export function watchStatuses(store: StateStore, bus: SessionEventBus): () => void {
  const read = () => {
    const m = store.read().tenant.migration;
    return {
      batches: new Map(m.batches.map((b) => [b.name, b.status as string])),
      users: new Map(m.users.map((u) => [`${u.batchId}\u0000${u.identity}`, u.status as string])),
    };
  };
  let last = read();
  return store.subscribe(() => {
    const now = read();
    const at = new Date(store.read().clock.now);
    for (const [batch, to] of now.batches) {
      const from = last.batches.get(batch) ?? NONE;
      if (from !== to) bus.emit('batchStatus', { batch, from, to, at });
    }
    for (const [batch, from] of last.batches) if (!now.batches.has(batch)) bus.emit('batchStatus', { batch, from, to: REMOVED, at });
    for (const [key, to] of now.users) {
      const from = last.users.get(key) ?? NONE;
      const [batch, user] = key.split('\u0000') as [string, string];
      if (from !== to) bus.emit('userStatus', { user, batch, from, to, at });
    }
    for (const [key, from] of last.users) {
      if (now.users.has(key)) continue;
      const [batch, user] = key.split('\u0000') as [string, string];
      bus.emit('userStatus', { user, batch, from, to: REMOVED, at });
    }
    last = now;
  });
}
