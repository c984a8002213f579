/**
 * The built-in labs as a registry: src/lab/builtins.ts registers the labs bundled as data (Node, the
 * library); the browser lab's worker, whose bundle leaves them out (scripts/build-web.mjs), registers
 * the labs its site was built with (labs.json), as the page hands them over. Validated on first use.
 */
import { validateLab } from './load';
import type { Lab } from './types';

/** name -> the lab's data and how errors name it. */
const SOURCES = new Map<string, { data: unknown; file: string }>();
const loaded = new Map<string, Lab>();

/** Adds labs by name; `fileOf` names each in validation errors. A name registered again is replaced. */
export function registerBuiltInLabs(sources: Record<string, unknown>, fileOf: (name: string) => string): void {
  for (const [name, data] of Object.entries(sources)) {
    SOURCES.set(name, { data, file: fileOf(name) });
    loaded.delete(name);
  }
}

export function builtInLabNames(): string[] {
  return [...SOURCES.keys()];
}

/** A built-in lab by name (case-insensitive), or undefined. */
export function getBuiltInLab(name: string): Lab | undefined {
  const key = [...SOURCES.keys()].find((k) => k.toLowerCase() === name.toLowerCase());
  if (!key) return undefined;
  let lab = loaded.get(key);
  if (!lab) {
    const { data, file } = SOURCES.get(key)!;
    lab = validateLab(data, file);
    loaded.set(key, lab);
  }
  return lab;
}

/**
 * The lab a world's progress is for: its own definition (a trainer's lab, validated), else the
 * built-in lab of that name (undefined when there is none). Throws LabError for a bad definition.
 */
export function labOfProgress(progress: { name: string; definition?: Record<string, unknown> }): Lab | undefined {
  if (progress.definition) return validateLab(progress.definition, 'the world (/world/lab/definition)');
  return getBuiltInLab(progress.name);
}
