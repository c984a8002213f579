/**
 * The whole simulated world as one plain, JSON-serialisable object: the on-premises Exchange
 * organization, the Microsoft 365 tenant, public DNS, the virtual file system, the virtual
 * clock and the seeded randomness. src/model knows nothing of the language or cmdlets.
 */
import type { OnPremOrganization } from './org';
import type { Tenant } from './tenant';
import type { Dns } from './dns';
import type { FilesState } from './files';
import type { MailLog } from './mail-log';

export type * from './org';
export type * from './tenant';
export type * from './dns';
export type * from './files';
export type * from './mail-log';

/**
 * Bumped when the persisted shape changes; files with a newer version are refused, older ones are
 * upgraded on load (world-upgrade.ts). 2: the DC's internal DNS zones and the mail log. 3: the lab in
 * progress. 4: passwords as scrypt hashes (an older SHA-256 hash wrapped in scrypt) and the world's
 * secret area.
 */
export const WORLD_SCHEMA_VERSION = 4;

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
  /** Messages sent in the world and where they went (message trace and tracking logs). */
  mail: MailLog;
  /** The lab in progress (Start-Lab), or null: its step, the steps skipped and the command lines typed since it started. */
  lab: LabProgress | null;
  /**
   * The world's secret area: the key that protects SecureStrings written without -Key
   * (ConvertFrom-SecureString, Export-Clixml `<SS>`), created on first use. Saved with the world, never
   * written into anything a script exports (docs/security.md).
   */
  secrets?: WorldSecrets;
}

export interface WorldSecrets {
  /** 32 random bytes, hex (AES-256-GCM key). */
  worldKey: string;
}

export interface LabProgress {
  /** The lab's name (Start-Lab <name>, exo-shell lab check <name>). */
  name: string;
  /** The current step, 0-based (the number of steps when every step is done). */
  stepIndex: number;
  /** Ids of the steps the learner skipped (Skip-LabStep ran their solution). */
  skipped: string[];
  /**
   * A lab of the trainer's own (Start-Lab -Path / -Definition): its definition travels with the world,
   * so later runs and `exo-shell lab check` grade it without the file. Absent for a built-in lab.
   */
  definition?: Record<string, unknown>;
  /** Ids of the steps Test-LabStep passed: a pass, once earned, is kept (a later change to the world does not undo it). */
  passed?: string[];
  /**
   * The command lines the learner ran while the lab was started; `at` is the virtual time (ms), `step`
   * the step the learner was on (a `ran` check counts the lines typed up to its own step).
   */
  history: { at: number; command: string; step?: number }[];
}
