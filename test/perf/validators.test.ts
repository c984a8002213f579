/**
 * The product's schema checks (src/schema/check.ts, which replaced ajv's generated validators) against
 * ajv compiled at run time, on hand-picked cases; test/schema/check.test.ts has the keyword tests and
 * the randomized comparison.
 */
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import schema from '../../src/engine/cmdlet-metadata.schema.json';
import { firstProblem, firstScenarioProblem, firstWorldProblem, type SchemaCheck } from '../../src/model/validate';
import { compileSchema } from '../../src/schema/check';
import { LAB_SCHEMA } from '../../src/lab/schema';
import { validateLab } from '../../src/lab/load';
import { WORLD_SCHEMA } from '../../src/model/world-schema';
import { SCENARIO_SCHEMA } from '../../src/model/scenarios/scenario-schema';
import { getScenario, loadScenario } from '../../src/model/scenarios';
import { getBuiltInLab } from '../../src/lab/builtins';

type Check = ((d: unknown) => boolean) & { errors?: { instancePath: string; message?: string }[] | null };

describe('cmdlet metadata check', () => {
  const runtime = new Ajv({ allErrors: true, strict: false }).compile(schema) as unknown as Check;
  const cases: [string, unknown][] = [
    ['valid', { name: 'Get-Thing', source: 'Test', parameters: [{ name: 'Identity', type: 'string', sets: { __AllParameterSets: { position: 0 } } }], help: { synopsis: 's' } }],
    ['bad name and empty alias', { name: 'GetThing', aliases: [''], source: 'Test', parameters: [], help: { synopsis: 's' } }],
    ['missing help, bad parameter', { name: 'Get-Thing', source: 'T', parameters: [{ name: '1x', type: '', sets: { A: { position: -1, extra: true } } }] }],
    ['ranges', { name: 'Get-Thing', source: 'T', parameters: [{ name: 'N', type: 'int', validateRange: [1], validateCount: [1, 2, 3] }], help: { synopsis: 's', examples: [{}] } }],
    ['surrogate pair counts as one character', { name: 'Get-Thing', aliases: ['\u{1F600}'], source: 'T', parameters: [], help: { synopsis: 's' } }],
  ];
  it.each(cases)('gives the run-time compile verdict and errors: %s', (_label, data) => {
    const check = compileSchema(schema, { allErrors: true }) as Check;
    const ok = check(data);
    expect(ok).toBe(runtime(data));
    const strip = (es: Check['errors']) => (es ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
    expect(strip(check.errors)).toEqual(strip(runtime.errors));
  });
});

describe('world, scenario and lab checks', () => {
  // What ajv's run-time compile (first error only) reports.
  const ajv = new Ajv({ allErrors: false, strict: false });
  const runtimeProblem = (s: object, data: unknown): string | null => firstProblem(ajv.compile(s) as unknown as SchemaCheck, data);
  const world = (): Record<string, any> => JSON.parse(JSON.stringify(loadScenario('contoso'))) as Record<string, any>;
  const worlds: [string, () => unknown][] = [
    ['valid', world],
    ['not an object', () => 3],
    ['unknown property', () => ({ ...world(), extra: 1 })],
    ['wrong type deep inside', () => { const w = world(); w.onPrem.mailboxes[0].alias = 5; return w; }],
    ['enum', () => { const w = world(); w.onPrem.mailboxes[0].recipientTypeDetails = 'Nope'; return w; }],
    ['missing property', () => { const w = world(); delete w.tenant; return w; }],
  ];
  it.each(worlds)('world: %s', (_label, make) => {
    const data = make();
    expect(firstWorldProblem(data)).toBe(runtimeProblem(WORLD_SCHEMA, data));
  });
  it.each(worlds.slice(1))('world problems are reported: %s', (_label, make) => {
    expect(firstWorldProblem(make())).not.toBeNull();
  });

  const spec = (): Record<string, any> => JSON.parse(JSON.stringify(getScenario('contoso'))) as Record<string, any>;
  const scenarios: [string, () => unknown][] = [
    ['valid', spec],
    ['unknown property', () => ({ ...spec(), extra: 1 })],
    ['missing name', () => { const s = spec(); delete s.name; return s; }],
    ['wrong type', () => ({ ...spec(), description: 4 })],
  ];
  it.each(scenarios)('scenario: %s', (_label, make) => {
    const data = make();
    expect(firstScenarioProblem(data)).toBe(runtimeProblem(SCENARIO_SCHEMA, data));
  });

  const lab = (): Record<string, any> => JSON.parse(JSON.stringify(getBuiltInLab('cutover-powershell'))) as Record<string, any>;
  const labs: [string, () => unknown][] = [
    ['valid', lab],
    ['bad name', () => ({ ...lab(), name: 'Bad Name' })],
    ['no steps', () => { const l = lab(); delete l.steps; return l; }],
    ['empty check message', () => { const l = lab(); l.steps[0].checks[0].message = ''; return l; }],
    ['negative weight', () => { const l = lab(); l.steps[0].weight = -1; return l; }],
  ];
  it.each(labs)('lab: %s', (_label, make) => {
    const data = make();
    const expected = runtimeProblem(LAB_SCHEMA, data);
    if (expected === null) expect(() => validateLab(data, 'lab.yaml')).not.toThrow();
    else expect(() => validateLab(data, 'lab.yaml')).toThrow(`The lab file 'lab.yaml' is invalid: ${expected}`);
  });
});
