/**
 * Schema validation with validators compiled ahead of time by ajv (scripts/gen-validators.mjs), so
 * that ajv is neither run nor bundled. Reports the first problem as `<json pointer> <message>`
 * (e.g. `/onPrem/mailboxes/3/alias must be string`).
 */
import validateWorld from './world.validate';
import validateScenarioSpec from './scenarios/scenario.validate';

/** The part of an ajv error object read here. */
export interface SchemaError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** A generated validator's shape (ajv's ValidateFunction, reduced to what is read here). */
export type SchemaCheck = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };

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
  return firstProblem(validateWorld as SchemaCheck, data);
}

/** Null when `data` is a valid scenario spec (SCENARIO_SCHEMA), else the first problem. */
export function firstScenarioProblem(data: unknown): string | null {
  return firstProblem(validateScenarioSpec as SchemaCheck, data);
}
