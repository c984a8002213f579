/**
 * Schema validation with ajv, each schema compiled once on first use. Reports the first problem
 * as `<json pointer> <message>` (e.g. `/onPrem/mailboxes/3/alias must be string`).
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { WORLD_SCHEMA } from './world-schema';

const ajv = new Ajv({ allErrors: false, strict: false });
const compiled = new Map<object, ValidateFunction>();

function validator(schema: object): ValidateFunction {
  let v = compiled.get(schema);
  if (!v) {
    v = ajv.compile(schema);
    compiled.set(schema, v);
  }
  return v;
}

export function describeSchemaError(e: ErrorObject): string {
  const where = e.instancePath === '' ? '(root)' : e.instancePath;
  let detail = e.message ?? 'is invalid';
  if (e.keyword === 'additionalProperties') detail += ` '${(e.params as { additionalProperty: string }).additionalProperty}'`;
  if (e.keyword === 'enum') detail += `: ${(e.params as { allowedValues: unknown[] }).allowedValues.map((x) => JSON.stringify(x)).join(', ')}`;
  return `${where} ${detail}`;
}

/** Null when valid, else the first problem. */
export function firstSchemaProblem(schema: object, data: unknown): string | null {
  const v = validator(schema);
  if (v(data)) return null;
  const e = v.errors?.[0];
  return e ? describeSchemaError(e) : 'is invalid';
}

export function firstWorldProblem(data: unknown): string | null {
  return firstSchemaProblem(WORLD_SCHEMA, data);
}
