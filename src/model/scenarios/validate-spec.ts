/** Scenario validation against the published schema (ajv, compiled once). */
import { WorldError } from '../messages';
import { firstSchemaProblem } from '../validate';
import { SCENARIO_SCHEMA } from './scenario-schema';
import type { ScenarioSpec } from './spec';

/** Validates a scenario object; throws ScenarioInvalid naming the first problem. */
export function validateScenario(spec: unknown): asserts spec is ScenarioSpec {
  const problem = firstSchemaProblem(SCENARIO_SCHEMA, spec);
  if (problem) {
    const name = typeof spec === 'object' && spec && typeof (spec as { name?: unknown }).name === 'string' ? (spec as { name: string }).name : '(unnamed)';
    throw new WorldError('ScenarioInvalid', [name, problem]);
  }
}

