/** The library face runs in a browser: nothing under src/library imports a Node built-in or global. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : n.endsWith('.ts') ? [join(dir, n)] : []));
}

it('src/library uses no Node built-ins', () => {
  const offenders = files('src/library').filter((f) => /from ['"]node:|\bprocess\.|\bBuffer\b|require\(/.test(readFileSync(f, 'utf8')));
  expect(offenders).toEqual([]);
});

it('src/lab (the lab engine and the built-in labs) uses no Node built-ins', () => {
  const offenders = files('src/lab').filter((f) => /from ['"]node:|\bprocess\.|\bBuffer\b|require\(/.test(readFileSync(f, 'utf8')));
  expect(offenders).toEqual([]);
});
