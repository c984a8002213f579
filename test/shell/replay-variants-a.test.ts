/**
 * `exo-shell replay` of seed 000 with --fill on the broken variants the troubleshooting labs start
 * from (certificate, Outlook Anywhere, domain unverified / not added, licences, permissions, Unified
 * Messaging): the replay fails first exactly at the step the broken prerequisite affects, with the
 * outcome Exchange gives there, and the blocks before it run.
 */
import { describe, expect, it } from 'vitest';
import { replay } from './replay-harness';

const SEED_000 = 'test/fixtures/articles/seed-000.md';

const RAN_BEFORE_TEST = ['block 1 (line 14, Step 1: Prepare for a cutover migration): ran'];
const RAN_UNTIL_BATCH = [
  'block 1 (line 14, Step 1: Prepare for a cutover migration): ran',
  'block 2 (line 18, Step 1: Prepare for a cutover migration): ran',
  'block 3 (line 26, Step 2: Create a migration endpoint): ran',
  'block 4 (line 30, Step 2: Create a migration endpoint): ran',
  'block 5 (line 34, Step 2: Create a migration endpoint): ran',
  'block 6 (line 42, Verify it worked): ran',
  'block 7 (line 49, Step 3: Create the cutover migration batch): ran',
];

describe('seed 000 replayed with --fill on the connection variants: it fails at Step 1\'s connection test', () => {
  it.each([
    [
      'contoso-selfsigned-cert',
      "Result: Failed: The remote certificate for 'autodiscover.contoso.com' is invalid: the certificate is self-signed. Use a certificate issued by a trusted certification authority, or specify AcceptUntrustedCertificates.",
    ],
    ['contoso-oa-disabled', 'Result: Failed: Unable to connect to the server. Please check the connection settings you supplied and try again.'],
  ])('%s', async (scenario, failure) => {
    const r = await replay(SEED_000, '--scenario', scenario, '--fill');
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
    const lines = r.out.trimEnd().split('\n');
    expect(lines.slice(0, 1)).toEqual(RAN_BEFORE_TEST);
    expect(lines[1]).toBe(`block 2 (line 18, Step 1: Prepare for a cutover migration): ran with errors: ${failure}`);
    // Step 2 meets the same failure, and the endpoint has no connection settings to be created from.
    expect(lines[3]).toBe(`block 4 (line 30, Step 2: Create a migration endpoint): ran with errors: ${failure}`);
    expect(lines[4]).toBe("block 5 (line 34, Step 2: Create a migration endpoint): ran with errors: New-MigrationEndpoint: Cannot bind argument to parameter 'ConnectionSettings' because it is null.");
    expect(lines[6]).toBe("block 7 (line 49, Step 3: Create the cutover migration batch): ran with errors: New-MigrationBatch: The migration endpoint 'CutoverEndpoint' couldn't be found.");
    expect(lines.slice(-2)).toEqual([
      `first unexpected failure: block 2 (line 18, Step 1: Prepare for a cutover migration): ${failure}`,
      'replayed: 12, ran: 3, errors: 9, parse errors: 0, placeholders: 0, not emulated: 0',
    ]);
  });
});

describe('seed 000 replayed with --fill on the variants that fail users: it fails at Step 3\'s "Verify it worked"', () => {
  it.each([
    // The domain: every user in contoso.com fails to provision (the groups and contacts of other domains migrate).
    ['contoso-domain-unverified', '1h', 29],
    ['contoso-domain-not-added', '1h', 29],
    // Permissions: the three mailboxes the migration account can't open.
    ['contoso-missing-permissions', '5h', 3],
    // Unified Messaging: the two UM-enabled mailboxes.
    ['contoso-um-enabled', '8h', 2],
  ])('%s', async (scenario, settle, failed) => {
    const r = await replay(SEED_000, '--scenario', scenario, '--fill');
    expect(r.code).toBe(1);
    const lines = r.out.trimEnd().split('\n');
    // Steps 1 and 2 succeed: the connection and the endpoint are not what is broken.
    expect(lines.slice(0, 7)).toEqual(RAN_UNTIL_BATCH);
    expect(lines[7]).toBe(
      `block 8 (line 53, Step 3: Create the cutover migration batch) (after ${settle} of virtual time for the batch to settle): ran with errors, as the article leads to (block 7 already created 'CutoverBatch': the article gives alternative forms and a reader runs one): New-MigrationBatch: A migration batch with the name 'CutoverBatch' already exists.`,
    );
    expect(lines[8]).toBe('block 9 (line 61, Verify it worked): ran with errors: Status: SyncedWithErrors');
    // Starting the batch again retries the failed users, who fail again: nothing was fixed.
    expect(lines[9]).toBe('block 10 (line 69, Step 4: Start the cutover migration batch): ran');
    expect(lines[10]).toBe('block 11 (line 75, Verify it worked) (after 1h of virtual time for the batch to settle): ran with errors: Status: SyncedWithErrors');
    expect(lines.slice(-3)).toEqual([
      'errors the article itself leads to: 1 (block 8)',
      'first unexpected failure: block 9 (line 61, Verify it worked): Status: SyncedWithErrors',
      'replayed: 12, ran: 9, errors: 3, parse errors: 0, placeholders: 0, not emulated: 0',
    ]);
    // The batch's figures, as Get-MigrationBatch | Format-List shows them at block 9.
    const records = JSON.parse((await replay(SEED_000, '--scenario', scenario, '--fill', '--json', '-')).out);
    const text: string = records.blocks[8].text;
    expect(text).toMatch(/\nStatus\s+: SyncedWithErrors\n/);
    expect(text).toMatch(new RegExp(`\\nFailedCount\\s+: ${failed}\\n`));
    expect(text).toMatch(/\nTotalCount\s+: 32\n/);
  });
});

describe('seed 000 replayed with --fill on contoso-licenses-short', () => {
  it('runs every block: the licences are the article\'s Section 7, which has no PowerShell block, and their 30 days of grace start after the migration', async () => {
    const r = await replay(SEED_000, '--scenario', 'contoso-licenses-short', '--fill');
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split('\n');
    expect(lines.slice(0, 7)).toEqual(RAN_UNTIL_BATCH);
    expect(lines.slice(-3)).toEqual([
      'errors the article itself leads to: 2 (blocks 8, 10)',
      'no unexpected failure: every error is one the article itself leads to',
      'replayed: 12, ran: 10, errors: 2, parse errors: 0, placeholders: 0, not emulated: 0',
    ]);
  });
});
