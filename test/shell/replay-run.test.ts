/**
 * `exo-shell replay <corpus.jsonl>`: each doc-example block in a new session on a fresh contoso world, with
 * the article replay's verdicts and its summary line (test/fixtures/corpus/sample.jsonl: a block of each
 * verdict); a fresh world cloned or rebuilt gives the same verdicts; a block that loops is stopped.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CorpusError, readCorpus } from '../../shell/replay';
import { replay } from './replay-harness';
import { replayCorpus, type CorpusBlock, type CorpusRecord } from '../../src/lab/article-replay';
import { sharedPath } from '../shared-folder';

const corpus = sharedPath('corpus/exchange-doc-examples.jsonl');
const SAMPLE = 'test/fixtures/corpus/sample.jsonl';

function verdicts(blocks: CorpusBlock[], options: Parameters<typeof replayCorpus>[1] = {}): CorpusRecord[] {
  const records: CorpusRecord[] = [];
  replayCorpus(blocks, { ...options, onBlock: (r) => records.push(r) });
  return records;
}

describe('exo-shell replay <corpus.jsonl>', () => {
  it('prints the most used commands not emulated, then the summary line, exactly', async () => {
    const r = await replay(SAMPLE);
    expect(r).toEqual({
      code: 0,
      err: '',
      out:
        'most used commands not emulated: Export-ActivityExplorerData (1), Get-ExchangeServer (1), Set-UMMailboxPolicy (1)\n' +
        'replayed: 10, ran: 4, errors: 1, parse errors: 1, placeholders: 1, not emulated: 3\n',
    });
    expect(r.out.trimEnd().split('\n').at(-1)).toMatch(/^replayed: \d+, ran: \d+, errors: \d+, parse errors: \d+, placeholders: \d+, not emulated: \d+$/);
  });

  it('--errors: a line per block that did not run cleanly, with its verdict as article replay names it', async () => {
    const r = await replay(SAMPLE, '--errors');
    expect(r.out.split('\n').slice(0, 6)).toEqual([
      'fixture/Get-Mailbox.md#1: needs input: <identity>',
      "fixture/Get-MigrationBatch.md#0: ran with errors: Get-MigrationBatch: The migration batch 'MigrationBatch1' couldn't be found.",
      'fixture/Set-UMMailboxPolicy.md#0: not emulated: Set-UMMailboxPolicy',
      'fixture/Get-ExchangeServer.md#0: not emulated: Get-ExchangeServer',
      "fixture/Set-Mailbox.md#0: parse error: MissingEndParenthesisInExpression at 1:62: Missing closing ')' in expression.",
      'fixture/Export-ActivityExplorerData.md#0: not emulated: Export-ActivityExplorerData',
    ]);
  });

  it('--json: the per-block records and the summary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'exo-corpus-'));
    const file = join(dir, 'verdicts.json');
    const r = await replay(SAMPLE, '--json', file);
    expect(r.out.trimEnd().split('\n').at(-1)).toBe('replayed: 10, ran: 4, errors: 1, parse errors: 1, placeholders: 1, not emulated: 3');
    const json = JSON.parse(readFileSync(file, 'utf8'));
    expect(json.summary).toEqual({ replayed: 10, ran: 4, errors: 1, parseErrors: 1, placeholders: 1, notEmulated: 3 });
    expect(json.blocks.map((b: CorpusRecord) => `${b.source}#${b.block} ${b.verdict}`)).toEqual([
      'fixture/Get-Mailbox.md#0 ran',
      'fixture/Get-Mailbox.md#1 needs input',
      'fixture/Get-MigrationBatch.md#0 errors',
      'fixture/New-MigrationEndpoint.md#0 ran',
      'fixture/New-MigrationEndpoint.md#1 ran',
      'fixture/Set-UMMailboxPolicy.md#0 not emulated',
      'fixture/Get-ExchangeServer.md#0 not emulated',
      'fixture/Set-Mailbox.md#0 parse error',
      'fixture/Test-MigrationServerAvailability.md#0 ran',
      'fixture/Export-ActivityExplorerData.md#0 not emulated',
    ]);
  });

  it('--parse-only still only parses (a placeholder such as <identity> is a parse error there)', async () => {
    expect(await replay(SAMPLE, '--parse-only')).toEqual({ code: 0, out: 'parsed: 8, parse errors: 2\n', err: '' });
  });
});

describe('replayCorpus', () => {
  it('gives each block the same verdict whether its fresh world is cloned or rebuilt from the scenario', () => {
    const blocks = readCorpus(SAMPLE);
    const cloned = verdicts(blocks, { freshWorld: 'clone' });
    expect(cloned.map((r) => r.verdict)).toContain('ran');
    expect(verdicts(blocks, { freshWorld: 'rebuild' })).toEqual(cloned);
    expect(verdicts(blocks, { freshWorld: 'rebuild', onPremises: false })).toEqual(verdicts(blocks, { freshWorld: 'clone', onPremises: false }));
  });

  it('runs each block on a fresh world: a change made by one block is not in the next', () => {
    const [changed, checked] = verdicts([
      { source: 't', block: 0, code: "New-MigrationEndpoint -ExchangeOutlookAnywhere -Name Leaked -Autodiscover -EmailAddress administrator@contoso.com -Credentials (Get-Credential) | Out-Null; if (-not (Get-MigrationEndpoint Leaked)) { throw 'not made' }" },
      { source: 't', block: 1, code: "if (Get-MigrationEndpoint | Where-Object Identity -eq 'Leaked') { throw 'leaked' }" },
    ]);
    expect([changed!.verdict, checked!.verdict]).toEqual(['ran', 'ran']);
  });

  it('stops a block over its budget (ran with errors), and a loop polling a missing command once $Error is full (not emulated)', () => {
    const [loop, polling] = verdicts(
      [
        { source: 't', block: 0, code: 'while ($true) { }' },
        { source: 't', block: 1, code: 'while ($true) { $r = Get-ContentExplorerPage -PageCookie $r.Cookie }' },
      ],
      { budgetMs: 100 },
    );
    expect(loop).toMatchObject({ verdict: 'errors', errors: ['Stopped: the block was still running after 0.1 s or 256 errors (as Ctrl+C would stop it)'] });
    expect(polling).toMatchObject({ verdict: 'not emulated', notEmulated: ['Get-ContentExplorerPage'] });
  });

  it('answers Get-Credential with the scenario administrator and reports progress block by block', () => {
    const seen: string[] = [];
    const records: CorpusRecord[] = [];
    replayCorpus(
      [
        { source: 'a.md', block: 0, code: '$c = Get-Credential; if ($c.UserName -ne "CONTOSO\\administrator") { throw $c.UserName }' },
        { source: 'b.md', block: 3, code: 'Get-MigrationEndpoint' },
      ],
      { onBlock: (r) => records.push(r), onProgress: (r) => seen.push(`${r.activity} | ${r.statusDescription} | ${r.percentComplete} | ${r.recordType}`) },
    );
    expect(records.map((r) => r.verdict)).toEqual(['ran', 'ran']);
    expect(seen).toEqual([
      'Replaying the corpus | Block 1 of 2: a.md#0 | 0 | Processing',
      'Replaying the corpus | Block 2 of 2: b.md#3 | 50 | Processing',
      'Replaying the corpus | Processing | -1 | Completed',
    ]);
  });

  it.skipIf(!corpus)('replays the migration reference pages of the corpus: every block gets one verdict, none is stopped', () => {
    const blocks = readCorpus(corpus!).filter((b) => /Migration(Batch|Endpoint|User)/.test(b.source));
    const records = verdicts(blocks);
    const s = replayCorpus(blocks).summary;
    expect(s.replayed).toBe(blocks.length);
    expect(s.ran + s.errors + s.parseErrors + s.placeholders + s.notEmulated).toBe(s.replayed);
    expect(records.filter((r) => r.errors.some((e) => e.startsWith('Stopped:')))).toEqual([]);
  });
});

describe('exo-shell replay on a missing or malformed corpus', () => {
  it('says what is missing in one line, with exit code 66', async () => {
    const r = await replay('/nonexistent/corpus.jsonl');
    expect(r.code).toBe(66);
    expect(r.err).toMatch(/^exo-shell replay: cannot find '\/nonexistent\/corpus\.jsonl'\. The doc corpus is not part of the project/);
  });

  it('names the line that is not JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'exo-corpus-'));
    const file = join(dir, 'c.jsonl');
    writeFileSync(file, '{"source":"a","block":0,"code":"Get-Date"}\n{oops\n');
    expect(() => readCorpus(file)).toThrow(CorpusError);
    expect(() => readCorpus(file)).toThrow(/c\.jsonl:2: not a JSON line/);
  });
});
