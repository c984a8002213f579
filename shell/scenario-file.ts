/** Loads a scenario file (JSON or YAML) by path and expands it into a world (Node only). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { World } from '../src/model/world';
import { WorldError } from '../src/model/messages';
import { expandScenario, parseScenarioText, validateScenario } from '../src/model/scenarios';

export function loadScenarioFile(path: string, options: { seed?: number } = {}): World {
  const full = resolve(path);
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
    return expandScenario(spec, options);
  } catch (e) {
    if (e instanceof WorldError && e.id === 'ScenarioInvalid') throw new WorldError('ScenarioFileInvalid', [full, String(e.args[1])]);
    throw e;
  }
}
