import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { metadataValidatorSource, target } from '../../scripts/gen-metadata-validator.mjs';
import precompiled from '../../src/engine/cmdlet-metadata.validate';
import schema from '../../src/engine/cmdlet-metadata.schema.json';

type Check = ((d: unknown) => boolean) & { errors?: { instancePath: string; message?: string }[] | null };

describe('precompiled cmdlet metadata validator', () => {
  it('is current with the schema (node scripts/gen-metadata-validator.mjs regenerates it)', () => {
    expect(readFileSync(target as string, 'utf8')).toBe((metadataValidatorSource as () => string)());
  });

  const runtime = new Ajv({ allErrors: true, strict: false }).compile(schema) as unknown as Check;
  const cases: [string, unknown][] = [
    ['valid', { name: 'Get-Thing', source: 'Test', parameters: [{ name: 'Identity', type: 'string', sets: { __AllParameterSets: { position: 0 } } }], help: { synopsis: 's' } }],
    ['bad name and empty alias', { name: 'GetThing', aliases: [''], source: 'Test', parameters: [], help: { synopsis: 's' } }],
    ['missing help, bad parameter', { name: 'Get-Thing', source: 'T', parameters: [{ name: '1x', type: '', sets: { A: { position: -1, extra: true } } }] }],
    ['ranges', { name: 'Get-Thing', source: 'T', parameters: [{ name: 'N', type: 'int', validateRange: [1], validateCount: [1, 2, 3] }], help: { synopsis: 's', examples: [{}] } }],
    ['surrogate pair counts as one character', { name: 'Get-Thing', aliases: ['\u{1F600}'], source: 'T', parameters: [], help: { synopsis: 's' } }],
  ];
  it.each(cases)('gives the run-time compile verdict and errors: %s', (_label, data) => {
    const check = precompiled as unknown as Check;
    const ok = check(data);
    expect(ok).toBe(runtime(data));
    const strip = (es: Check['errors']) => (es ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
    expect(strip(check.errors)).toEqual(strip(runtime.errors));
  });
});
