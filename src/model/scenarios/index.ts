/**
 * Built-in scenarios and the pure scenario API: list, describe, load (by name or object), parse
 * scenario text (JSON or YAML). Bundled as TS modules so they also work in a browser.
 */
import { parse as parseYaml } from 'yaml';
import type { World } from '../world';
import { WorldError } from '../messages';
import { BUILT_IN, getScenario } from './builtins';
import { expandBuiltIn, expandScenario, validateScenario, type ExpandOptions } from './expand';
export { getScenario } from './builtins';
export { mergeScenario, resolveExtends } from './extends';
import type { ScenarioSpec } from './spec';

export type { ScenarioSpec } from './spec';
export { expandScenario, validateScenario, DEFAULT_SEED, DEFAULT_START } from './expand';
export { SCENARIO_SCHEMA } from './scenario-schema';

export const DEFAULT_SCENARIO = 'contoso';


export interface ScenarioInfo {
  name: string;
  description: string;
}

export interface ScenarioDescription extends ScenarioInfo {
  exchangeVersion: number;
  domain: string;
  tenantDomain: string;
  mailboxes: number;
  groups: number;
  contacts: number;
  seed: number | null;
}

export function listScenarios(): ScenarioInfo[] {
  return BUILT_IN.map((s) => ({ name: s.name, description: s.description ?? '' }));
}


export function describeScenario(name: string): ScenarioDescription {
  const spec = getScenario(name);
  let mailboxes = 0;
  for (const m of spec.onPrem?.mailboxes ?? []) mailboxes += 'generate' in m ? m.generate.count : 1;
  return {
    name: spec.name,
    description: spec.description ?? '',
    exchangeVersion: spec.onPrem?.version ?? 2010,
    domain: spec.onPrem?.domain ?? 'contoso.com',
    tenantDomain: spec.tenant?.initialDomain ?? `${(spec.tenant?.name ?? 'contoso').toLowerCase()}.onmicrosoft.com`,
    mailboxes,
    groups: spec.onPrem?.groups?.length ?? 0,
    contacts: spec.onPrem?.contacts?.length ?? 0,
    seed: spec.seed ?? null,
  };
}

/** Builds a world from a built-in scenario's name or a scenario object (validated first). */
export function loadScenario(nameOrSpec: string | ScenarioSpec | unknown = DEFAULT_SCENARIO, options: ExpandOptions = {}): World {
  if (typeof nameOrSpec === 'string') return expandBuiltIn(nameOrSpec, options);
  const spec = nameOrSpec;
  validateScenario(spec);
  return expandScenario(spec, options);
}

/**
 * Parses scenario text: JSON when it starts with `{`, YAML otherwise. `source` names the file in
 * errors. Throws ScenarioFileSyntax on a syntax error; the result still needs validation.
 */
export function parseScenarioText(text: string, source: string): unknown {
  const body = text.replace(/^\uFEFF/, '');
  try {
    return body.trimStart().startsWith('{') ? JSON.parse(body) : parseYaml(body);
  } catch (e) {
    throw new WorldError('ScenarioFileSyntax', [source, e instanceof Error ? e.message.split('\n')[0]! : String(e)]);
  }
}
