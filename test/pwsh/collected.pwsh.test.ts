/**
 * The collected cases against the real pwsh (test/pwsh/collect.ts): every code block of the doc
 * corpus and of the PowerShell reference parses as pwsh parses it (same errors, same places), and the
 * blocks that use only the language and deterministic core cmdlets print what pwsh prints.
 * Goal: at least 99% of the run cases agree; every parse case agrees apart from named differences.
 */
import { describe, expect, it } from 'vitest';
import { collectedBlocks, collectedRunCases } from './collect';
import { knownDifference } from './known-differences';
import { compare, describeDisagreement, oracleAvailable, recordAgreement, runExo, runPwsh, type Disagreement, type OracleCase } from './oracle';
import { sharedPath } from '../shared-folder';

const ready = oracleAvailable() && sharedPath('.') !== null;

async function agreement(suite: string, cases: OracleCase[]) {
  const pwsh = await runPwsh(cases);
  const disagreements: Disagreement[] = [];
  const known = new Map<string, number>();
  for (const c of cases) {
    const d = compare(c, pwsh.get(c.id)!, runExo(c));
    if (!d) continue;
    const k = knownDifference(d);
    if (k) known.set(k.name, (known.get(k.name) ?? 0) + 1);
    else disagreements.push(d);
  }
  const knownCount = [...known.values()].reduce((a, b) => a + b, 0);
  const total = cases.length - knownCount;
  recordAgreement(suite, { agreed: total - disagreements.length, total, known: knownCount }, disagreements);
  for (const [name, n] of known) console.log(`${suite}: ${n} case(s) of known difference '${name}'`);
  return { disagreements, total };
}

describe.skipIf(!ready)('collected blocks against pwsh', () => {
  const blocks = ready ? collectedBlocks() : [];

  it('parse: every block gets the parse errors pwsh reports, at the same places', async () => {
    const { disagreements, total } = await agreement('parse', blocks.map((b) => ({ id: b.id, code: b.code, parseOnly: true })));
    expect(total).toBeGreaterThan(8000);
    expect(disagreements.slice(0, 15).map(describeDisagreement).join('\n\n')).toBe('');
  });

  it('run: at least 99% of the language-only blocks print what pwsh prints', async () => {
    const cases = collectedRunCases(blocks);
    const { disagreements, total } = await agreement('collected', cases);
    expect(cases.length).toBeGreaterThan(100);
    const rate = (total - disagreements.length) / total;
    if (rate < 0.99) expect(disagreements.slice(0, 15).map(describeDisagreement).join('\n\n')).toBe('');
  });
});
