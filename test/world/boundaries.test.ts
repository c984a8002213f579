import { describe, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryStateStore } from '../../src/store/memory-store';
import { loadScenario } from '../../src/model/scenarios';
import { VirtualFileSystem } from '../../src/model/vfs';
import { MountedFileSystem } from '../../shell/mounted-fs';
import { findMailbox, migrationAccess, verifyCredentials, isDomainVerified } from '../../src/model/queries';
import { resolveDns } from '../../src/model/dns-records';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('boundaries', () => {
  test('the world and the store import no Node built-ins (they run in a browser)', () => {
    const files = [...sources('src/model'), ...sources('src/store')].filter((f) => !f.includes('/migration/'));
    const code = (f: string) => readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    const offenders = files.filter((f) => /from ['"](node:|fs['"]|path['"]|os['"]|child_process)|\bprocess\.|\bBuffer\b/.test(code(f)));
    expect(offenders).toEqual([]);
  });
});

describe('contoso meets every prerequisite of the seed articles', () => {
  const w = loadScenario('contoso');
  const now = w.clock.now;
  test.each<[string, () => unknown, unknown]>([
    ['the administrator signs in as CONTOSO\\administrator', () => verifyCredentials(w.onPrem, 'CONTOSO\\administrator', 'P@ssw0rd!'), true],
    ['Autodiscover resolves', () => resolveDns(w, 'autodiscover.contoso.com', 'CNAME', now).length, 1],
    ['Outlook Anywhere is enabled with a trusted certificate naming both hosts', () => {
      const oa = w.onPrem.servers[0]!.outlookAnywhere;
      return oa.enabled && !oa.certificate!.selfSigned && oa.certificate!.trustedIssuer && oa.certificate!.notAfter > now &&
        ['mail.contoso.com', 'autodiscover.contoso.com'].every((n) => oa.certificate!.subjectNames.includes(n));
    }, true],
    ['contoso.com is verified in the tenant', () => isDomainVerified(w, 'contoso.com'), true],
    ['the administrator can open every mailbox', () => w.onPrem.mailboxes.every((m) => migrationAccess(w.onPrem, 'administrator', m) !== null), true],
    ['no mailbox is hidden or UM enabled', () => w.onPrem.mailboxes.some((m) => m.hiddenFromAddressLists || m.umEnabled), false],
    ['directory synchronization is off', () => w.onPrem.directorySyncEnabled || w.tenant.directorySyncEnabled, false],
    ['at most 2,000 mailboxes', () => w.onPrem.mailboxes.length <= 2000, true],
    ['the administrator has a mailbox (the endpoint test address)', () => findMailbox(w.onPrem, 'administrator@contoso.com')?.hiddenFromAddressLists, false],
    ['MX TTL is at most 3,600 s', () => w.dns.zones[0]!.records.find((r) => r.type === 'MX')!.ttl, 3600],
  ])('%s', (_, probe, expected) => {
    expect(probe()).toEqual(expected);
  });
});

describe('host folder mounts (Node only)', () => {
  test('paths under the mount go to the host folder, others to the world', () => {
    const host = mkdtempSync(join(tmpdir(), 'exo-mount-'));
    writeFileSync(join(host, 'users.csv'), 'EmailAddress\n');
    const store = new MemoryStateStore(loadScenario('contoso'));
    const vfs = new VirtualFileSystem(store);
    const fs = new MountedFileSystem(vfs, [{ virtualRoot: 'C:\\Host', hostPath: host }]);
    expect(fs.readText('C:\\Host\\users.csv')).toBe('EmailAddress\n');
    fs.writeText('C:\\Host\\out.txt', 'done');
    expect(readFileSync(join(host, 'out.txt'), 'utf8')).toBe('done');
    expect(store.read().files.nodes['c:\\host\\out.txt']).toBeUndefined();
    fs.setLocation('C:\\Host');
    expect(fs.getLocation()).toBe('C:\\Host');
    expect(fs.readText('users.csv')).toBe('EmailAddress\n');
    expect(fs.list('.').map((e) => e.name).sort()).toEqual(['out.txt', 'users.csv']);
    fs.setLocation('C:\\Users\\Administrator\\Desktop');
    fs.writeText('virtual.txt', 'v');
    expect(existsSync(join(host, 'virtual.txt'))).toBe(false);
    expect(vfs.readText('C:\\Users\\Administrator\\Desktop\\virtual.txt')).toBe('v');
    expect(fs.list('C:\\').map((e) => e.name)).toContain('Host');
    expect(() => fs.readText('C:\\Host\\missing.csv')).toThrow("Cannot find path 'C:\\Host\\missing.csv' because it does not exist.");
  });
});
