/**
 * `exo-shell replay <article>`: the seed articles replayed block by block (project test data under
 * test/fixtures/articles: their headings, PowerShell blocks and the sentences that say where a block
 * runs), with and without --fill, on contoso and on a broken variant; bad input in one line.
 * Where ../shared is present, the real seed files too.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { replay } from './replay-harness';
import { extractArticleBlocks } from '../../src/lab/articles';
import { seedBlocks } from '../e2e/seed-helpers';
import { sharedPath } from '../shared-folder';

const SEED_000 = 'test/fixtures/articles/seed-000.md';
const SEED_001 = 'test/fixtures/articles/seed-001.md';

const lastLine = (text: string) => text.trimEnd().split('\n').at(-1);

describe('the article fixtures', () => {
  it('hold the seed articles\' PowerShell blocks, in order', () => {
    expect(extractArticleBlocks(readFileSync(SEED_000, 'utf8')).map((b) => b.code)).toEqual(seedBlocks('000_deef83a7e9bf76e8.txt'));
    expect(extractArticleBlocks(readFileSync(SEED_001, 'utf8')).map((b) => b.code)).toEqual(seedBlocks('001_7ad4cc21cc74e0a7.txt'));
  });

  it('say where each block runs: Exchange Online PowerShell, or the Exchange Management Shell', () => {
    expect(new Set(extractArticleBlocks(readFileSync(SEED_000, 'utf8')).map((b) => b.shell))).toEqual(new Set(['ExchangeOnline']));
    expect(extractArticleBlocks(readFileSync(SEED_001, 'utf8')).map((b) => [b.shell, b.heading, b.placeholders])).toEqual([
      ['ExchangeManagementShell', 'Complete post migration tasks', ['<ServerName>']],
    ]);
  });
});

it('the article reader and replayer are browser-safe (no Node import)', () => {
  for (const f of ['src/lab/articles.ts', 'src/lab/article-replay.ts']) expect(readFileSync(f, 'utf8')).not.toMatch(/from ['"]node:|\bprocess\.|\bBuffer\b|require\(/);
});

describe('exo-shell replay <article>', () => {
  it('seed 000 with --fill on contoso: every block runs; the only errors are the ones the article leads to', async () => {
    const r = await replay(SEED_000, '--fill');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split('\n');
    expect(lines).toHaveLength(15);
    expect(lines[0]).toBe('block 1 (line 14, Step 1: Prepare for a cutover migration): ran');
    expect(lines[7]).toBe(
      "block 8 (line 53, Step 3: Create the cutover migration batch) (after 8h of virtual time for the batch to settle): ran with errors, as the article leads to (block 7 already created 'CutoverBatch': the article gives alternative forms and a reader runs one): New-MigrationBatch: A migration batch with the name 'CutoverBatch' already exists.",
    );
    expect(lines[9]).toBe(
      "block 10 (line 69, Step 4: Start the cutover migration batch): ran with errors, as the article leads to (block 7 already started 'CutoverBatch' with New-MigrationBatch -AutoStart): Start-MigrationBatch: The migration batch 'CutoverBatch' can't be started because its status is Synced.",
    );
    expect(lines[11]).toBe('block 12 (line 85, Step 6: Delete the cutover migration batch): ran');
    expect(lines.slice(12)).toEqual([
      'errors the article itself leads to: 2 (blocks 8, 10)',
      'no unexpected failure: every error is one the article itself leads to',
      'replayed: 12, ran: 10, errors: 2, parse errors: 0, placeholders: 0, not emulated: 0',
    ]);
  });

  it('seed 000 without --fill: the placeholder block needs input, and says which', async () => {
    const r = await replay(SEED_000);
    expect(r.code).toBe(0);
    expect(r.out).toContain('\nblock 2 (line 18, Step 1: Prepare for a cutover migration): needs input: <email address for on-premises administrator>\n');
    expect(lastLine(r.out)).toBe('replayed: 12, ran: 9, errors: 2, parse errors: 0, placeholders: 1, not emulated: 0');
  });

  it('seed 001 with --fill: the Exchange Management Shell block runs on premises, on every Client Access server', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'exo-replay-'));
    const json = join(dir, 'records.json');
    const r = await replay(SEED_001, '-Scenario', 'contoso', '--fill', '--json', json);
    expect(r.out).toBe(
      'block 1 (line 24, Complete post migration tasks, Exchange Management Shell): ran\nno unexpected failure\nreplayed: 1, ran: 1, errors: 0, parse errors: 0, placeholders: 0, not emulated: 0\n',
    );
    const records = JSON.parse(readFileSync(json, 'utf8'));
    expect(records.blocks[0]).toMatchObject({ index: 1, shell: 'ExchangeManagementShell', verdict: 'ran', ran: 'Set-ClientAccessServer -Identity EXCH-SRV-01 -AutoDiscoverServiceInternalUri $null' });
  });

  it('seed 001 without --fill: <ServerName> needs input', async () => {
    const r = await replay(SEED_001);
    expect(r.out).toContain('block 1 (line 24, Complete post migration tasks, Exchange Management Shell): needs input: <ServerName>\n');
    expect(lastLine(r.out)).toBe('replayed: 1, ran: 0, errors: 0, parse errors: 0, placeholders: 1, not emulated: 0');
  });

  it('--json - writes the per-block records to standard output instead of the report', async () => {
    const r = await replay(SEED_000, '--fill', '--json', '-');
    const records = JSON.parse(r.out);
    expect(records.summary).toEqual({ replayed: 12, ran: 10, errors: 2, parseErrors: 0, placeholders: 0, notEmulated: 0 });
    expect(records.blocks.map((b: { verdict: string }) => b.verdict)).toEqual(['ran', 'ran', 'ran', 'ran', 'ran', 'ran', 'ran', 'errors', 'ran', 'errors', 'ran', 'ran']);
  });

  it('on contoso-selfsigned-cert, fails at Step 1\'s connection test, with the certificate error', async () => {
    const r = await replay(SEED_000, '--scenario', 'contoso-selfsigned-cert', '--fill');
    expect(r.code).toBe(1);
    const lines = r.out.trimEnd().split('\n');
    expect(lines.at(-2)).toBe(
      "first unexpected failure: block 2 (line 18, Step 1: Prepare for a cutover migration): Result: Failed: The remote certificate for 'autodiscover.contoso.com' is invalid: the certificate is self-signed. Use a certificate issued by a trusted certification authority, or specify AcceptUntrustedCertificates.",
    );
    expect(lines.at(-1)).toBe('replayed: 12, ran: 3, errors: 9, parse errors: 0, placeholders: 0, not emulated: 0');
  });

  it.each([
    ['contoso-dirsync', 'block 7 (line 49, Step 3: Create the cutover migration batch): New-MigrationBatch: Cutover migration isn\'t allowed'],
    ['contoso-domain-unverified', 'block 9 (line 61, Verify it worked): Status: SyncedWithErrors'],
    ['contoso-oa-disabled', 'block 2 (line 18, Step 1: Prepare for a cutover migration): Result: Failed: Unable to connect to the server.'],
  ])('on %s, fails first at the step the broken prerequisite affects', async (scenario, failure) => {
    const r = await replay(SEED_000, '--scenario', scenario, '--fill');
    expect(r.out).toContain(`\nfirst unexpected failure: ${failure}`);
  });

  it('a missing file: one line, exit 66', async () => {
    expect(await replay('/nonexistent/article.md', '--fill')).toEqual({ code: 66, out: '', err: "exo-shell replay: cannot find '/nonexistent/article.md'.\n" });
  });

  it('a file that is neither Markdown nor JSON Lines: one line, exit 65', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'exo-replay-'));
    const file = join(dir, 'notes.txt');
    writeFileSync(file, 'just some text\nwith no code blocks\n');
    expect(await replay(file)).toEqual({
      code: 65,
      out: '',
      err: `exo-shell replay: '${file}' is neither a Markdown article (it has no \`\`\`powershell block) nor a JSON Lines corpus (one {"source", "block", "code"} object a line).\n`,
    });
  });

  it('an unknown scenario: one line, exit 64', async () => {
    const r = await replay(SEED_000, '--scenario', 'nowhere');
    expect(r).toEqual({ code: 64, out: '', err: "exo-shell replay: unknown scenario 'nowhere'. Run exo-shell -Command Get-LabScenario to list them.\n" });
  });

  it('a JSON Lines corpus is still replayed as a corpus', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'exo-replay-'));
    const file = join(dir, 'c.jsonl');
    writeFileSync(file, '{"source":"a.md","block":0,"code":"Get-MigrationBatch"}\n');
    expect(await replay(file, '--parse-only')).toEqual({ code: 0, out: 'parsed: 1, parse errors: 0\n', err: '' });
  });
});

const seeds = sharedPath('seeds');

describe.skipIf(!seeds)('exo-shell replay on the real seed articles (../shared/seeds)', () => {
  it('seed 000 with --fill: every block runs, the only errors are the ones the article leads to', async () => {
    const r = await replay(join(seeds!, '000_deef83a7e9bf76e8.txt'), '--fill');
    expect(r.code).toBe(0);
    expect(r.out).toContain('\nno unexpected failure: every error is one the article itself leads to\n');
    expect(lastLine(r.out)).toBe('replayed: 12, ran: 10, errors: 2, parse errors: 0, placeholders: 0, not emulated: 0');
  });

  it('seed 001 with --fill: the block runs in the Exchange Management Shell', async () => {
    const r = await replay(join(seeds!, '001_7ad4cc21cc74e0a7.txt'), '--fill');
    expect(r.out).toMatch(/^block 1 \(line \d+, Complete post migration tasks, Exchange Management Shell\): ran\n/);
    expect(lastLine(r.out)).toBe('replayed: 1, ran: 1, errors: 0, parse errors: 0, placeholders: 0, not emulated: 0');
  });
});
