/**
 * Stands in for the 'yaml' package in the lab worker (scripts/build-web.mjs aliases it): the worker
 * never reads YAML, since `exo-shell lab build` writes the labs as JSON (labs.json), and leaving the
 * parser out keeps ~30 kB (gzipped) off the page. A learner's YAML text (Start-Lab -Definition, a
 * .yaml file in the virtual file system) gets this error; JSON works.
 */
export class YamlUnavailableError extends Error {
  constructor() {
    super('YAML is read by exo-shell; in the browser labs come as JSON.');
    this.name = 'YamlUnavailableError';
  }
}

export function parse(_text: string): never {
  throw new YamlUnavailableError();
}
