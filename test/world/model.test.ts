import { describe, expect, test } from 'vitest';
import { sha256Hex } from '../../src/model/sha256';
import { hashPassword, verifyPassword } from '../../src/model/passwords';
import { SeededRandom, mulberry32Step } from '../../src/model/random';
import { checkWorld } from '../../src/model/invariants';
import { listScenarios, loadScenario } from '../../src/model/scenarios';
import { findMailbox, migrationAccess, verifyCredentials, isDomainVerified } from '../../src/model/queries';
import { WORLD_MESSAGES } from '../../src/model/messages';
import type { World } from '../../src/model/world';

describe('sha256 (FIPS 180-4 test vectors)', () => {
  test.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
    ['a'.repeat(1000), '41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3'],
  ])('sha256(%#)', (input, hex) => {
    expect(sha256Hex(input)).toBe(hex);
  });
});

describe('passwords', () => {
  test('salted hash verifies the right password only', () => {
    const h = hashPassword('P@ssw0rd!', '0011aabb');
    expect(h).toEqual({ algorithm: 'sha256', salt: '0011aabb', hash: sha256Hex('0011aabb:P@ssw0rd!') });
    expect(verifyPassword(h, 'P@ssw0rd!')).toBe(true);
    expect(verifyPassword(h, 'p@ssw0rd!')).toBe(false);
    expect(verifyPassword(null, '')).toBe(false);
  });

  test.each([
    ['CONTOSO\\administrator', 'P@ssw0rd!', true],
    ['contoso\\Administrator', 'P@ssw0rd!', true],
    ['administrator@contoso.com', 'P@ssw0rd!', true],
    ['administrator', 'P@ssw0rd!', true],
    ['CONTOSO\\administrator', 'wrong', false],
    ['FABRIKAM\\administrator', 'P@ssw0rd!', false],
    ['CONTOSO\\sara.lindqvist', 'P@ssw0rd!', false],
  ])('verifyCredentials(%s, %s) = %s', (user, password, ok) => {
    const w = loadScenario('contoso');
    expect(verifyCredentials(w.onPrem, user, password)).toBe(ok);
  });

  test('no plain password anywhere in a world', () => {
    for (const s of ['contoso', 'contoso-missing-permissions']) expect(JSON.stringify(loadScenario(s))).not.toMatch(/P@ssw0rd!|M1gr@te2025/);
  });
});

describe('seeded random', () => {
  test('same seed, same sequence; state continues it', () => {
    const a = new SeededRandom(42);
    const b = new SeededRandom(42);
    const xs = [a.next(), a.next(), a.next()];
    expect([b.next(), b.next(), b.next()]).toEqual(xs);
    let state = 42;
    const ys = [0, 1, 2].map(() => {
      const r = mulberry32Step(state);
      state = r.state;
      return r.value;
    });
    expect(ys).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('invariants', () => {
  test.each(listScenarios().map((s) => s.name))('built-in scenario %s has no invariant violation', (name) => {
    expect(checkWorld(loadScenario(name))).toEqual([]);
  });

  const cases: [string, (w: World) => void, string][] = [
    ['duplicate SMTP address', (w) => {
      w.onPrem.mailboxes[2]!.emailAddresses.push('smtp:sara.lindqvist@contoso.com');
    }, "The address 'sara.lindqvist@contoso.com' is used by both mailbox 'sara.lindqvist' and mailbox 'tomas.novak'."],
    ['mailbox on a missing database', (w) => {
      w.onPrem.mailboxes[1]!.database = 'DB9';
    }, "The mailbox 'sara.lindqvist' is on database 'DB9', which does not exist."],
    ['database on a missing server', (w) => {
      w.onPrem.databases[0]!.server = 'EXCH-OLD';
    }, "The database 'Mailbox Database 0815437251' is on server 'EXCH-OLD', which does not exist."],
    ['primary address not among addresses', (w) => {
      w.onPrem.mailboxes[1]!.primarySmtpAddress = 'sara@contoso.com';
    }, "The recipient 'sara.lindqvist' has primary SMTP address 'sara@contoso.com' missing from its email addresses."],
    ['duplicate alias', (w) => {
      w.onPrem.contacts[0]!.alias = 'sales';
    }, "The alias 'sales' is used more than once in the on-premises organization."],
    ['unknown FullAccess principal', (w) => {
      w.onPrem.mailboxes[1]!.fullAccess.push('ghost');
    }, "The FullAccess list of 'sara.lindqvist' names 'ghost', which is not an account or mailbox."],
    ['file without parent', (w) => {
      w.files.nodes['d:\\x\\y.txt'] = { path: 'D:\\x\\y.txt', kind: 'file', base64: '', length: 0, lastWriteTime: 0 };
    }, "The file or folder 'D:\\x\\y.txt' has no parent folder."],
  ];
  test.each(cases)('%s is reported', (_, breakIt, message) => {
    const w = loadScenario('contoso');
    breakIt(w);
    expect(checkWorld(w)[0]?.message).toBe(message);
  });

  test('message ids are unique and every template is non-empty', () => {
    const ids = Object.keys(WORLD_MESSAGES);
    expect(new Set(ids.map((i) => i.toLowerCase())).size).toBe(ids.length);
    for (const t of Object.values(WORLD_MESSAGES)) expect(t.length).toBeGreaterThan(10);
  });
});

describe('queries', () => {
  const w = loadScenario('contoso');
  test.each(['sara.lindqvist', 'Sara Lindqvist', 'sara.lindqvist@contoso.com', 'CONTOSO\\sara.lindqvist', 'SMTP:sara.lindqvist@contoso.com'.slice(5)])(
    'findMailbox(%s)',
    (id) => {
      expect(findMailbox(w.onPrem, id)?.alias).toBe('sara.lindqvist');
    },
  );
  test('findMailbox by secondary address', () => {
    expect(findMailbox(w.onPrem, 'support@contoso.com')?.alias).toBe('helpdesk');
  });
  test('migration access: domain admin on contoso; FullAccess withheld in the permissions variant', () => {
    const m = findMailbox(w.onPrem, 'grace.walsh')!;
    expect(migrationAccess(w.onPrem, 'CONTOSO\\administrator', m)).toBe('DomainAdmin');
    const v = loadScenario('contoso-missing-permissions');
    expect(migrationAccess(v.onPrem, 'administrator', findMailbox(v.onPrem, 'grace.walsh')!)).toBeNull();
    expect(migrationAccess(v.onPrem, 'administrator', findMailbox(v.onPrem, 'tomas.novak')!)).toBe('FullAccess');
    expect(migrationAccess(v.onPrem, 'migadmin', findMailbox(v.onPrem, 'tomas.novak')!)).toBeNull();
  });
  test('domain verification state', () => {
    expect(isDomainVerified(w, 'contoso.com')).toBe(true);
    expect(isDomainVerified(w, 'contoso.onmicrosoft.com')).toBe(true);
    expect(isDomainVerified(loadScenario('contoso-domain-unverified'), 'contoso.com')).toBe(false);
  });
});

describe('principal names', () => {
  test.each([
    ['CONTOSO\\Administrator', 'administrator'],
    ['corp.contoso.com\\administrator', 'administrator'],
    ['administrator', 'administrator'],
    ['FABRIKAM\\administrator', 'fabrikam\\administrator'],
  ])('%s -> %s', async (id, expected) => {
    const { principalName } = await import('../../src/model/queries');
    expect(principalName(loadScenario('contoso').onPrem, id)).toBe(expected);
  });
});
