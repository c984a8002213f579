/**
 * Wires the world's services for a session: the store, the process registry (DNS propagation and
 * license grace built in; the migration simulator registers its own), the virtual clock, seeded
 * randomness and the virtual file system. The session passes these to the engine's CmdletServices.
 */
import type { StateStore } from '../store/state-store';
import { ProcessRegistry } from './processes';
import { WorldClock, type WorldClockOptions } from './clock';
import { WorldRandom } from './world-random';
import { VirtualFileSystem, DEFAULT_HOME } from './vfs';
import { dnsPropagationProcess } from './dns-propagation';
import { licenseGraceProcess } from './licensing';
import type { FileSystem } from '../engine/services';

export interface WorldRuntime {
  store: StateStore;
  processes: ProcessRegistry;
  clock: WorldClock;
  random: WorldRandom;
  fs: FileSystem;
}

export interface WorldRuntimeOptions extends WorldClockOptions {
  /** Wraps the virtual file system (e.g. shell/mounted-fs.ts overlays host folders). */
  wrapFileSystem?: (fs: FileSystem) => FileSystem;
  home?: string;
}

export function createWorldRuntime(store: StateStore, options: WorldRuntimeOptions = {}): WorldRuntime {
  const processes = new ProcessRegistry();
  processes.register(dnsPropagationProcess);
  processes.register(licenseGraceProcess);
  const vfs = new VirtualFileSystem(store, options.home ?? DEFAULT_HOME);
  return {
    store,
    processes,
    clock: new WorldClock(store, processes, options),
    random: new WorldRandom(store),
    fs: options.wrapFileSystem ? options.wrapFileSystem(vfs) : vfs,
  };
}
