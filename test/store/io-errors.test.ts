/**
 * A state file on a full disk or in a read-only folder (failures injected through the store's fs
 * layer; a real read-only folder where chmod binds this user), and hand edits the load refuses.
 *
 * The behaviour: a command whose changes cannot be saved fails with
 *   <Cmdlet>: The world could not be saved to '<file>': <reason>. Nothing was changed.
 * (WorldNotSaved, WriteError, IOException); the world in memory rolls back, the file keeps its bytes,
 * no temporary file is left, and the command's output is not printed. Commands that change nothing
 * (Get-*) work as usual in a folder that cannot be written.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileStateStore, MAX_REVISION, readWorldFile, WORLD_FILE_FORMAT } from '../../shell/file-store';
import { errnoError, nodeFs, type StoreFs } from '../../shell/store-fs';
import { loadScenario } from '../../src/model/scenarios';
import { WORLD_SCHEMA_VERSION } from '../../src/model/world';
import { createSession } from '../../src/session';
import type { ErrorRecord } from '../../src/engine/errors';

let dir: string;
let n = 0;
beforeAll(() => void (dir = mkdtempSync(join(tmpdir(), 'exo-io-'))));
afterAll(() => {
  chmodSync(dir, 0o700);
  for (const d of readdirSync(dir)) chmodSync(join(dir, d), 0o700);
  rmSync(dir, { recursive: true, force: true });
});

/** A folder of its own per test, so leftovers are easy to see. */
function fresh(): string {
  const folder = join(dir, `t${++n}`);
  mkdirSync(folder);
  return join(folder, 'lab.world.json');
}

/** node:fs with one operation failing with `code` while `failing()` says so. */
function faulty(code: string, op: 'write' | 'open-for-writing' | 'rename', failing: () => boolean): StoreFs {
  return {
    ...nodeFs,
    writeSync: (fd, b, o, l) => {
      if (op === 'write' && failing()) throw errnoError(code, 'write');
      return nodeFs.writeSync(fd, b, o, l);
    },
    openSync: (p, flags, mode) => {
      if (op === 'open-for-writing' && flags !== 'r' && failing()) throw errnoError(code, 'open', p);
      return nodeFs.openSync(p, flags, mode);
    },
    renameSync: (a, b) => {
      if (op === 'rename' && failing()) throw errnoError(code, 'rename', a);
      nodeFs.renameSync(a, b);
    },
  };
}

const leftovers = (path: string) => readdirSync(join(path, '..')).filter((f) => f !== 'lab.world.json');
const CRED = '$cred = New-Object PSCredential "CONTOSO\\administrator",(ConvertTo-SecureString "P@ssw0rd!" -AsPlainText -Force)';
const TSMA = '$TSMA = Test-MigrationServerAvailability -ExchangeOutlookAnywhere -Autodiscover -EmailAddress administrator@contoso.com -Credentials $cred';
const NEW_ENDPOINT = 'New-MigrationEndpoint -ExchangeOutlookAnywhere -Name CutoverEndpoint -ConnectionSettings $TSMA.ConnectionSettings; "after"';
const ids = (errors: ErrorRecord[]) => errors.map((e) => [e.fullyQualifiedErrorId, e.category, e.exception.typeName, e.targetObject]);

describe('a save that fails: the command says so, nothing changes, its output is not shown', () => {
  const cases: [string, string, 'write' | 'open-for-writing' | 'rename', string][] = [
    ['a full disk', 'ENOSPC', 'write', 'No space left on device'],
    ['a read-only file system', 'EROFS', 'open-for-writing', 'Read-only file system'],
    ['a folder that denies writing', 'EACCES', 'open-for-writing', 'Access to the path is denied'],
    ['a rename refused', 'EPERM', 'rename', 'Access to the path is denied'],
    ['a disk quota', 'EDQUOT', 'write', 'Disk quota exceeded'],
  ];
  test.each(cases)('%s (%s at %s)', (_, code, op, reason) => {
    const path = fresh();
    let broken = false;
    const store = FileStateStore.create(path, loadScenario('contoso'), { fs: faulty(code, op, () => broken) });
    const session = createSession({ store });
    expect(session.run(`${CRED}; ${TSMA}`).errors).toEqual([]);
    const before = readFileSync(path, 'utf8');
    broken = true;
    const r = session.run(NEW_ENDPOINT);
    expect(r.text).toBe(`New-MigrationEndpoint: The world could not be saved to '${path}': ${reason}. Nothing was changed.\nafter\n`);
    expect(ids(r.errors)).toEqual([['WorldNotSaved,New-MigrationEndpoint', 'WriteError', 'System.IO.IOException', path]]);
    expect(readFileSync(path, 'utf8')).toBe(before);
    expect(leftovers(path)).toEqual([]);
    expect(session.world.tenant.migration.endpoints).toEqual([]);
    // Reading still works; once the disk is back, the same command is saved.
    expect(session.run('Get-MigrationEndpoint; "read"').text).toBe('read\n');
    broken = false;
    expect(session.run(NEW_ENDPOINT).text).toContain('CutoverEndpoint ExchangeOutlookAnywhere mail.contoso.com');
    expect(readWorldFile(path).world.tenant.migration.endpoints.map((e) => e.name)).toEqual(['CutoverEndpoint']);
    expect(leftovers(path)).toEqual([]);
  });

  test('in a read-only folder, commands that change nothing run as usual (no lock error)', () => {
    const path = fresh();
    FileStateStore.create(path, loadScenario('contoso'));
    const store = FileStateStore.open(path, { fs: faulty('EROFS', 'open-for-writing', () => true) });
    const session = createSession({ store });
    const r = session.run('Get-MigrationBatch; (Get-MigrationEndpoint | Measure-Object).Count; Get-LabClock | Out-Null; "read"');
    expect([r.text, r.errors]).toEqual(['0\nread\n', []]);
    expect(leftovers(path)).toEqual([]);
  });

  test('a pipeline whose save fails prints none of its objects', () => {
    const path = fresh();
    let broken = false;
    const store = FileStateStore.create(path, loadScenario('contoso'), { fs: faulty('ENOSPC', 'write', () => broken) });
    const session = createSession({ store });
    expect(session.run(`${CRED}; ${TSMA}`).errors).toEqual([]);
    broken = true;
    // ForEach-Object's call is the transaction: its own output and the endpoint's are both held back.
    const r = session.run("'a', 'b' | ForEach-Object { $_; New-MigrationEndpoint -ExchangeOutlookAnywhere -Name \"E$_\" -ConnectionSettings $TSMA.ConnectionSettings }");
    expect(r.text).toBe(`ForEach-Object: The world could not be saved to '${path}': No space left on device. Nothing was changed.\n`);
    expect(session.world.tenant.migration.endpoints).toEqual([]);
  });

  test('reset and restore that cannot be saved leave the world in memory as it was', () => {
    const path = fresh();
    let broken = false;
    const store = FileStateStore.create(path, loadScenario('contoso'), { fs: faulty('ENOSPC', 'write', () => broken) });
    const snap = store.snapshot();
    store.transaction((w) => void (w.clock.now += 1000));
    broken = true;
    expect(() => store.restore(snap)).toThrow(`The world could not be saved to '${path}': No space left on device. Nothing was changed.`);
    expect(() => store.reset()).toThrow(`The world could not be saved to '${path}': No space left on device. Nothing was changed.`);
    expect(store.read().clock.now).toBe(readWorldFile(path).world.clock.now);
  });

  test('creating a world file on a full disk: a clear error, no file and no temporary file', () => {
    const path = fresh();
    expect(() => FileStateStore.create(path, loadScenario('contoso'), { fs: faulty('ENOSPC', 'write', () => true) })).toThrow(
      `The world file '${path}' could not be locked: ENOSPC: no space left on device, write`,
    );
    expect(readdirSync(join(path, '..'))).toEqual([]);
  });

  // root ignores a folder's mode: the real read-only folder is only tried where chmod binds.
  test.skipIf(process.getuid?.() === 0)('a real read-only folder: reading works, a change is refused, the file kept', () => {
    const path = fresh();
    FileStateStore.create(path, loadScenario('contoso'));
    const before = readFileSync(path, 'utf8');
    chmodSync(join(path, '..'), 0o555);
    try {
      const session = createSession({ store: FileStateStore.open(path) });
      expect(session.run('(Get-MigrationEndpoint | Measure-Object).Count').text).toBe('0\n');
      const r = session.run('Set-LabClock -Advance 1h');
      expect(r.text).toBe(`Set-LabClock: The world could not be saved to '${path}': Access to the path is denied. Nothing was changed.\n`);
      expect(readFileSync(path, 'utf8')).toBe(before);
    } finally {
      chmodSync(join(path, '..'), 0o700);
    }
  });
});

describe('hand edits the load refuses: the error names the file and the JSON path; the file is untouched', () => {
  const envelope = (edit: (world: ReturnType<typeof loadScenario>) => void, revision: string = '4') => {
    const world = loadScenario('contoso');
    world.tenant.migration.endpoints.push(
      { ...structuredClone(exampleEndpoint()), name: 'Cutover' },
    );
    edit(world);
    return `{"format":"${WORLD_FILE_FORMAT}","schemaVersion":${WORLD_SCHEMA_VERSION},"revision":${revision},"savedAt":"2025-01-06T09:00:00.000Z","world":${JSON.stringify(world)}}`;
  };
  const cases: [string, () => string, (p: string) => string][] = [
    ['two endpoints of one name (case aside)', () => envelope((w) => w.tenant.migration.endpoints.push({ ...w.tenant.migration.endpoints[0]!, name: 'CUTOVER' })),
      (p) => `The world file '${p}' is inconsistent: /world/tenant/migration/endpoints/1: the migration endpoint 'CUTOVER' is listed more than once (first at /world/tenant/migration/endpoints/0).`],
    ['two tenant domains of one name', () => envelope((w) => w.tenant.domains.push({ ...w.tenant.domains[0]! })),
      (p) => `The world file '${p}' is inconsistent: /world/tenant/domains/${loadScenario('contoso').tenant.domains.length}: the tenant domain '${loadScenario('contoso').tenant.domains[0]!.name}' is listed more than once (first at /world/tenant/domains/0).`],
    ['two mailbox databases of one name', () => envelope((w) => w.onPrem.databases.push({ ...w.onPrem.databases[0]! })),
      (p) => `The world file '${p}' is inconsistent: /world/onPrem/databases/${loadScenario('contoso').onPrem.databases.length}: the mailbox database '${loadScenario('contoso').onPrem.databases[0]!.name}' is listed more than once (first at /world/onPrem/databases/0).`],
    ['a negative revision', () => envelope(() => undefined, '-3'), (p) => `The world file '${p}' is invalid: /revision must be a whole number from 0 to ${MAX_REVISION}, not -3`],
    ['a revision of 1e999', () => envelope(() => undefined, '1e999'), (p) => `The world file '${p}' is invalid: /revision must be a whole number from 0 to ${MAX_REVISION}, not Infinity`],
    ['a fractional revision', () => envelope(() => undefined, '2.5'), (p) => `The world file '${p}' is invalid: /revision must be a whole number from 0 to ${MAX_REVISION}, not 2.5`],
    ['a revision as text', () => envelope(() => undefined, '"7"'), (p) => `The world file '${p}' is invalid: /revision must be a whole number from 0 to ${MAX_REVISION}, not "7"`],
  ];
  test.each(cases)('%s', (_, text, message) => {
    const path = fresh();
    writeFileSync(path, text());
    const before = readFileSync(path, 'utf8');
    expect(() => FileStateStore.open(path)).toThrow(message(path));
    expect(() => FileStateStore.openOrCreate(path, () => loadScenario('contoso'))).toThrow(message(path));
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  test('the duplicate-name check makes the default scenarios no noisier (each one loads)', () => {
    const path = fresh();
    writeFileSync(path, envelope(() => undefined));
    expect(readWorldFile(path).revision).toBe(4);
  });

  test('the largest revision loads; the save after it is refused, and the file never holds Infinity or NaN', () => {
    const path = fresh();
    writeFileSync(path, envelope(() => undefined, String(MAX_REVISION)));
    const store = FileStateStore.open(path);
    expect(() => store.transaction((w) => void (w.clock.now += 1))).toThrow(
      `The world could not be saved to '${path}': revision ${MAX_REVISION + 1} is not a whole number from 0 to ${MAX_REVISION}. Nothing was changed.`,
    );
    expect(readFileSync(path, 'utf8')).not.toMatch(/Infinity|NaN/);
    expect(leftovers(path)).toEqual([]);
  });
});

/** An endpoint as New-MigrationEndpoint saves it (taken from a world where one was made). */
let endpointCache: unknown;
function exampleEndpoint() {
  if (!endpointCache) {
    const session = createSession({ scenario: 'contoso' });
    session.run(`${CRED}; ${TSMA}; ${NEW_ENDPOINT}`);
    endpointCache = session.world.tenant.migration.endpoints[0];
  }
  return endpointCache as ReturnType<typeof loadScenario>['tenant']['migration']['endpoints'][number];
}
