import { describe, expect, test } from 'vitest';
import { scrypt } from '@noble/hashes/scrypt.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { SCENARIO_HASHES, SCRYPT_PARAMS, hashPassword, hashScenarioPassword, legacySha256, verifyPassword, wrapLegacyHash } from '../../src/model/passwords';
import { SeededRandom, mulberry32Step } from '../../src/model/random';
import { checkWorld } from '../../src/model/invariants';
import { listScenarios, loadScenario } from '../../src/model/scenarios';
import { findMailbox, migrationAccess, verifyCredentials, isDomainVerified } from '../../src/model/queries';
import { WORLD_MESSAGES } from '../../src/model/messages';
import type { World } from '../../src/model/world';

describe('passwords', () => {
  test('salted scrypt hash (N=2^15, r=8, p=1) verifies the right password only', () => {
    const h = hashPassword('P@ssw0rd!', '0011aabb');
    expect(SCRYPT_PARAMS).toEqual({ N: 32768, r: 8, p: 1, dkLen: 32 });
    expect(h).toMatchObject({ algorithm: 'scrypt', n: 32768, r: 8, p: 1, salt: '0011aabb' });
    expect(h.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(verifyPassword(h, 'P@ssw0rd!')).toBe(true);
    expect(verifyPassword(h, 'p@ssw0rd!')).toBe(false);
    expect(verifyPassword(null, '')).toBe(false);
  });

  test("the built-in scenarios' precomputed hashes are right, and seeding uses them", () => {
    // Computed here with scrypt itself, not through the table.
    for (const [password, salt, hash] of SCENARIO_HASHES) {
      expect(bytesToHex(scrypt(password, salt, SCRYPT_PARAMS))).toBe(hash);
    }
    const admin = loadScenario('contoso').onPrem.accounts.find((a) => a.samAccountName === 'administrator')!.password!;
    expect(SCENARIO_HASHES.some(([, salt, hash]) => salt === admin.salt && hash === admin.hash)).toBe(true);
    const mig = loadScenario('contoso-missing-permissions').onPrem.accounts.find((a) => a.samAccountName === 'migadmin')!.password!;
    expect(SCENARIO_HASHES.some(([, salt, hash]) => salt === mig.salt && hash === mig.hash)).toBe(true);
    expect(verifyPassword(hashScenarioPassword('migadmin', 'M1gr@te2025'), 'M1gr@te2025')).toBe(true);
  });

  test('a pre-version-4 SHA-256 hash, wrapped in scrypt, still verifies its password', () => {
    // SHA-256("0011aabb:P@ssw0rd!"), as the hand-written SHA-256 stored it (FIPS 180-4).
    const old = { algorithm: 'sha256', salt: '0011aabb', hash: legacySha256('P@ssw0rd!', '0011aabb') };
    expect(legacySha256('', 'x')).toBe('51e33c7c7efbc350d26f9a93a0632e153adae59543f9e4839f86f207d3f395f2'); // sha256("x:")
    const w = wrapLegacyHash(old);
    expect(w).toMatchObject({ algorithm: 'scrypt-sha256', n: 32768, salt: '0011aabb' });
    expect(w.hash).not.toBe(old.hash);
    expect(verifyPassword(w, 'P@ssw0rd!')).toBe(true);
    expect(verifyPassword(w, 'P@ssw0rd')).toBe(false);
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
