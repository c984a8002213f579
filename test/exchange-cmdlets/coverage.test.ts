/**
 * docs/cmdlet-coverage.md is generated from the metadata (scripts/gen-coverage.ts): this test fails
 * when the committed file is stale, and rewrites it when run with UPDATE_COVERAGE=1
 * (`npm run coverage:cmdlets`). That comparison needs the reference pages (../shared/reference or
 * EXO_REFERENCE_DIR) and is skipped without them; the table's rows come from the metadata alone.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderCoverage } from '../../scripts/gen-coverage';
import { describeReference } from './reference-checks';

const FILE = join(process.cwd(), 'docs/cmdlet-coverage.md');

// The committed document quotes the reference pages: comparing it needs them (skipped on a fresh clone alone).
describeReference('docs/cmdlet-coverage.md is current', () => {
  it('matches the cmdlet metadata', () => {
    const text = renderCoverage();
    if (process.env.UPDATE_COVERAGE === '1') writeFileSync(FILE, text);
    expect(existsSync(FILE)).toBe(true);
    expect(readFileSync(FILE, 'utf8')).toBe(text);
  });
});

describe('the coverage table', () => {
  it('lists every parameter with its status', () => {
    const text = renderCoverage();
    expect(text).toContain('| Get-MigrationBatch | ExchangeOnlineManagement | 3 | 7 | 5 | 2 |');
    expect(text).toContain('| Partition | MailboxIdParameter | all |  | no effect: the emulated tenant has a single migration partition mailbox |');
    expect(text).toContain('| ConnectionSettings | ExchangeConnectionSettings | ConnectionSettings | mandatory | behaviour |');
  });
});
