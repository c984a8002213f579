/** Maintenance check: the recorded seed blocks are still the articles' blocks (where ../shared is present). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../shared-folder';
import { articleBlocks, seedBlocks } from './seed-helpers';

const seeds = sharedPath('seeds');

describe.skipIf(!seeds)('test/e2e/seed-blocks.json matches the seed articles', () => {
  it.each(['000_deef83a7e9bf76e8.txt', '001_7ad4cc21cc74e0a7.txt'])('%s', (file) => {
    expect(seedBlocks(file)).toEqual(articleBlocks(readFileSync(join(seeds!, file), 'utf8')));
  });
});
