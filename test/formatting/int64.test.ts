/**
 * Int64 values beyond a double's exact range keep their digits (the value model holds an Int64
 * from 1E+15 on as a bigint). Expectations are pwsh 7.6's own output, pasted literally.
 */
import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/session';
import { BufferHost } from '../../src/buffer-host';

function run(script: string, width = 80): string {
  const s = createSession({ host: new BufferHost([], width) });
  return s.run(script).text;
}

describe('Int64 beyond 2^53', () => {
  it('literals, casts, MaxValue and integer arithmetic print every digit; a Double of 1E+15 is a Double', () => {
    expect(run("[pscustomobject]@{ A = [long]9007199254740993; B = 1000000000000000; C = -9007199254740993; D = 1e15 } | Format-Table\n[pscustomobject]@{ A = [long]9007199254740993; B = [long]'9223372036854775807' } | Format-List\n\"$([long]::MaxValue) $([long]::MinValue) $(9007199254740993 + 1) $(9007199254740993 * 2)\"\n(9007199254740993).GetType().Name\n")).toBe(
      "\n               A                B                 C                   D\n               -                -                 -                   -\n9007199254740993 1000000000000000 -9007199254740993 1000000000000000.00\n\n\nA : 9007199254740993\nB : 9223372036854775807\n\n9223372036854775807 -9223372036854775808 9007199254740994 18014398509481986\nInt64\n",
    );
  });

  it('[long] of an out-of-range value is a cast error, not a wrong number', () => {
    expect(run("try { [long]1e19 } catch { $_.Exception.Message }")).toBe(
      'Cannot convert value "1E+19" to type "System.Int64". Error: "Arithmetic operation resulted in an overflow."\n',
    );
  });
});
