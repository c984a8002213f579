export type { StateStore, ReadonlyWorld, WorldChange, WorldChangeEvent, WorldChangeListener, WorldSnapshot } from './state-store';
export type { DeepReadonly } from './readonly';
export { MemoryStateStore, type MemoryStoreOptions } from './memory-store';
