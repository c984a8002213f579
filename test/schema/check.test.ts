/**
 * src/schema/check.ts: each keyword's verdicts and error objects, ajv's order of evaluation, and a
 * seeded randomized comparison with ajv (compiled here with the options the product used) on mutated
 * worlds, scenario specs, labs and cmdlet metadata.
 */
import { readFileSync } from 'node:fs';
import Ajv, { type ValidateFunction } from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileSchema, type SchemaCheck, type SchemaError } from '../../src/schema/check';
import metadataSchema from '../../src/engine/cmdlet-metadata.schema.json';
import { WORLD_SCHEMA } from '../../src/model/world-schema';
import { SCENARIO_SCHEMA } from '../../src/model/scenarios/scenario-schema';
import { LAB_SCHEMA } from '../../src/lab/schema';
import { getScenario, listScenarios, loadScenario } from '../../src/model/scenarios';
import { builtInLabNames, getBuiltInLab } from '../../src/lab/builtins';
import { coreCmdlets } from '../../cmdlets/core/engine-core';
import { exchangeCmdlets } from '../../cmdlets';

const ajvs = { false: new Ajv({ allErrors: false, strict: false }), true: new Ajv({ allErrors: true, strict: false }) };
const ajvCheck = (schema: object, allErrors: boolean): ValidateFunction => ajvs[`${allErrors}`].compile(schema);

type Case = [label: string, schema: object, data: unknown, errors: SchemaError[] | null, allErrors?: boolean];
const err = (instancePath: string, schemaPath: string, keyword: string, params: Record<string, unknown>, message: string): SchemaError => ({
  instancePath,
  schemaPath,
  keyword,
  params,
  message,
});

const obj = { type: 'object', properties: { a: { type: 'string' }, b: { type: 'integer' } }, required: ['a'], additionalProperties: false };
const ref = {
  definitions: {
    leaf: { type: 'string', minLength: 1 },
    node: { type: 'object', properties: { leaf: { $ref: '#/definitions/leaf' } }, additionalProperties: false },
  },
  type: 'array',
  items: { $ref: '#/definitions/node' },
};
const tree = { type: 'object', properties: { child: { $ref: '#' }, n: { type: 'number' } }, additionalProperties: false };
const ifThen = {
  type: 'object',
  if: { type: 'object', required: ['ran'] },
  then: { properties: { ran: { type: 'string' } } },
  else: { required: ['expression'] },
};

const CASES: Case[] = [
  ['type: pass', { type: 'string' }, 'x', null],
  ['type: string', { type: 'string' }, 1, [err('', '#/type', 'type', { type: 'string' }, 'must be string')]],
  ['type: integer', { type: 'integer' }, 1.5, [err('', '#/type', 'type', { type: 'integer' }, 'must be integer')]],
  ['type: integer pass', { type: 'integer' }, 3, null],
  ['type: number', { type: 'number' }, '1', [err('', '#/type', 'type', { type: 'number' }, 'must be number')]],
  ['type: boolean', { type: 'boolean' }, 0, [err('', '#/type', 'type', { type: 'boolean' }, 'must be boolean')]],
  ['type: null', { type: 'null' }, undefined, [err('', '#/type', 'type', { type: 'null' }, 'must be null')]],
  ['type: an array is no object', { type: 'object' }, [], [err('', '#/type', 'type', { type: 'object' }, 'must be object')]],
  ['type: null is no object', { type: 'object' }, null, [err('', '#/type', 'type', { type: 'object' }, 'must be object')]],
  ['type: array', { type: 'array' }, {}, [err('', '#/type', 'type', { type: 'array' }, 'must be array')]],
  ['type: a list', { type: ['string', 'null'] }, 2, [err('', '#/type', 'type', { type: ['string', 'null'] }, 'must be string,null')]],
  ['type: a list, pass', { type: ['string', 'number'] }, 2, null],
  ['properties: the path', obj, { a: 1 }, [err('/a', '#/properties/a/type', 'type', { type: 'string' }, 'must be string')]],
  ['properties: undefined is absent', obj, { a: 'x', b: undefined }, null],
  ['properties: escaped names', { properties: { 'a/b~c d': { type: 'string' } } }, { 'a/b~c d': 1 }, [err('/a~1b~0c d', '#/properties/a~1b~0c%20d/type', 'type', { type: 'string' }, 'must be string')]],
  ['required', obj, {}, [err('', '#/required', 'required', { missingProperty: 'a' }, "must have required property 'a'")]],
  ['required: every one with allErrors', { required: ['a', 'b', 'c'] }, { b: 1 }, [err('', '#/required', 'required', { missingProperty: 'a' }, "must have required property 'a'"), err('', '#/required', 'required', { missingProperty: 'c' }, "must have required property 'c'")], true],
  ['additionalProperties: false', obj, { a: 'x', z: 1 }, [err('', '#/additionalProperties', 'additionalProperties', { additionalProperty: 'z' }, 'must NOT have additional properties')]],
  ['additionalProperties: a schema', { additionalProperties: { type: 'integer' } }, { 'x/y': 'no' }, [err('/x~1y', '#/additionalProperties/type', 'type', { type: 'integer' }, 'must be integer')]],
  ['additionalProperties: every one with allErrors', obj, { a: 'x', y: 1, z: 2 }, [err('', '#/additionalProperties', 'additionalProperties', { additionalProperty: 'y' }, 'must NOT have additional properties'), err('', '#/additionalProperties', 'additionalProperties', { additionalProperty: 'z' }, 'must NOT have additional properties')], true],
  ['minimum', { minimum: 0 }, -1, [err('', '#/minimum', 'minimum', { comparison: '>=', limit: 0 }, 'must be >= 0')]],
  ['minimum: pass', { minimum: 0 }, 0, null],
  ['minimum: NaN fails', { minimum: 0 }, NaN, [err('', '#/minimum', 'minimum', { comparison: '>=', limit: 0 }, 'must be >= 0')]],
  ['minimum: only numbers', { minimum: 0 }, '-1', null],
  ['maximum', { maximum: 16 }, 17, [err('', '#/maximum', 'maximum', { comparison: '<=', limit: 16 }, 'must be <= 16')]],
  ['exclusiveMinimum', { exclusiveMinimum: 0 }, 0, [err('', '#/exclusiveMinimum', 'exclusiveMinimum', { comparison: '>', limit: 0 }, 'must be > 0')]],
  ['exclusiveMinimum: pass', { exclusiveMinimum: 0 }, 0.1, null],
  ['exclusiveMaximum', { exclusiveMaximum: 1 }, 1, [err('', '#/exclusiveMaximum', 'exclusiveMaximum', { comparison: '<', limit: 1 }, 'must be < 1')]],
  ['enum', { enum: ['a', 2] }, 'b', [err('', '#/enum', 'enum', { allowedValues: ['a', 2] }, 'must be equal to one of the allowed values')]],
  ['enum: pass', { enum: ['a', 2] }, 2, null],
  ['const', { const: 'a' }, 'b', [err('', '#/const', 'const', { allowedValue: 'a' }, 'must be equal to constant')]],
  ['const: pass', { const: 'a' }, 'a', null],
  ['minLength', { minLength: 1 }, '', [err('', '#/minLength', 'minLength', { limit: 1 }, 'must NOT have fewer than 1 characters')]],
  ['minLength: a surrogate pair is one character', { minLength: 2 }, '\u{1F600}', [err('', '#/minLength', 'minLength', { limit: 2 }, 'must NOT have fewer than 2 characters')]],
  ['maxLength: a surrogate pair is one character', { maxLength: 1 }, '\u{1F600}', null],
  ['maxLength: lone surrogates count', { maxLength: 1 }, '\ud800\ud800', [err('', '#/maxLength', 'maxLength', { limit: 1 }, 'must NOT have more than 1 characters')]],
  ['pattern', { pattern: '^[a-z]+$' }, 'A', [err('', '#/pattern', 'pattern', { pattern: '^[a-z]+$' }, 'must match pattern "^[a-z]+$"')]],
  ['pattern: unicode', { pattern: '^.$' }, '\u{1F600}', null],
  ['pattern: only strings', { pattern: '^[a-z]+$' }, 5, null],
  ['minItems', { minItems: 2 }, [1], [err('', '#/minItems', 'minItems', { limit: 2 }, 'must NOT have fewer than 2 items')]],
  ['maxItems', { maxItems: 2 }, [1, 2, 3], [err('', '#/maxItems', 'maxItems', { limit: 2 }, 'must NOT have more than 2 items')]],
  ['items', { items: { type: 'string' } }, ['a', 1, 2], [err('/1', '#/items/type', 'type', { type: 'string' }, 'must be string')]],
  ['items: every one with allErrors', { items: { type: 'string' } }, ['a', 1, 2], [err('/1', '#/items/type', 'type', { type: 'string' }, 'must be string'), err('/2', '#/items/type', 'type', { type: 'string' }, 'must be string')], true],
  ['anyOf: pass', { anyOf: [{ type: 'string' }, { type: 'null' }] }, null, null],
  ['anyOf: the branches, then anyOf', { anyOf: [{ type: 'string' }, { type: 'null' }] }, 1, [
    err('', '#/anyOf/0/type', 'type', { type: 'string' }, 'must be string'),
    err('', '#/anyOf/1/type', 'type', { type: 'null' }, 'must be null'),
    err('', '#/anyOf', 'anyOf', {}, 'must match a schema in anyOf'),
  ]],
  ['anyOf: a failed type check lets enum run (composite rule)', { anyOf: [{ type: 'string', enum: ['a'] }, { type: 'null' }] }, 1, [
    err('', '#/anyOf/0/type', 'type', { type: 'string' }, 'must be string'),
    err('', '#/anyOf/0/enum', 'enum', { allowedValues: ['a'] }, 'must be equal to one of the allowed values'),
    err('', '#/anyOf/1/type', 'type', { type: 'null' }, 'must be null'),
    err('', '#/anyOf', 'anyOf', {}, 'must match a schema in anyOf'),
  ]],
  ['anyOf: an always valid branch', { anyOf: [{ type: 'string' }, { description: 'anything' }] }, 1, null],
  ['if/then: the branch error only (first error)', ifThen, { ran: 1 }, [err('/ran', '#/then/properties/ran/type', 'type', { type: 'string' }, 'must be string')]],
  ['if/else: with allErrors, then "must match"', ifThen, {}, [
    err('', '#/else/required', 'required', { missingProperty: 'expression' }, "must have required property 'expression'"),
    err('', '#/if', 'if', { failingKeyword: 'else' }, 'must match "else" schema'),
  ], true],
  ['if/then: in anyOf, then "must match"', { anyOf: [ifThen] }, { ran: 1 }, [
    err('/ran', '#/anyOf/0/then/properties/ran/type', 'type', { type: 'string' }, 'must be string'),
    err('', '#/anyOf/0/if', 'if', { failingKeyword: 'then' }, 'must match "then" schema'),
    err('', '#/anyOf', 'anyOf', {}, 'must match a schema in anyOf'),
  ]],
  ['if/else: pass', ifThen, { expression: 'x' }, null],
  ['$ref: in place, the path from the reference', ref, [{ leaf: '' }], [err('/0/leaf', '#/definitions/leaf/minLength', 'minLength', { limit: 1 }, 'must NOT have fewer than 1 characters')]],
  ['$ref: a function, the path from its root', ref, [{ leaf: 'x', z: 1 }], [err('/0', '#/additionalProperties', 'additionalProperties', { additionalProperty: 'z' }, 'must NOT have additional properties')]],
  ['$ref: #', tree, { child: { child: { n: 'x' } } }, [err('/child/child/n', '#/properties/n/type', 'type', { type: 'number' }, 'must be number')]],
  ['$ref: a function in a composite rule stops at its first error', {
    definitions: { f: { type: 'string', enum: ['a'], properties: { r: { $ref: '#/definitions/f' } } } },
    anyOf: [{ $ref: '#/definitions/f' }, { type: 'null' }],
  }, 1, [
    err('', '#/type', 'type', { type: 'string' }, 'must be string'),
    err('', '#/anyOf/1/type', 'type', { type: 'null' }, 'must be null'),
    err('', '#/anyOf', 'anyOf', {}, 'must match a schema in anyOf'),
  ]],
  ['$ref: a function failing in then, then "must match" (first errors)', {
    definitions: { s: { type: 'object', properties: { x: { $ref: '#/definitions/leaf' }, s: { $ref: '#/definitions/s' } } }, leaf: { type: 'string' } },
    if: { required: ['a'] },
    then: { $ref: '#/definitions/s' },
  }, { a: 1, x: 5 }, [
    err('/x', '#/definitions/leaf/type', 'type', { type: 'string' }, 'must be string'),
    err('', '#/if', 'if', { failingKeyword: 'then' }, 'must match "then" schema'),
  ]],
  ['order: type first without keywords of its type', { type: 'string', enum: ['a'] }, 1, [err('', '#/type', 'type', { type: 'string' }, 'must be string')]],
  ['order: keywords of any type before the type of a group', { type: 'object', properties: { a: {} }, enum: [1] }, 'x', [err('', '#/enum', 'enum', { allowedValues: [1] }, 'must be equal to one of the allowed values')]],
  ['order: required before additionalProperties', obj, { z: 1 }, [err('', '#/required', 'required', { missingProperty: 'a' }, "must have required property 'a'")]],
  ['order: additionalProperties before properties', obj, { a: 1, z: 1 }, [err('', '#/additionalProperties', 'additionalProperties', { additionalProperty: 'z' }, 'must NOT have additional properties')]],
  ['order: allErrors', obj, { a: 1, z: 1, b: 'x' }, [
    err('', '#/additionalProperties', 'additionalProperties', { additionalProperty: 'z' }, 'must NOT have additional properties'),
    err('/a', '#/properties/a/type', 'type', { type: 'string' }, 'must be string'),
    err('/b', '#/properties/b/type', 'type', { type: 'integer' }, 'must be integer'),
  ], true],
  ['annotations', { $schema: 'http://json-schema.org/draft-07/schema#', $id: 'https://x/y.json', title: 't', description: 'd', $defs: {}, type: 'string' }, 'x', null],
];

describe('keywords', () => {
  it.each(CASES)('%s', (_label, schema, data, errors, allErrors = false) => {
    const check = compileSchema(schema, { allErrors });
    expect(check(data)).toBe(errors === null);
    expect(check.errors ?? null).toStrictEqual(errors);
    const ajv = ajvCheck(schema, allErrors);
    expect(ajv(data)).toBe(errors === null);
    expect(ajv.errors ?? null).toStrictEqual(errors);
  });

  it.each<[string, object]>([
    ['an unknown keyword', { type: 'string', format: 'email' }],
    ['a keyword in a subschema', { properties: { a: { oneOf: [] } } }],
    ['a keyword in a never used definition', { definitions: { x: { uniqueItems: true } } }],
    ['a boolean schema', { items: false }],
    ['an outside $ref', { $ref: 'other.json#/x' }],
    ['a $ref to nothing', { $ref: '#/definitions/none' }],
    ['an $id below the root', { properties: { a: { $id: 'x', type: 'string' } } }],
    ['tuple items', { items: [{ type: 'string' }] }],
  ])('throws when it is first used on a schema with %s', (_label, schema) => {
    const check = compileSchema(schema);
    expect(() => check(1)).toThrow(/JSON Schema at #/);
  });

  it('is a leaf: imports nothing (browser-safe)', () => {
    const source = readFileSync(new URL('../../src/schema/check.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/^\s*(import|export .* from)\b|\brequire\(/m);
  });

  it('compiles once, on first use', () => {
    const schema = { type: 'object', properties: { a: { type: 'string' } } };
    const check = compileSchema(schema);
    expect(check({ a: 'x' })).toBe(true);
    expect(check.errors).toBeNull();
    (schema.properties.a as Record<string, unknown>).type = 'number';
    expect(check({ a: 'x' })).toBe(true);
    expect(check({ a: 1 })).toBe(false);
    expect(check.errors).toHaveLength(1);
  });
});

// ---- randomized comparison with ajv -----------------------------------------------------------------

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** Every property name a schema declares or requires (to add known properties as well as unknown ones). */
function schemaNames(schema: unknown, out = new Set<string>()): string[] {
  if (Array.isArray(schema)) schema.forEach((s) => schemaNames(s, out));
  else if (schema && typeof schema === 'object') {
    for (const [k, v] of Object.entries(schema)) {
      if (k === 'properties' && v && typeof v === 'object') Object.keys(v).forEach((n) => out.add(n));
      if (k === 'required' && Array.isArray(v)) v.forEach((n) => out.add(String(n)));
      schemaNames(v, out);
    }
  }
  return [...out];
}

const VALUES: unknown[] = [
  null, true, false, 0, -1, 1, 2, 1.5, -0.5, 3600, 65535, 65536, 2 ** 31, 4294967295, 4294967296, 1e21, NaN, Infinity, -Infinity,
  '', 'x', 'Bad Name', 'good-name', 'Get-Thing', 'Get Thing', '1x', 'a@b', 'a @b', 'x.onmicrosoft.com', 'deadbeef', 'f'.repeat(64), 'F'.repeat(64),
  '2025-01-06T09:00:00Z', '2025-01-06', 'MX x', 'US', 'USA', '\u{1F600}', '\ud800', 'UserMailbox', 'Nope', 'scrypt', 'Valid', 'Cloud', 'then',
  [], [1], ['a'], [1, 2], ['a', 'b', 'c'], [null], [{}], {}, { a: 1 }, { name: 'x' }, { name: 'x', type: 'string' }, { ran: 'x', message: 'm' },
  { expression: '$true', message: 'm' }, { ran: 1 }, { generate: { count: 1 } }, { generate: { count: 0 } }, { generate: 'x' }, { position: -1 },
];
const EXTRA_KEYS = ['extra', 'a/b', 'c~d', 'constructor', 'toString', ''];

type Path = (string | number)[];
function paths(x: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(x)) x.forEach((v, i) => paths(v, [...at, i], out));
  else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) paths(v, [...at, k], out);
  return out;
}

/** Applies mutation [where, kind, pick] to `root` (changed in place); returns the new root. */
function mutate(root: unknown, [where, kind, pick]: [number, number, number], names: string[]): unknown {
  const all = paths(root);
  const path = all[where % all.length]!;
  const parent = path.slice(0, -1).reduce<any>((o, k) => o[k], root);
  const key = path[path.length - 1];
  const node = path.length === 0 ? root : parent[key!];
  const value = (): unknown => structuredClone(VALUES[pick % VALUES.length]);
  const set = (v: unknown): unknown => {
    if (path.length === 0) return v;
    parent[key!] = v;
    return root;
  };
  switch (kind % 10) {
    case 0: // delete a property or an item
      if (path.length === 0) return set(value());
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key!];
      return root;
    case 1: // an unknown property
      if (node && typeof node === 'object' && !Array.isArray(node)) (node as Record<string, unknown>)[EXTRA_KEYS[pick % EXTRA_KEYS.length]!] = value();
      else return set(value());
      return root;
    case 2: // a known property name, any value
      if (node && typeof node === 'object' && !Array.isArray(node)) (node as Record<string, unknown>)[names[pick % names.length]!] = value();
      else return set(value());
      return root;
    case 3: // a value of another place
      return set(structuredClone(all[pick % all.length]!.reduce<any>((o, k) => o[k], root)));
    case 4: // array lengths
      if (Array.isArray(node)) {
        if (pick % 3 === 0) node.length = 0;
        else if (pick % 3 === 1 && node.length) node.push(structuredClone(node[0]));
        else node.push(value());
        return root;
      }
      return set(value());
    case 5: // undefined (absent for ajv)
      return path.length === 0 ? root : set(undefined);
    default:
      return set(value());
  }
}

/** ajv's and the checker's verdicts and errors for `data`, with both values of allErrors. */
function compare(checks: { mine: SchemaCheck; ajv: ValidateFunction; allErrors: boolean }[], data: unknown): boolean {
  let valid = true;
  for (const { mine, ajv, allErrors } of checks) {
    const expected = ajv(data);
    expect(mine(data), `verdict, allErrors ${allErrors}`).toBe(expected);
    // With allErrors off the product reads the first error only; the whole list is equal all the same.
    expect(mine.errors ?? null, `errors, allErrors ${allErrors}`).toStrictEqual(ajv.errors ?? null);
    valid = expected;
  }
  return valid;
}

const metadata = (): Record<string, unknown>[] =>
  [...coreCmdlets, ...exchangeCmdlets({ connected: true })].map((c) => {
    const plain = { ...c } as Record<string, unknown>;
    for (const k of ['begin', 'process', 'end']) delete plain[k];
    return clone(plain);
  });

const SUBJECTS: [name: string, schema: object, allErrors: boolean, bases: () => unknown[], runs: number][] = [
  ['world', WORLD_SCHEMA, false, () => listScenarios().filter((s) => !/2000|2500/.test(s.name)).map((s) => clone(loadScenario(s.name))), 2000],
  ['scenario', SCENARIO_SCHEMA, false, () => listScenarios().map((s) => clone(getScenario(s.name))), 3000],
  ['lab', LAB_SCHEMA, false, () => builtInLabNames().map((n) => clone(getBuiltInLab(n))), 3000],
  ['cmdlet metadata', metadataSchema, true, metadata, 3000],
];

describe.each(SUBJECTS)('as ajv: %s', (name, schema, allErrors, bases, runs) => {
  const all = bases();
  const names = schemaNames(schema);
  // The product's options first, then the other value of allErrors.
  const checks = [allErrors, !allErrors].map((a) => ({ mine: compileSchema(schema, { allErrors: a }), ajv: ajvCheck(schema, a), allErrors: a }));

  it(`accepts every built-in ${name}`, () => {
    expect(all.length).toBeGreaterThan(0);
    for (const base of all) expect(compare(checks, base)).toBe(true);
  });

  it(`gives ajv's verdicts and errors on mutated ones (${runs} runs)`, () => {
    const mutation = fc.tuple(fc.nat(), fc.nat(), fc.nat());
    let invalid = 0;
    fc.assert(
      fc.property(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 4 }), (which, mutations) => {
        let data = clone(all[which % all.length]);
        for (const m of mutations) data = mutate(data, m, names);
        if (!compare(checks, data)) invalid++;
      }),
      { seed: 18, numRuns: runs },
    );
    // The mutations mostly make invalid data, and not only.
    expect(invalid).toBeGreaterThan(runs / 2);
    expect(invalid).toBeLessThan(runs);
  });
});
