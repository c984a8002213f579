/** The built-in scenarios, bundled as TS modules so they also work in a browser. */
import { WorldError } from '../messages';
import { CONTOSO } from './contoso';
import { VARIANTS } from './variants';
import type { ScenarioSpec } from './spec';

export const BUILT_IN: readonly ScenarioSpec[] = [CONTOSO, ...VARIANTS];

/** The built-in scenario's spec (a copy), or throws ScenarioNotFound. */
export function getScenario(name: string): ScenarioSpec {
  const spec = BUILT_IN.find((s) => s.name.toLowerCase() === name.trim().toLowerCase());
  if (!spec) throw new WorldError('ScenarioNotFound', [name, BUILT_IN.map((s) => s.name).join(', ')]);
  return JSON.parse(JSON.stringify(spec)) as ScenarioSpec;
}
