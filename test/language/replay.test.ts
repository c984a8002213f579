import { existsSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { replayMain } from '../../shell/replay';

const corpus = '/work/shared/corpus/exchange-doc-examples.jsonl';

async function run(args: string[]): Promise<{ code: number; out: string }> {
  const chunks: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((c: string | Uint8Array) => {
    chunks.push(String(c));
    return true;
  });
  try {
    const code = await replayMain(args);
    return { code, out: chunks.join('') };
  } finally {
    spy.mockRestore();
  }
}

describe.skipIf(!existsSync(corpus))('exo-shell replay --parse-only', () => {
  it('prints exactly one summary line', async () => {
    const { code, out } = await run([corpus, '--parse-only']);
    expect(code).toBe(0);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const m = /^parsed: (\d+), parse errors: (\d+)$/.exec(lines[0]!);
    expect(m).not.toBeNull();
    const [parsed, failed] = [Number(m![1]), Number(m![2])];
    expect(parsed + failed).toBe(8831);
    // Measured: 7495 parse; the failures are placeholders, prose, output samples and non-PowerShell.
    expect(parsed).toBeGreaterThanOrEqual(7495);
  }, 120_000);

  it('--errors lists each failing block with its first error and the offending line', async () => {
    const { out } = await run([corpus, '--parse-only', '--errors']);
    const lines = out.trimEnd().split('\n');
    const summary = /^parsed: (\d+), parse errors: (\d+)$/.exec(lines.at(-1)!)!;
    expect(lines.length).toBe(1 + 2 * Number(summary[2]));
    expect(out).toContain(
      "office-docs-powershell:exchange/exchange-ps/ExchangePowerShell/Connect-ExchangeOnline.md#1: RedirectionNotSupported at 1:31: The '<' operator is reserved for future use.\n    Connect-ExchangeOnline -AppId <%App_id%>",
    );
    expect(lines[0]).toMatch(/^\S+#\d+: [A-Za-z]+ at \d+:\d+: .+$/);
    expect(lines[1]).toMatch(/^ {4}/);
  }, 120_000);
});
