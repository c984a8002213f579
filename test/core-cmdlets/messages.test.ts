import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_MESSAGES, dataMessage } from '../../src/engine/serialization/messages';

const root = join(__dirname, '..', '..');
const sources = [
  ...readdirSync(join(root, 'src/engine/serialization')).map((f) => join(root, 'src/engine/serialization', f)),
  ...readdirSync(join(root, 'cmdlets/core')).map((f) => join(root, 'cmdlets/core', f)),
]
  .filter((f) => f.endsWith('.ts') && !f.endsWith('messages.ts'))
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');

describe('data message catalogue', () => {
  it.each(Object.keys(DATA_MESSAGES))('%s is used by some module', (id) => {
    expect(sources).toContain(`'${id}'`);
  });

  it('fills placeholders', () => {
    expect(dataMessage('PathNotFound', 'C:\\x.txt')).toBe("Cannot find path 'C:\\x.txt' because it does not exist.");
    expect(dataMessage('JsonMaxDepthReached', 2)).toBe('Resulting JSON is truncated as serialization has exceeded the set depth of 2.');
  });
});
