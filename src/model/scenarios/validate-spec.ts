/** Scenario validation against the published schema (SCENARIO_SCHEMA, checked by src/schema/check.ts). */
import { WorldError } from '../messages';
import { firstScenarioProblem } from '../validate';
import type { ScenarioSpec } from './spec';

/** Validates a scenario object; throws ScenarioInvalid naming the first problem. */
export function validateScenario(spec: unknown): asserts spec is ScenarioSpec {
  const problem = firstScenarioProblem(spec);
  if (problem) {
    const name = typeof spec === 'object' && spec && typeof (spec as { name?: unknown }).name === 'string' ? (spec as { name: string }).name : '(unnamed)';
    throw new WorldError('ScenarioInvalid', [name, problem]);
  }
}

