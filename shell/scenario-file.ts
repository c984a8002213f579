/**
 * Loads a scenario file (JSON or YAML) by path and expands it into a world (Node only). `extends`
 * may name a built-in scenario or another scenario file, relative to the file that names it.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { World } from '../src/model/world';
import { WorldError } from '../src/model/messages';
import { expandScenario, getScenario, parseScenarioText, resolveExtends, validateScenario, type ScenarioSpec } from '../src/model/scenarios';

function readSpec(full: string): ScenarioSpec {
  let text: string;
  try {
    text = readFileSync(full, 'utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new WorldError('ScenarioFileUnreadable', [full, err.code ? `${err.code}: ${err.message.replace(/^[A-Z]+: /, '')}` : String(e)]);
  }
  const spec = parseScenarioText(text, full);
  try {
    validateScenario(spec);
  } catch (e) {
    if (e instanceof WorldError && e.id === 'ScenarioInvalid') throw new WorldError('ScenarioFileInvalid', [full, String(e.args[1])]);
    throw e;
  }
  return spec;
}

const looksLikePath = (ref: string) => /[\\/]|\.(json|ya?ml)$/i.test(ref);

export function loadScenarioFile(path: string, options: { seed?: number } = {}): World {
  const full = resolve(path);
  const fileOf = new Map<ScenarioSpec, string>();
  const spec = readSpec(full);
  fileOf.set(spec, full);
  const lookup = (ref: string, from: ScenarioSpec): ScenarioSpec => {
    if (!looksLikePath(ref)) return getScenario(ref);
    const target = resolve(dirname(fileOf.get(from) ?? full), ref);
    const base = readSpec(target);
    fileOf.set(base, target);
    return base;
  };
  try {
    return expandScenario(resolveExtends(spec, lookup), options);
  } catch (e) {
    if (e instanceof WorldError && e.id === 'ScenarioInvalid') throw new WorldError('ScenarioFileInvalid', [full, String(e.args[1])]);
    throw e;
  }
}
