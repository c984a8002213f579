/**
 * Schema validation by src/schema/check.ts (ajv's verdicts and error texts, without ajv: issue 18).
 * Reports the first problem as `<json pointer> <message>` (e.g. `/onPrem/mailboxes/3/alias must be string`).
 */
import { compileSchema, type SchemaCheck, type SchemaError } from '../schema/check';
import { WORLD_SCHEMA } from './world-schema';
import { SCENARIO_SCHEMA } from './scenarios/scenario-schema';

export type { SchemaCheck, SchemaError };

/** Compiled on first use. */
const validateWorld = compileSchema(WORLD_SCHEMA);
const validateScenarioSpec = compileSchema(SCENARIO_SCHEMA);

export function describeSchemaError(e: SchemaError): string {
  const where = e.instancePath === '' ? '(root)' : e.instancePath;
  let detail = e.message ?? 'is invalid';
  if (e.keyword === 'additionalProperties') detail += ` '${(e.params as { additionalProperty: string }).additionalProperty}'`;
  if (e.keyword === 'enum') detail += `: ${(e.params as { allowedValues: unknown[] }).allowedValues.map((x) => JSON.stringify(x)).join(', ')}`;
  return `${where} ${detail}`;
}

/** Null when `check` accepts `data`, else the first problem. */
export function firstProblem(check: SchemaCheck, data: unknown): string | null {
  if (check(data)) return null;
  const e = check.errors?.[0];
  return e ? describeSchemaError(e) : 'is invalid';
}

/** Null when `data` is a valid persisted world (WORLD_SCHEMA), else the first problem. */
export function firstWorldProblem(data: unknown): string | null {
  return firstProblem(validateWorld, data);
}

/** Null when `data` is a valid scenario spec (SCENARIO_SCHEMA), else the first problem. */
export function firstScenarioProblem(data: unknown): string | null {
  return firstProblem(validateScenarioSpec, data);
}
