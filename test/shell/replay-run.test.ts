import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CorpusError, readCorpus, runCorpus, type CorpusBlock } from '../../shell/replay';

import { sharedPath } from '../shared-folder';

const corpus = sharedPath('corpus/exchange-doc-examples.jsonl');

describe('exo-shell replay --run', () => {
  it('classifies blocks: ran, failed, not emulated, parse error, stopped', () => {
    const blocks: CorpusBlock[] = [
      { source: 't', block: 0, code: 'Get-MigrationBatch' },
      { source: 't', block: 1, code: 'Get-MigrationBatch -Identity Nope' },
      { source: 't', block: 2, code: 'Get-TransportRule' },
      { source: 't', block: 3, code: 'Get-Mailbox -Identity <identity>' },
      { source: 't', block: 4, code: 'while ($true) { }' },
      { source: 't', block: 5, code: '$c = Get-Credential; $c.UserName' },
    ];
    const outcomes: string[] = [];
    const s = runCorpus(blocks, { budgetMs: 200, onBlock: (_b, o) => outcomes.push(o) });
    expect(outcomes).toEqual(['ran', 'failed', 'not emulated', 'parse error', 'stopped', 'ran']);
    expect(s).toMatchObject({ blocks: 6, ran: 2, failed: 1, notEmulated: 1, parseErrors: 1, stopped: 1 });
    expect(s.missing.get('Get-TransportRule')).toBe(1);
  });

  it('reports its progress block by block, then completes (shown on a terminal only)', () => {
    const seen: string[] = [];
    runCorpus(
      [
        { source: 'a.md', block: 0, code: 'Get-MigrationBatch' },
        { source: 'b.md', block: 3, code: 'Get-MigrationEndpoint' },
      ],
      { onProgress: (r) => seen.push(`${r.activity} | ${r.statusDescription} | ${r.percentComplete} | ${r.recordType}`) },
    );
    expect(seen).toEqual([
      'Replaying the corpus | Block 1 of 2: a.md#0 | 0 | Processing',
      'Replaying the corpus | Block 2 of 2: b.md#3 | 50 | Processing',
      'Replaying the corpus | Processing | -1 | Completed',
    ]);
  });

  it('runs each block on a fresh world', () => {
    const outcomes: string[] = [];
    runCorpus(
      [
        { source: 't', block: 0, code: 'New-AcceptedDomain -Name fabrikam.com -DomainName fabrikam.com -DomainType Authoritative' },
        { source: 't', block: 1, code: 'if ((Get-AcceptedDomain).Count -ne 2) { throw "not fresh" }' },
      ],
      { onBlock: (_b, o, d) => outcomes.push(o + d) },
    );
    expect(outcomes[1]).toBe('ran');
  });

  it.skipIf(!corpus)('runs the migration reference pages of the corpus', () => {
    const blocks = readCorpus(corpus!).filter((b) => /Migration(Batch|Endpoint|User)/.test(b.source));
    const s = runCorpus(blocks);
    expect(s.blocks).toBe(blocks.length);
    expect(s.ran + s.failed + s.notEmulated + s.parseErrors + s.stopped).toBe(s.blocks);
    expect(s.stopped).toBe(0);
  });
});

describe('exo-shell replay on a missing or malformed corpus', () => {
  it('says what is missing in one line, with exit code 66', async () => {
    const { replayMain } = await import('../../shell/replay');
    const errors: string[] = [];
    const write = process.stderr.write;
    process.stderr.write = ((s: string) => (errors.push(s), true)) as typeof process.stderr.write;
    try {
      expect(await replayMain(['/nonexistent/corpus.jsonl', '--parse-only'])).toBe(66);
    } finally {
      process.stderr.write = write;
    }
    expect(errors.join('')).toMatch(/^exo-shell replay: cannot find '\/nonexistent\/corpus\.jsonl'\. The doc corpus is not part of the project/);
  });

  it('names the line that is not JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'exo-corpus-'));
    const file = join(dir, 'c.jsonl');
    writeFileSync(file, '{"source":"a","block":0,"code":"Get-Date"}\n{oops\n');
    expect(() => readCorpus(file)).toThrow(CorpusError);
    expect(() => readCorpus(file)).toThrow(/c\.jsonl:2: not a JSON line/);
  });
});
