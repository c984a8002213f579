/**
 * Corpus replay (issue 16): blocks replayed per second by `exo-shell replay <corpus.jsonl>` (replayCorpus:
 * each block in a new session on a fresh contoso world, the Exchange Management Shell imported), goal
 * ≥ 1,000 blocks/s. The whole doc corpus when ../shared is present; otherwise the project's fixtures
 * (test/fixtures/corpus and the article fixtures' blocks) and a generated sample, so CI runs it as a smoke.
 * Prints the summary line too (the verdicts, to compare with docs/corpus-run-report.md) and the slowest blocks.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { replayCorpus, summaryLine, type CorpusBlock } from '../src/lab/article-replay';
import { extractArticleBlocks } from '../src/lab/articles';
import { readCorpus } from '../shell/replay';
import type { BenchModule } from './run';

/** Blocks of the kinds the corpus has: runs, errors, placeholders, parse errors, commands not emulated, pipelines, loops. */
const SAMPLE = [
  'Get-Mailbox',
  'Get-Mailbox -ResultSize Unlimited | Select-Object DisplayName,PrimarySmtpAddress',
  'Get-MigrationBatch -Identity Nope',
  'Set-Mailbox -Identity <identity> -ProhibitSendQuota 10GB',
  'Get-Mailbox -Identity "Terry Adams" |',
  'Set-UMMailboxPolicy -Identity MyUMMailboxPolicy -PINLifetime 60',
  'Get-MigrationEndpoint | Format-List Identity,EndpointType,RemoteServer',
  '$m = Get-Mailbox; foreach ($x in $m) { $x.Alias }',
  'Get-ExchangeServer | Where-Object { $_.ServerRole -match "Mailbox" } | Format-Table Name,ServerRole',
  'New-AcceptedDomain -Name fabrikam.com -DomainName fabrikam.com -DomainType Authoritative',
  '$cred = Get-Credential; Test-MigrationServerAvailability -ExchangeOutlookAnywhere -Autodiscover -EmailAddress administrator@contoso.com -Credentials $cred',
  'Get-OrganizationConfig | Format-List Name,IsDehydrated',
];

function fixtureBlocks(): CorpusBlock[] {
  const blocks: CorpusBlock[] = [];
  const corpusDir = resolve(process.cwd(), 'test/fixtures/corpus');
  if (existsSync(corpusDir)) for (const f of readdirSync(corpusDir).filter((x) => x.endsWith('.jsonl')).sort()) blocks.push(...readCorpus(join(corpusDir, f)));
  const articles = resolve(process.cwd(), 'test/fixtures/articles');
  if (existsSync(articles))
    for (const f of readdirSync(articles).filter((x) => x.endsWith('.md')).sort())
      for (const b of extractArticleBlocks(readFileSync(join(articles, f), 'utf8'))) blocks.push({ source: f, block: b.index, code: b.code });
  return blocks;
}

const bench: BenchModule = {
  name: 'replay',
  bench(opts) {
    let blocks: CorpusBlock[];
    let what: string;
    if (opts.corpusPath) {
      blocks = readCorpus(opts.corpusPath);
      what = 'the doc corpus (../shared/corpus/exchange-doc-examples.jsonl)';
    } else {
      const fixtures = fixtureBlocks();
      const n = opts.smoke ? 300 : 3000;
      blocks = [...fixtures, ...Array.from({ length: n }, (_, i) => ({ source: 'generated', block: i, code: SAMPLE[i % SAMPLE.length]! }))];
      what = `the test fixtures (${fixtures.length} blocks) and a generated sample (${n} blocks); ../shared is absent`;
    }
    // One warm-up block: the first session pays for loading the modules' code.
    replayCorpus(blocks.slice(0, 1));
    const times: { ms: number; source: string; block: number }[] = [];
    let last = performance.now();
    const start = last;
    const cpu = process.cpuUsage();
    const r = replayCorpus(blocks, {
      onBlock: (rec) => {
        const now = performance.now();
        times.push({ ms: now - last, source: rec.source, block: rec.block });
        last = now;
      },
    });
    const seconds = (performance.now() - start) / 1000;
    const used = process.cpuUsage(cpu);
    const cpuSeconds = (used.user + used.system) / 1e6;
    console.log(`corpus replay of ${what}`);
    console.log(`${blocks.length} blocks in ${seconds.toFixed(2)} s: ${Math.round(blocks.length / seconds).toLocaleString('en-US')} blocks/s (goal >= 1,000/s)`);
    // On a machine shared with other work the wall time stretches; the CPU time does not (it counts the GC's threads too).
    console.log(`CPU time ${cpuSeconds.toFixed(2)} s: ${Math.round(blocks.length / cpuSeconds).toLocaleString('en-US')} blocks per CPU second`);
    console.log(summaryLine(r.summary));
    const slowest = times.sort((a, b) => b.ms - a.ms).slice(0, 5);
    console.log(`slowest blocks: ${slowest.map((t) => `${t.source.split('/').pop()}#${t.block} ${t.ms.toFixed(0)} ms`).join(', ')}`);
  },
};

export default bench;
