/**
 * The collected cases against the real pwsh (test/pwsh/collect.ts): every code block of the doc
 * corpus and of the PowerShell reference parses as pwsh parses it (same errors, same places), and the
 * blocks that use only the language and deterministic core cmdlets print what pwsh prints.
 * Goal: at least 99% of the run cases agree; every parse case agrees apart from named differences.
 */
import { describe, expect, it } from 'vitest';
import { collectedBlocks, collectedRunCases } from './collect';
import { firstDisagreements, measureAgreement, oracleAvailable } from './oracle';
import { sharedPath } from '../shared-folder';

const ready = oracleAvailable() && sharedPath('.') !== null;

describe.skipIf(!ready)('collected blocks against pwsh', () => {
  const blocks = ready ? collectedBlocks() : [];

  it('parse: every block gets the parse errors pwsh reports, at the same places', async () => {
    const { disagreements, total } = await measureAgreement('parse', blocks.map((b) => ({ id: b.id, code: b.code, parseOnly: true })));
    expect(total).toBeGreaterThan(8000);
    expect(firstDisagreements(disagreements)).toBe('');
  });

  it('run: at least 99% of the language-only blocks print what pwsh prints', async () => {
    const cases = collectedRunCases(blocks);
    const { disagreements, total } = await measureAgreement('collected', cases);
    expect(cases.length).toBeGreaterThan(100);
    const rate = (total - disagreements.length) / total;
    if (rate < 0.99) expect(firstDisagreements(disagreements)).toBe('');
  });
});
