/**
 * Formatting against the real pwsh (test/pwsh/formatting.ts): objects of many shapes through every
 * Format-* and Out-String at widths 80, 120 and 200 print what pwsh prints.
 * ORACLE_FORMATTING sets the count (default 600).
 */
import { describe, expect, it } from 'vitest';
import { formattingCases } from './formatting';
import { firstDisagreements, measureAgreement, oracleAvailable } from './oracle';

describe.skipIf(!oracleAvailable())('formatting against pwsh', () => {
  it('prints what pwsh prints', async () => {
    const cases = formattingCases(Number(process.env.ORACLE_FORMATTING ?? 600));
    const { disagreements } = await measureAgreement('formatting', cases);
    expect(firstDisagreements(disagreements)).toBe('');
  });
});
