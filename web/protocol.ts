/** The messages between the lab page (main.ts) and its worker (worker.ts). */

/** The lab the page plays: a built-in one by name, or a trainer's own definition (kept in the world). */
export interface LabEntry {
  name: string;
  title: string;
  builtIn: boolean;
  /** The lab file's content (validated by the worker, which owns the engine). */
  definition: LabDefinition;
}

/** What the page reads of a lab to show it (src/lab/types.ts). */
export interface LabDefinition {
  name: string;
  title: string;
  description?: string;
  scenario: string;
  steps: { id: string; title: string; instructions: string; hints?: string[]; checks: { weight?: number }[] }[];
}

export interface InitMessage {
  type: 'init';
  ring: SharedArrayBuffer;
  lab: LabEntry;
  /**
   * The built-in labs the site was built with (labs.json): the worker bundles none and registers these,
   * so Start-Lab -Name, Get-LabStep and the grading of a restored world find them.
   */
  builtIns: LabDefinition[];
  /** The world file saved in this browser (the same JSON as exo-shell -State), or null for a fresh lab. */
  saved: string | null;
  history: string[];
}

export interface ProgressInfo {
  stepIndex: number;
  passed: string[];
  skipped: string[];
}

export interface ClockInfo {
  /** Virtual now, ms since the epoch, at real time `at`. */
  now: number;
  speed: number;
  at: number;
}

export type WorkerMessage =
  | { type: 'out'; text: string }
  | { type: 'saved'; world: string; progress: ProgressInfo | null; clock: ClockInfo }
  | { type: 'history'; entry: string }
  | { type: 'prompt' }
  | { type: 'busy' }
  | { type: 'step'; index: number; status: 'PASS' | 'FAIL' | 'SKIPPED'; missing: string[] }
  | { type: 'fatal'; message: string };

/** Control frames the page sends through the ring (handled while the worker waits at the prompt). */
export type ControlFrame = { type: 'check'; step: number } | { type: 'skip' };
