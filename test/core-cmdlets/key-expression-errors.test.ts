/**
 * Sort-Object and Group-Object evaluate a script-block key as pwsh's PSPropertyExpression: an error
 * inside is written in the cmdlet's name and the key is $null (pwsh 7.6.10's text, checked with the oracle).
 */
import { expect, it } from 'vitest';
import { createSession } from '../../src/session';

it("writes a key's error in the cmdlet's name and goes on", () => {
  const s = createSession();
  const r = s.run("$g = 'a','bb' | Group-Object { $_ % 2 }; $g.Count; 'a','bb' | Sort-Object { $_ % 2 }; $Error.Count");
  const cannot = (v: string) => `Cannot convert value "${v}" to type "System.Int32". Error: "The input string '${v}' was not in a correct format."`;
  expect(r.text).toBe(
    [`Group-Object: ${cannot('a')}`, `Group-Object: ${cannot('bb')}`, '2', `Sort-Object: ${cannot('a')}`, `Sort-Object: ${cannot('bb')}`, 'a', 'bb', '4', ''].join('\n'),
  );
  expect(r.errors.map((e) => e.fullyQualifiedErrorId)).toEqual(Array(4).fill('InvalidCastFromStringToInteger'));
});
