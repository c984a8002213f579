/**
 * The whole simulated world as one plain, JSON-serialisable object: the on-premises Exchange
 * organization, the Microsoft 365 tenant, public DNS, the virtual file system, the virtual
 * clock and the seeded randomness. src/model knows nothing of the language or cmdlets.
 */
import type { OnPremOrganization } from './org';
import type { Tenant } from './tenant';
import type { Dns } from './dns';
import type { FilesState } from './files';

export type * from './org';
export type * from './tenant';
export type * from './dns';
export type * from './files';

/** Bumped when the persisted shape changes; files with a newer version are refused. */
export const WORLD_SCHEMA_VERSION = 1;

export interface ClockState {
  /** Virtual now, ms since the Unix epoch (UTC). */
  now: number;
  /** Real time is multiplied by this when the clock follows real time (0 = frozen between commands). */
  speed: number;
}

export interface RandomState {
  seed: number;
  /** mulberry32 state: a 32-bit unsigned integer. */
  state: number;
}

export interface World {
  schemaVersion: number;
  /** Scenario it was seeded from (name) and a one-line description. */
  scenario: { name: string; description: string };
  clock: ClockState;
  random: RandomState;
  onPrem: OnPremOrganization;
  tenant: Tenant;
  dns: Dns;
  files: FilesState;
}
