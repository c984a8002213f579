/**
 * `exo-shell replay` of seed 000 with --fill on the broken contoso variants that have a
 * troubleshooting lab in test/lab/troubleshoot-b.test.ts: each run fails exactly at the step of the
 * article the broken prerequisite affects, with the outcome Exchange documents for it (the verdict
 * lines, the first unexpected failure, the error text and the summary).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { replay } from './replay-harness';
import { replayArticle } from '../../src/lab/article-replay';

const SEED_000 = 'test/fixtures/articles/seed-000.md';

async function replayOn(scenario: string): Promise<{ code: number; lines: string[] }> {
  const r = await replay(SEED_000, '--scenario', scenario, '--fill');
  return { code: r.code, lines: r.out.trimEnd().split('\n') };
}

const records = (scenario: string) => replayArticle(readFileSync(SEED_000, 'utf8'), { scenario, fill: true });
const field = (text: string, name: string) => text.split('\n').find((l) => l.startsWith(`${name} `))?.replace(/^\S+\s+:\s?/, '');

const AUTODISCOVER_FAILED =
  'Result: Failed: AutoDiscover failed with a configuration error: The migration service failed to detect the migration endpoint using the Autodiscover service. Consider using the Exchange Remote Connectivity Analyzer (https://testconnectivity.microsoft.com) to diagnose the connectivity issues.';

describe('seed 000 replayed with --fill on the broken variants', () => {
  it.each([
    ['contoso-hidden-mailbox', 1],
    ['contoso-manager-outside', 2],
    ['contoso-bad-items', 1],
  ])('%s: every block runs until "Verify it worked" after Step 3: the batch is SyncedWithErrors, with %i user(s) failed', async (scenario, failed) => {
    const r = await replayOn(scenario);
    expect(r.code).toBe(1);
    expect(r.lines.slice(0, 7)).toEqual([
      'block 1 (line 14, Step 1: Prepare for a cutover migration): ran',
      'block 2 (line 18, Step 1: Prepare for a cutover migration): ran',
      'block 3 (line 26, Step 2: Create a migration endpoint): ran',
      'block 4 (line 30, Step 2: Create a migration endpoint): ran',
      'block 5 (line 34, Step 2: Create a migration endpoint): ran',
      'block 6 (line 42, Verify it worked): ran',
      'block 7 (line 49, Step 3: Create the cutover migration batch): ran',
    ]);
    expect(r.lines[8]).toBe('block 9 (line 61, Verify it worked): ran with errors: Status: SyncedWithErrors');
    expect(r.lines[10]).toBe('block 11 (line 75, Verify it worked) (after 1h of virtual time for the batch to settle): ran with errors: Status: SyncedWithErrors');
    expect(r.lines.slice(-3)).toEqual([
      'errors the article itself leads to: 1 (block 8)',
      'first unexpected failure: block 9 (line 61, Verify it worked): Status: SyncedWithErrors',
      'replayed: 12, ran: 9, errors: 3, parse errors: 0, placeholders: 0, not emulated: 0',
    ]);
    const block9 = records(scenario).blocks[8]!;
    expect([field(block9.text, 'Status'), field(block9.text, 'FailedCount')]).toEqual(['SyncedWithErrors', String(failed)]);
  });

  it.each([
    ['contoso-dirsync', "New-MigrationBatch: Cutover migration isn't allowed for the organization 'contoso' because directory synchronization is enabled."],
    ['contoso-2500', 'New-MigrationBatch: A cutover migration supports at most 2000 mailboxes. The source organization has 2500 mailboxes. Use a staged or hybrid migration instead.'],
  ])('%s: the endpoint is created, then Step 3 refuses the cutover batch', async (scenario, error) => {
    const r = await replayOn(scenario);
    expect(r.code).toBe(1);
    expect(r.lines[5]).toBe('block 6 (line 42, Verify it worked): ran');
    expect(r.lines[6]).toBe(`block 7 (line 49, Step 3: Create the cutover migration batch): ran with errors: ${error}`);
    expect(r.lines[7]).toBe(`block 8 (line 53, Step 3: Create the cutover migration batch): ran with errors: ${error}`);
    expect(r.lines[9]).toBe("block 10 (line 69, Step 4: Start the cutover migration batch): ran with errors: Start-MigrationBatch: The migration batch 'CutoverBatch' couldn't be found.");
    expect(r.lines.slice(-2)).toEqual([
      `first unexpected failure: block 7 (line 49, Step 3: Create the cutover migration batch): ${error}`,
      'replayed: 12, ran: 7, errors: 5, parse errors: 0, placeholders: 0, not emulated: 0',
    ]);
  });

  it.each([
    ['contoso-autodiscover-broken', "AutoDiscoverFailedConfigurationErrorException: The name 'autodiscover.contoso.com' couldn't be resolved: no Autodiscover DNS record exists for the domain 'contoso.com'."],
    ['contoso-exchange2003-ports-closed', 'AutoDiscoverFailedConfigurationErrorException: Exchange 2003 has no Autodiscover service. Specify ExchangeServer and RPCProxyServer instead.'],
  ])('%s: Step 1\'s connection test fails in Autodiscover, and everything after it has no endpoint', async (scenario, detail) => {
    const r = await replayOn(scenario);
    expect(r.code).toBe(1);
    expect(r.lines.slice(0, 6)).toEqual([
      'block 1 (line 14, Step 1: Prepare for a cutover migration): ran',
      `block 2 (line 18, Step 1: Prepare for a cutover migration): ran with errors: ${AUTODISCOVER_FAILED}`,
      'block 3 (line 26, Step 2: Create a migration endpoint): ran',
      `block 4 (line 30, Step 2: Create a migration endpoint): ran with errors: ${AUTODISCOVER_FAILED}`,
      "block 5 (line 34, Step 2: Create a migration endpoint): ran with errors: New-MigrationEndpoint: Cannot bind argument to parameter 'ConnectionSettings' because it is null.",
      "block 6 (line 42, Verify it worked): ran with errors: Get-MigrationEndpoint: The migration endpoint 'CutoverEndpoint' couldn't be found.",
    ]);
    expect(r.lines.slice(-2)).toEqual([
      `first unexpected failure: block 2 (line 18, Step 1: Prepare for a cutover migration): ${AUTODISCOVER_FAILED}`,
      'replayed: 12, ran: 3, errors: 9, parse errors: 0, placeholders: 0, not emulated: 0',
    ]);
    const block2 = records(scenario).blocks[1]!;
    expect(block2.text).toContain('SupportsCutover    : False');
    // The list wraps long values onto indented lines: joined again, the detail reads whole.
    expect(block2.text.replace(/\s*\n\s+/g, ' ')).toContain(`ErrorDetail        : ${detail}`);
  });
});
