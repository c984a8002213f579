/**
 * Grading: each step's checks against the learner's world (expressions) and typed command lines
 * (`ran` patterns). A step passes when all its checks pass; a skipped step is SKIPPED; the score
 * adds the weights of the checks that pass in steps not skipped. A step Test-LabStep passed stays passed
 * (its checks may look at a world the later steps change: the batch a later step removes).
 */
import type { Lab, LabCheck, LabProgress, LabStep } from './types';

/** Evaluates a check's expression in the learner's world: true, false, or what went wrong. */
export type Evaluate = (expression: string) => boolean;

export interface CheckResult {
  check: LabCheck;
  passed: boolean;
}

export interface StepGrade {
  step: LabStep;
  index: number;
  status: 'PASS' | 'FAIL' | 'SKIPPED';
  /** The messages of the checks that failed, in order. */
  missing: string[];
  score: number;
  weight: number;
}

export interface LabGrade {
  lab: Lab;
  steps: StepGrade[];
  score: number;
  total: number;
  passed: number;
  /** Steps not passed (failed or skipped). */
  failed: number;
}

const weightOf = (c: LabCheck): number => c.weight ?? 1;

function checkPasses(check: LabCheck, index: number, progress: LabProgress, evaluate: Evaluate): boolean {
  if ('ran' in check) {
    // Scoped to the step: the lines typed up to it (and before any Test-LabStep, all of them: a script run in one go).
    const re = new RegExp(check.ran, 'i');
    return progress.history.some((h) => (h.step ?? 0) <= index && re.test(h.command));
  }
  return evaluate(check.expression);
}

export function gradeStep(lab: Lab, index: number, progress: LabProgress, evaluate: Evaluate): StepGrade {
  const step = lab.steps[index]!;
  const weight = step.checks.reduce((n, c) => n + weightOf(c), 0);
  if (progress.skipped.includes(step.id)) return { step, index, status: 'SKIPPED', missing: [], score: 0, weight };
  if (progress.passed?.includes(step.id)) return { step, index, status: 'PASS', missing: [], score: weight, weight };
  const results = step.checks.map((check) => ({ check, passed: checkPasses(check, index, progress, evaluate) }));
  const missing = results.filter((r) => !r.passed).map((r) => r.check.message);
  const score = results.filter((r) => r.passed).reduce((n, r) => n + weightOf(r.check), 0);
  return { step, index, status: missing.length ? 'FAIL' : 'PASS', missing, score, weight };
}

export function gradeLab(lab: Lab, progress: LabProgress, evaluate: Evaluate): LabGrade {
  const steps = lab.steps.map((_, i) => gradeStep(lab, i, progress, evaluate));
  const passed = steps.filter((s) => s.status === 'PASS').length;
  return {
    lab,
    steps,
    score: steps.reduce((n, s) => n + s.score, 0),
    total: steps.reduce((n, s) => n + s.weight, 0),
    passed,
    failed: steps.length - passed,
  };
}

/** One line per step, the score, and `N passed, N failed` (what exo-shell lab check prints). */
export function gradeReport(grade: LabGrade): string {
  const lines = grade.steps.map((s) => `${s.index + 1}. ${s.step.title}: ${s.status === 'FAIL' ? `FAIL: ${s.missing[0]}` : s.status}`);
  const pct = grade.total ? Math.round((grade.score / grade.total) * 100) : 0;
  lines.push(`score: ${round(grade.score)}/${round(grade.total)} (${pct}%)`);
  lines.push(`${grade.passed} passed, ${grade.failed} failed`);
  return lines.join('\n') + '\n';
}

const round = (n: number): string => String(Math.round(n * 100) / 100);
