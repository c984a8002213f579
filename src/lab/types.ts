/** A lab: a scenario, an optional setup script and steps, each with instructions, hints and checks (docs/lab.schema.json). */

/** A PowerShell expression evaluated in the learner's world: the check passes when it is true as `if (...)` reads it. */
export interface ExpressionCheck {
  expression: string;
  /** Shown when the check fails (what is missing). */
  message: string;
  /** Share of the step's score (default 1). */
  weight?: number;
}

/** A pattern (a regular expression, case-insensitive) over the command lines the learner typed during the lab. */
export interface RanCheck {
  ran: string;
  message: string;
  weight?: number;
}

export type LabCheck = ExpressionCheck | RanCheck;

export interface LabStep {
  id: string;
  title: string;
  /** Markdown. */
  instructions: string;
  hints?: string[];
  /** What Skip-LabStep runs for the learner. */
  solution?: string;
  checks: LabCheck[];
}

export interface Lab {
  name: string;
  title: string;
  /** A built-in scenario the lab's world starts from. */
  scenario: string;
  description?: string;
  /** Run after the scenario is loaded, before the first step. */
  setup?: string;
  steps: LabStep[];
}

/** The lab in progress, kept in the world (so -State keeps it). */
export type { LabProgress } from '../model/world';
