import { expect, test } from 'vitest';
import fc from 'fast-check';
import { jsonChunks } from '../../shell/json-chunks';
import { loadScenario } from '../../src/model/scenarios';

test('chunked JSON equals JSON.stringify for any plain data', () => {
  fc.assert(
    fc.property(fc.jsonValue(), (v) => [...jsonChunks(v)].join('') === JSON.stringify(v)),
  );
});

test('chunked JSON equals JSON.stringify for large arrays and a world', () => {
  const big = { a: Array.from({ length: 1234 }, (_, i) => ({ i, s: `x${i}`, u: undefined })), b: [undefined, 1], c: undefined };
  expect([...jsonChunks(big)].join('')).toBe(JSON.stringify(big));
  const w = loadScenario('contoso-load-2000');
  expect([...jsonChunks(w)].join('')).toBe(JSON.stringify(w));
});
