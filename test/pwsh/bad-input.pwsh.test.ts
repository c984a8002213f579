/**
 * Bad input against the real pwsh (test/pwsh/bad-input.ts): the same parse errors at the same
 * places, the same ParserError text, and the same binding errors for the core cmdlets.
 */
import { describe, expect, it } from 'vitest';
import { bindingErrorCases, parseErrorCases, parseErrorRunCases } from './bad-input';
import { agreementVerdict, measureAgreement, oracleAvailable } from './oracle';

describe.skipIf(!oracleAvailable())('bad input against pwsh', () => {
  it('parse errors and binding errors read as pwsh reports them', async () => {
    const cases = [...parseErrorCases(), ...parseErrorRunCases(), ...bindingErrorCases()];
    const { disagreements, total } = await measureAgreement('bad-input', cases);
    expect(cases.length).toBeGreaterThan(500);
    // Every binding case agrees; most parse cases left are recoveries after a first error.
    expect(agreementVerdict('bad-input', disagreements, total, { goal: 1, floor: 0.86 })).toBe('');
  });
});
