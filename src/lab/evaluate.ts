/** Evaluating a check's expression: in a scratch session over a copy of the learner's world, so grading changes nothing. */
import type { Evaluate } from './grade';

/** What grading needs of a session: run a script and get its output objects. */
export interface ScratchSession {
  invoke(script: string): { output: unknown[] };
}

/**
 * True when the expression is true as `if (...)` reads it. Errors it raises (an object not found)
 * make it false, silently: the check's message says what is missing.
 */
export function sessionEvaluator(session: ScratchSession): Evaluate {
  session.invoke("$ErrorActionPreference = 'SilentlyContinue'; $WarningPreference = 'SilentlyContinue'; $ProgressPreference = 'SilentlyContinue'");
  return (expression) => {
    const r = session.invoke(`if (\n${expression}\n) { $true } else { $false }`);
    return r.output.length === 1 && r.output[0] === true;
  };
}
