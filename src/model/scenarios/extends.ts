/** Scenario inheritance: `extends` names a base scenario; objects merge, arrays and scalars replace. */
import { WorldError } from '../messages';
import { validateScenario } from './validate-spec';
import type { ScenarioSpec } from './spec';

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Objects merge key by key; anything else in `over` replaces what `base` has. */
export function mergeScenario(base: unknown, over: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(over)) return over === undefined ? base : over;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = mergeScenario(base[k], v);
  return out;
}

/**
 * Follows `extends` (up to 8 levels): `lookup` finds the base by the name given (built-ins here; the
 * shell's file loader also accepts paths). The result has no `extends` and is validated again
 * (unless `validate` is false: built-ins, whose merges the scenario tests check).
 */
export function resolveExtends(spec: ScenarioSpec, lookup: (ref: string, from: ScenarioSpec) => ScenarioSpec, depth = 0, validate = true): ScenarioSpec {
  if (spec.extends === undefined) return spec;
  if (depth >= 8) throw new WorldError('ScenarioInvalid', [spec.name, `"extends" is nested more than 8 levels deep`]);
  const base = resolveExtends(lookup(spec.extends, spec), lookup, depth + 1, validate);
  const { extends: _ignored, ...own } = spec;
  const merged = mergeScenario(base, own) as ScenarioSpec;
  if (validate) validateScenario(merged);
  return merged;
}
