import { describe, expect, test } from 'vitest';
import { createSession } from '../../src/session';
import { decryptWithKey, encryptWithKey } from '../../src/engine/secure-string-crypto';

const PLAIN = 'Tr0ub4dor&3-é€';
const k = (from: number, n: number) => Uint8Array.from({ length: n }, (_, i) => from + i);
// Made by pwsh 7.6.10 on Linux: ConvertFrom-SecureString (ConvertTo-SecureString 'Tr0ub4dor&3-é€' -AsPlainText -Force) -Key ...
const PWSH = {
  k16: '76492d1116743f0423413b16050a5345MgB8AEkAYQBjAFcAaQBxAHUAVgByADAAVABiAHQAdgBYAG4ATwB1AHoAWAA4AFEAPQA9AHwAYgAwAGMANABlADUANgAxAGMAYgBlADIANgAxADAAZAA5ADgANgA3ADIANAA0ADcAMABjAGIAZAA0ADQAMgBiAGQANAAzADkAOQAwADEAMAAwAGUAMwA2ADQANAA4ADYAOABmADQAOQBlADMAZAA3AGUAMwAzADcAMgBjAGEANgA=',
  k24: '76492d1116743f0423413b16050a5345MgB8AHoAQwB4AEYAZQAwAEkAZwBvAG4AYQA1AE0AVwA4ADcARABYADAAUwByAGcAPQA9AHwAYgBiAGUAZAA0ADMANQBhADAAYQBhADgAMABkADYAMgA5ADYANAA5ADgAYwA2ADQAOQBkADgANABkADIAMABkADEANQA3ADkAMABjADUAMgBjADUANgBjADIAMQBlAGYAOQBjAGUANgBlAGQAOAA1AGIAMwAxAGEAZABiADUAMQA=',
  k32: '76492d1116743f0423413b16050a5345MgB8AEwAdABEAGMASQBYAEUAUgByAFYAcwB0AEMAcgBiAE8AdgB5AHgAcgAzAEEAPQA9AHwAZQA1ADYAYgA1ADAAYQA1ADcAYwA2AGYANgBiADkAMQBhAGUAOABlADcAYgBlADAAZQAxADIAZABmADAAZgA4ADIAMwA3ADgAYQAxAGYAYwBjADAAOQA2ADAAOAA2ADUAYgAzADkANQA5AGEAMABjADAAZQA5ADMAMwBiADIANAA=',
  // -SecureKey (ConvertTo-SecureString '8charKey' -AsPlainText -Force): the key is its UTF-16LE bytes.
  secureKey: '76492d1116743f0423413b16050a5345MgB8AFUAdwBPAEMANwBrAEIAWQBzAG8AZgBLAHUAZQBJAGoAOABkAEIAZAAzAFEAPQA9AHwAYQA1ADQAMwA2ADUAMAA1ADcAYgAzAGYAZgA4ADIAYgBmADcAMQA2AGMAYwA0AGIAYQBiADQANwA1ADQANAAzADkANQAxADQAOQA0ADAAMgA5ADEAOAA0ADQAYgAwADcAZgA3ADYAYQA3ADEAYQBlAGYANgAxADEANgBhADIAMwA=',
};
// Made by the emulator with -Key (1..16) and a zero IV; pwsh 7.6.10 converts it back to PLAIN
// (ConvertTo-SecureString $s -Key (1..16) | ConvertFrom-SecureString -AsPlainText).
const EMULATOR_K16 = encryptWithKey(PLAIN, k(1, 16), new Uint8Array(16));

describe("ConvertFrom-/ConvertTo-SecureString with a key: pwsh's own format", () => {
  test.each([
    ['16-byte -Key', PWSH.k16, '([byte[]](1..16))'],
    ['24-byte -Key', PWSH.k24, '([byte[]](101..124))'],
    ['32-byte -Key', PWSH.k32, '([byte[]](200..231))'],
  ])('a string made by pwsh with a %s converts back', (_, text, key) => {
    const r = createSession().run(`ConvertTo-SecureString '${text}' -Key ${key} | ConvertFrom-SecureString -AsPlainText`);
    expect(r.errors).toEqual([]);
    expect(r.text).toBe(`${PLAIN}\n`);
  });

  test('-SecureKey: the key is the secure string\'s UTF-16 bytes', () => {
    const r = createSession().run(`$sk = ConvertTo-SecureString '8charKey' -AsPlainText -Force; ConvertTo-SecureString '${PWSH.secureKey}' -SecureKey $sk | ConvertFrom-SecureString -AsPlainText`);
    expect(r.text).toBe(`${PLAIN}\n`);
  });

  test('the emulator writes the header, base64 of "2|IV|hex", and round-trips with a fresh IV each time', () => {
    expect(EMULATOR_K16).toBe(
      '76492d1116743f0423413b16050a5345' + Buffer.from('2|AAAAAAAAAAAAAAAAAAAAAA==|' + Buffer.from(decryptFixture()).toString('hex'), 'utf16le').toString('base64'),
    );
    expect(decryptWithKey(EMULATOR_K16, k(1, 16))).toBe(PLAIN);
    const s = createSession();
    const r = s.run(`$k = [byte[]](1..32); $s = ConvertTo-SecureString '${PLAIN}' -AsPlainText -Force; $a = ConvertFrom-SecureString $s -Key $k; $b = ConvertFrom-SecureString $s -Key $k; $a -ne $b; $a.StartsWith('76492d1116743f0423413b16050a5345'); ConvertTo-SecureString $a -Key $k | ConvertFrom-SecureString -AsPlainText`);
    expect(r.text).toBe(`True\nTrue\n${PLAIN}\n`);
  });

  test("a wrong key, a bad key length and a bad string fail with pwsh's records", () => {
    const s = createSession();
    const wrong = s.run(`ConvertTo-SecureString '${PWSH.k16}' -Key ([byte[]](2..17))`);
    expect(wrong.errors[0]).toMatchObject({ fullyQualifiedErrorId: 'ImportSecureString_InvalidArgument_CryptographicError,Microsoft.PowerShell.Commands.ConvertToSecureStringCommand', category: 'InvalidArgument' });
    expect(wrong.errors[0]!.message).toBe('Padding is invalid and cannot be removed.');
    const len = s.run(`ConvertFrom-SecureString (ConvertTo-SecureString x -AsPlainText -Force) -Key ([byte[]](1..5))`);
    expect(len.errors[0]).toMatchObject({ fullyQualifiedErrorId: 'Argument,Microsoft.PowerShell.Commands.ConvertFromSecureStringCommand', category: 'InvalidArgument' });
    expect(len.errors[0]!.message).toBe('The specified key is not valid. Valid key length settings are either 128 bits, 192 bits, or 256 bits.');
    const block = s.run(`ConvertTo-SecureString 'abcd' -Key ([byte[]](1..16))`);
    expect(block.errors[0]!.message).toBe('The input data is not a complete block.');
  });
});

function decryptFixture(): Uint8Array {
  // The ciphertext part of EMULATOR_K16, read back out of its own base64 (checks the framing, not AES).
  const inner = Buffer.from(EMULATOR_K16.slice(32), 'base64').toString('utf16le').split('|');
  return Buffer.from(inner[2]!, 'hex');
}

describe('without a key: the world key (DPAPI on Windows, plain hex in pwsh on Linux)', () => {
  test('a DPAPI-shaped blob that holds no plain text and converts back in the same world only', () => {
    const a = createSession();
    const r = a.run(`$e = ConvertFrom-SecureString (ConvertTo-SecureString 'W0rld-K3y!' -AsPlainText -Force); $e; ConvertTo-SecureString $e | ConvertFrom-SecureString -AsPlainText`);
    const [blob, back] = r.text.trim().split('\n');
    expect(blob).toMatch(/^01000000d08c9ddf0115d1118c7a00c04fc297eb0100000045584f32[0-9a-f]+$/);
    expect(blob).not.toContain(Buffer.from('W0rld-K3y!', 'utf16le').toString('hex'));
    expect(back).toBe('W0rld-K3y!');
    const other = createSession().run(`ConvertTo-SecureString '${blob}'`);
    expect(other.errors[0]).toMatchObject({ fullyQualifiedErrorId: 'ImportSecureString_InvalidArgument_CryptographicError,Microsoft.PowerShell.Commands.ConvertToSecureStringCommand', category: 'InvalidArgument' });
    expect(other.errors[0]!.message).toBe('Key not valid for use in specified state.');
  });

  test('the plain UTF-16LE hex pwsh writes on Linux converts back', () => {
    // pwsh 7.6.10 on Linux: ConvertFrom-SecureString (ConvertTo-SecureString 'P@ssw0rd!' -AsPlainText -Force)
    const r = createSession().run(`ConvertTo-SecureString '500040007300730077003000720064002100' | ConvertFrom-SecureString -AsPlainText`);
    expect(r.text).toBe('P@ssw0rd!\n');
  });

  test('Export-Clixml <SS>: a credential round-trips in its world; another world gets DPAPI\'s key error', () => {
    const a = createSession();
    a.run(`New-Item C:\\Temp -ItemType Directory -Force | Out-Null; $c = New-Object PSCredential('ann', (ConvertTo-SecureString 'Cl1xml-Pw!' -AsPlainText -Force)); $c | Export-Clixml C:\\Temp\\c.xml`);
    const xml = a.runtime.fs.readText('C:\\Temp\\c.xml');
    expect(xml).not.toContain('Cl1xml-Pw!');
    expect(xml).not.toContain(Buffer.from('Cl1xml-Pw!', 'utf16le').toString('hex'));
    expect(a.run(`(Import-Clixml C:\\Temp\\c.xml).GetNetworkCredential().Password`).text).toBe('Cl1xml-Pw!\n');
    const b = createSession();
    b.run('New-Item C:\\Temp -ItemType Directory -Force | Out-Null');
    b.runtime.fs.writeText('C:\\Temp\\c.xml', xml);
    const r = b.run(`Import-Clixml C:\\Temp\\c.xml`);
    expect(r.errors[0]).toMatchObject({ fullyQualifiedErrorId: 'System.Security.Cryptography.CryptographicException,Microsoft.PowerShell.Commands.ImportClixmlCommand', category: 'NotSpecified' });
    expect(r.errors[0]!.message).toBe('Key not valid for use in specified state.');
  });

  test('SecureString prints as pwsh prints it', () => {
    const r = createSession().run(`$s = ConvertTo-SecureString 'Pr1nt-Me!' -AsPlainText -Force; $s; "$s"; $s.GetType().FullName`);
    expect(r.text).toBe('System.Security.SecureString\n'.repeat(3));
  });
});
