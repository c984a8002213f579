/**
 * Reading a lab: the schema (LAB_SCHEMA, checked by src/schema/check.ts), then what the schema cannot say: every check, solution and setup
 * script parses, every `ran` pattern is a regular expression, step ids are unique, the scenario exists.
 * Each problem names the file and the JSON path (`/steps/2/checks/0/expression`).
 */
import { parse as parseYaml } from 'yaml';
import { parse } from '../language/parser';
import { firstProblem } from '../model/validate';
import { compileSchema } from '../schema/check';
import { listScenarios } from '../model/scenarios';
import { LAB_SCHEMA } from './schema';
import type { Lab } from './types';

/** A lab file (or a state file given for a lab) that cannot be used; the message names the file and the place. */
export class LabError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LabError';
  }
}

/** Compiled on first use. */
const validateLabSchema = compileSchema(LAB_SCHEMA);

function problem(file: string, where: string): LabError {
  return new LabError(`The lab file '${file}' is invalid: ${where}`);
}

function parseProblem(source: string): string | null {
  const e = parse(source).errors[0];
  return e ? `does not parse: ${e.message} (line ${e.line}, column ${e.column})` : null;
}

/** Validates a parsed lab object; `file` names it in errors. */
export function validateLab(data: unknown, file: string): Lab {
  const schemaProblem = firstProblem(validateLabSchema, data);
  if (schemaProblem) throw problem(file, schemaProblem);
  const lab = data as Lab;
  if (!listScenarios().some((s) => s.name === lab.scenario)) throw problem(file, `/scenario names no built-in scenario: '${lab.scenario}' (Get-LabScenario lists them)`);
  if (lab.setup !== undefined) {
    const p = parseProblem(lab.setup);
    if (p) throw problem(file, `/setup ${p}`);
  }
  const ids = new Set<string>();
  lab.steps.forEach((step, i) => {
    if (ids.has(step.id)) throw problem(file, `/steps/${i}/id '${step.id}' is used by an earlier step`);
    ids.add(step.id);
    if (step.solution !== undefined) {
      const p = parseProblem(step.solution);
      if (p) throw problem(file, `/steps/${i}/solution ${p}`);
    }
    step.checks.forEach((check, j) => {
      if ('ran' in check) {
        try {
          new RegExp(check.ran, 'i');
        } catch (e) {
          throw problem(file, `/steps/${i}/checks/${j}/ran is not a regular expression: ${(e as Error).message}`);
        }
      } else {
        const p = parseProblem(check.expression);
        if (p) throw problem(file, `/steps/${i}/checks/${j}/expression ${p}`);
      }
    });
  });
  return lab;
}

/** Reads a lab from its text: JSON, or YAML when the file name says so. */
export function parseLabText(text: string, file: string): Lab {
  let data: unknown;
  try {
    data = /\.ya?ml$/i.test(file) ? parseYaml(text) : JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    // The browser lab's worker has no YAML parser (web/no-yaml.ts): say so rather than "not valid YAML".
    if ((e as Error).name === 'YamlUnavailableError') throw new LabError(`The lab file '${file}' cannot be read here: ${(e as Error).message}`);
    throw new LabError(`The lab file '${file}' is not valid ${/\.ya?ml$/i.test(file) ? 'YAML' : 'JSON'}: ${(e as Error).message}`);
  }
  return validateLab(data, file);
}
