import { describe, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  SCENARIO_SCHEMA,
  describeScenario,
  getScenario,
  listScenarios,
  loadScenario,
  validateScenario,
} from '../../src/model/scenarios';
import Ajv from 'ajv';
import { firstScenarioProblem, firstWorldProblem } from '../../src/model/validate';
import { WorldError } from '../../src/model/messages';
import { verifyCredentials, migrationAccess, findMailbox } from '../../src/model/queries';
import { resolveDns } from '../../src/model/dns-records';
import { loadScenarioFile } from '../../shell/scenario-file';

const START = Date.parse('2025-01-06T09:00:00Z');

describe('built-in scenarios', () => {
  test('the list names contoso first and every variant with a description', () => {
    const list = listScenarios();
    expect(list.map((s) => s.name)).toEqual([
      'contoso',
      'contoso-selfsigned-cert',
      'contoso-oa-disabled',
      'contoso-domain-unverified',
      'contoso-domain-not-added',
      'contoso-licenses-short',
      'contoso-missing-permissions',
      'contoso-um-enabled',
      'contoso-hidden-mailbox',
      'contoso-dirsync',
      'contoso-manager-outside',
      'contoso-bad-items',
      'contoso-autodiscover-broken',
      'contoso-2500',
      'contoso-exchange2003-ports-closed',
      'contoso-load-2000',
    ]);
    for (const s of list) expect(s.description.length).toBeGreaterThan(40);
  });

  test.each(listScenarios().map((s) => s.name))('%s validates against the scenario schema and its world against the world schema', (name) => {
    expect(firstScenarioProblem(getScenario(name))).toBeNull();
    expect(firstWorldProblem(loadScenario(name))).toBeNull();
  });

  test('contoso holds what the seed articles need', () => {
    const w = loadScenario('contoso');
    const org = w.onPrem;
    expect([org.version, org.netbiosName, org.adDomain, org.acceptedDomains]).toEqual([2010, 'CONTOSO', 'corp.contoso.com', ['contoso.com']]);
    const srv = org.servers[0]!;
    expect([srv.fqdn, srv.autoDiscoverServiceInternalUri]).toEqual([
      'EXCH-SRV-01.corp.contoso.com',
      'https://autodiscover.contoso.com/Autodiscover/Autodiscover.xml',
    ]);
    expect(srv.outlookAnywhere).toMatchObject({
      enabled: true,
      externalHostName: 'mail.contoso.com',
      authenticationMethods: ['Basic', 'Ntlm'],
      certificate: { subjectNames: ['mail.contoso.com', 'autodiscover.contoso.com'], selfSigned: false, trustedIssuer: true },
    });
    expect(org.mailboxes).toHaveLength(25);
    expect(new Set(org.mailboxes.map((m) => m.primarySmtpAddress)).size).toBe(25);
    expect(findMailbox(org, 'administrator@contoso.com')?.samAccountName).toBe('administrator');
    expect(verifyCredentials(org, 'CONTOSO\\administrator', 'P@ssw0rd!')).toBe(true);
    expect(org.domainAdmins).toEqual(['administrator']);
    for (const m of org.mailboxes) if (m.alias !== 'administrator') expect(m.fullAccess).toContain('administrator');
    expect(org.groups.map((g) => g.alias)).toEqual(['allstaff', 'sales', 'finance', 'itops']);
    expect(org.contacts).toHaveLength(3);
    expect(w.tenant.initialDomain).toBe('contoso.onmicrosoft.com');
    expect(w.tenant.domains).toMatchObject([{ name: 'contoso.com', verified: true }]);
    expect(resolveDns(w, 'contoso.com', 'MX', START)).toEqual([{ value: 'mail.contoso.com', preference: 10 }]);
    expect(w.dns.zones[0]!.records.find((r) => r.type === 'MX')!.ttl).toBe(3600);
    expect(resolveDns(w, 'autodiscover.contoso.com', 'CNAME', START)).toEqual([{ value: 'mail.contoso.com', preference: 0 }]);
    expect(w.files.nodes['c:\\users\\administrator\\desktop']?.kind).toBe('directory');
    expect(w.tenant.migration.batches).toEqual([]);
    // Realistic sizes: between a few MB and a few GB, items consistent with folders.
    for (const m of org.mailboxes) {
      expect(m.folders.reduce((n, f) => n + f.sizeBytes, 0)).toBe(m.sizeBytes);
      expect(m.folders.reduce((n, f) => n + f.itemCount, 0)).toBe(m.itemCount);
    }
  });

  test.each<[string, (w: ReturnType<typeof loadScenario>) => unknown, unknown]>([
    ['contoso-selfsigned-cert', (w) => w.onPrem.servers[0]!.outlookAnywhere.certificate!.selfSigned, true],
    ['contoso-oa-disabled', (w) => w.onPrem.servers[0]!.outlookAnywhere.enabled, false],
    ['contoso-domain-unverified', (w) => [w.tenant.domains[0]!.verified, resolveDns(w, 'contoso.com', 'TXT', START).length], [false, 1]],
    ['contoso-domain-not-added', (w) => [w.tenant.domains, resolveDns(w, 'contoso.com', 'TXT', START), w.tenant.users.map((u) => u.usageLocation)], [[], [{ value: 'v=spf1 mx -all', preference: 0 }], ['US']]],
    ['contoso-licenses-short', (w) => [w.tenant.licenses, w.tenant.defaultUsageLocation, w.tenant.users.map((u) => u.usageLocation)], [[{ skuPartNumber: 'EXCHANGESTANDARD', displayName: 'Exchange Online (Plan 1)', total: 20 }], null, [null]]],
    ['contoso-missing-permissions', (w) => [w.onPrem.domainAdmins, w.onPrem.mailboxes.filter((m) => !migrationAccess(w.onPrem, 'administrator', m)).map((m) => m.alias)], [[], ['administrator', 'grace.walsh', 'felix.bauer', 'hana.sato']]],
    ['contoso-um-enabled', (w) => w.onPrem.mailboxes.filter((m) => m.umEnabled).map((m) => m.alias), ['kenji.tanaka', 'nadia.farouk']],
    ['contoso-hidden-mailbox', (w) => w.onPrem.mailboxes.filter((m) => m.hiddenFromAddressLists).map((m) => m.alias), ['ines.moreau']],
    ['contoso-dirsync', (w) => [w.onPrem.directorySyncEnabled, w.tenant.directorySyncEnabled], [true, true]],
    ['contoso-manager-outside', (w) => [findMailbox(w.onPrem, 'sara.lindqvist')!.manager, w.onPrem.mailUsers.map((u) => u.alias)], ['board.liaison', ['board.liaison']]],
    ['contoso-bad-items', (w) => w.onPrem.mailboxes.filter((m) => m.problemItems.length || m.unreadable).map((m) => m.alias), ['marco.rossi', 'grace.walsh', 'zoe.larsen']],
    ['contoso-autodiscover-broken', (w) => resolveDns(w, 'autodiscover.contoso.com', 'CNAME', START), []],
    ['contoso-2500', (w) => w.onPrem.mailboxes.length, 2500],
    ['contoso-exchange2003-ports-closed', (w) => [w.onPrem.version, w.onPrem.servers[0]!.openPorts, w.onPrem.servers[0]!.autoDiscoverServiceInternalUri], [2003, [25, 443], null]],
    ['contoso-load-2000', (w) => [w.onPrem.mailboxes.length, new Set(w.onPrem.mailboxes.map((m) => m.primarySmtpAddress)).size], [2000, 2000]],
  ])('%s breaks its one prerequisite', (name, probe, expected) => {
    expect(probe(loadScenario(name))).toEqual(expected);
  });

  test('describeScenario summarises without expanding', () => {
    expect(describeScenario('contoso-2500')).toEqual({
      name: 'contoso-2500',
      description: listScenarios().find((s) => s.name === 'contoso-2500')!.description,
      exchangeVersion: 2010,
      domain: 'contoso.com',
      tenantDomain: 'contoso.onmicrosoft.com',
      mailboxes: 2500,
      groups: 0,
      contacts: 3,
      seed: 20250106,
    });
  });

  test('an unknown scenario name lists the known ones', () => {
    expect(() => loadScenario('nope')).toThrow(/^There is no built-in scenario named 'nope'\. Known scenarios: contoso, contoso-selfsigned-cert, /);
  });
});

describe('generation is seeded', () => {
  test('same seed, same world; another seed, other names and sizes', () => {
    const spec = { name: 'gen', onPrem: { mailboxes: [{ generate: { count: 50, sizeMB: [50, 2000] as [number, number] } }] } };
    const a = loadScenario(spec, { seed: 1 });
    const b = loadScenario(spec, { seed: 1 });
    const c = loadScenario(spec, { seed: 2 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.onPrem.mailboxes.map((m) => m.alias)).not.toEqual(c.onPrem.mailboxes.map((m) => m.alias));
    for (const m of a.onPrem.mailboxes) {
      expect(m.sizeBytes).toBeGreaterThanOrEqual(50 * 1024 * 1024);
      expect(m.sizeBytes).toBeLessThanOrEqual(2000 * 1024 * 1024);
    }
    expect(a.random.seed).toBe(1);
  });
});

describe('invalid scenarios give clear errors', () => {
  test.each<[string, unknown, string]>([
    ['missing name', { onPrem: {} }, "The scenario '(unnamed)' is invalid: (root) must have required property 'name'"],
    ['bad version', { name: 'x', onPrem: { version: 2000 } }, "The scenario 'x' is invalid: /onPrem/version must be equal to one of the allowed values: 2003, 2007, 2010, 2013, 2016, 2019"],
    ['unknown property', { name: 'x', onPrem: { mailboxs: [] } }, "The scenario 'x' is invalid: /onPrem must NOT have additional properties 'mailboxs'"],
    ['bad generator', { name: 'x', onPrem: { mailboxes: [{ generate: { count: 0 } }] } }, "The scenario 'x' is invalid: /onPrem/mailboxes/0/generate/count must be >= 1"],
    ['inconsistent world', { name: 'x', onPrem: { mailboxes: [{ name: 'A B', database: 'Nowhere' }] } }, "The scenario 'x' is invalid: The mailbox 'a.b' is on database 'Nowhere', which does not exist."],
  ])('%s', (_, spec, message) => {
    expect(() => validateAndLoad(spec)).toThrow(new WorldError('ScenarioInvalid', []).constructor as never);
    expect(() => validateAndLoad(spec)).toThrow(message);
  });

  function validateAndLoad(spec: unknown) {
    validateScenario(spec);
    return loadScenario(spec);
  }
});

describe('scenario files (Node loader)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'exo-scen-'));

  test('the bundled YAML example loads', () => {
    const w = loadScenarioFile('scenarios/fabrikam-staged.yaml');
    expect(w.scenario.name).toBe('fabrikam-2013');
    expect(w.onPrem.mailboxes).toHaveLength(303);
    expect(w.onPrem.version).toBe(2013);
    expect(w.dns.zones[0]!.records.find((r) => r.type === 'MX')!.ttl).toBe(86400);
    expect(verifyCredentials(w.onPrem, 'FABRIKAM\\migadmin', 'Fabr1kam-Migr8')).toBe(true);
    expect(JSON.stringify(w)).not.toContain('Fabr1kam-Migr8');
  });

  test('JSON files load too', () => {
    const p = join(dir, 'small.json');
    writeFileSync(p, JSON.stringify({ name: 'small', onPrem: { mailboxes: [{ name: 'Ann Lee', sizeMB: 10 }] } }));
    expect(loadScenarioFile(p).onPrem.mailboxes.map((m) => m.primarySmtpAddress)).toEqual(['ann.lee@contoso.com']);
  });

  test.each<[string, string | null, RegExp]>([
    ['missing.yaml', null, /^The scenario file '.*missing\.yaml' could not be read: ENOENT: no such file or directory/],
    ['syntax.yaml', 'name: [unclosed', /^The scenario file '.*syntax\.yaml' could not be parsed: /],
    ['syntax.json', '{"name": ', /^The scenario file '.*syntax\.json' could not be parsed: /],
    ['invalid.yaml', 'name: bad\nonPrem:\n  version: 2000\n', /^The scenario file '.*invalid\.yaml' is invalid: \/onPrem\/version must be equal to one of the allowed values/],
  ])('%s', (file, content, message) => {
    const p = join(dir, file);
    if (content !== null) writeFileSync(p, content);
    expect(() => loadScenarioFile(p)).toThrow(message);
  });

  test('docs/scenario.schema.json is the published form of the schema', () => {
    expect(JSON.parse(readFileSync('docs/scenario.schema.json', 'utf8'))).toEqual(SCENARIO_SCHEMA);
  });

  test('the YAML example validates against the published schema file', () => {
    const schema = JSON.parse(readFileSync('docs/scenario.schema.json', 'utf8'));
    const check = new Ajv({ strict: false }).compile(schema);
    expect(check(parseYaml(readFileSync('scenarios/fabrikam-staged.yaml', 'utf8'))), JSON.stringify(check.errors)).toBe(true);
  });
});

describe('extends', () => {
  test('a scenario object extends a built-in: objects merge, arrays replace', () => {
    const w = loadScenario({
      name: 'contoso-lab-7',
      extends: 'contoso',
      onPrem: { version: 2013, mailboxes: [{ name: 'Ann Lee', sizeMB: 10 }] },
      tenant: { domains: [{ name: 'contoso.com', verified: false }] },
    });
    expect(w.scenario).toEqual({ name: 'contoso-lab-7', description: getScenario('contoso').description });
    expect([w.onPrem.version, w.onPrem.netbiosName, w.onPrem.servers[0]!.fqdn]).toEqual([2013, 'CONTOSO', 'EXCH-SRV-01.corp.contoso.com']);
    expect(w.onPrem.mailboxes.map((m) => m.alias)).toEqual(['ann.lee']);
    expect(w.tenant.domains.map((d) => [d.name, d.verified])).toEqual([['contoso.com', false]]);
  });

  test('a scenario file extends another file (relative) which extends a built-in', () => {
    const d = mkdtempSync(join(tmpdir(), 'exo-ext-'));
    writeFileSync(join(d, 'base.yaml'), 'name: base\nextends: contoso-dirsync\nonPrem:\n  version: 2007\n');
    writeFileSync(join(d, 'lab.yaml'), 'name: lab\nextends: ./base.yaml\ndescription: Lab on 2007 with dir sync\n');
    const w = loadScenarioFile(join(d, 'lab.yaml'));
    expect([w.scenario.name, w.scenario.description, w.onPrem.version, w.onPrem.directorySyncEnabled, w.onPrem.mailboxes.length]).toEqual([
      'lab', 'Lab on 2007 with dir sync', 2007, true, 25,
    ]);
  });

  test('an unknown base is a clear error', () => {
    expect(() => loadScenario({ name: 'x', extends: 'contoso-nope' })).toThrow(/^There is no built-in scenario named 'contoso-nope'\./);
  });
});
