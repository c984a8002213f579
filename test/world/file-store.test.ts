import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileStateStore, readWorldFile, WORLD_FILE_FORMAT } from '../../shell/file-store';
import { acquireLock } from '../../shell/lock';
import { processStartToken } from '../../shell/atomic-write';
import { loadScenario } from '../../src/model/scenarios';
import { WORLD_SCHEMA_VERSION } from '../../src/model/world';
import { legacySha256, verifyPassword } from '../../src/model/passwords';
import type { WorldChangeEvent } from '../../src/store/state-store';

let dir: string;
let child: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'exo-store-'));
  child = join(dir, 'world-child.mjs');
  const esbuild = await import('esbuild');
  await esbuild.build({
    entryPoints: [join(__dirname, 'fixtures', 'world-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: child,
    logLevel: 'silent',
    banner: { js: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);" },
  });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const START = Date.parse('2025-01-06T09:00:00Z');
let n = 0;
const fresh = (name = 'contoso') => join(dir, `${name}-${++n}.world.json`);

function runChild(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [child, ...args]);
    let out = '';
    let err = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (err += d));
    p.on('exit', (code) => resolve({ code, out, err }));
  });
}

describe('saving and loading', () => {
  test('a transaction is saved; a second store on the file sees it; revision counts saves', () => {
    const path = fresh();
    const a = FileStateStore.create(path, loadScenario('contoso'));
    const b = FileStateStore.open(path);
    a.transaction((w) => void (w.onPrem.mailboxes[1]!.hiddenFromAddressLists = true));
    expect(a.currentRevision).toBe(2);
    expect(b.read().onPrem.mailboxes[1]!.hiddenFromAddressLists).toBe(true);
    b.transaction((w) => void (w.clock.now += 5));
    expect(a.read().clock.now).toBe(START + 5);
    expect(a.read().onPrem.mailboxes[1]!.hiddenFromAddressLists).toBe(true);
    const file = JSON.parse(readFileSync(path, 'utf8'));
    expect([file.format, file.schemaVersion, file.revision]).toEqual([WORLD_FILE_FORMAT, WORLD_SCHEMA_VERSION, 3]);
  });

  test('a failed transaction writes nothing', () => {
    const path = fresh();
    const store = FileStateStore.create(path, loadScenario('contoso'));
    const before = readFileSync(path, 'utf8');
    expect(() =>
      store.transaction((w) => {
        w.clock.now += 1;
        throw new Error('nope');
      }),
    ).toThrow('nope');
    expect(readFileSync(path, 'utf8')).toBe(before);
    expect(existsSync(`${path}.lock`)).toBe(false);
  });

  test('reads-only transactions do not rewrite the file', () => {
    const path = fresh();
    const store = FileStateStore.create(path, loadScenario('contoso'));
    const mtime = statSync(path).mtimeMs;
    store.transaction((w) => w.onPrem.mailboxes.length);
    expect(statSync(path).mtimeMs).toBe(mtime);
    expect(store.currentRevision).toBe(1);
  });

  test('reset and restore are saved', () => {
    const path = fresh();
    const store = FileStateStore.create(path, loadScenario('contoso'));
    const snap = store.snapshot();
    store.transaction((w) => void (w.clock.now += 100));
    store.restore(snap);
    expect(readWorldFile(path).world.clock.now).toBe(START);
    store.transaction((w) => void (w.clock.now += 7));
    store.reset();
    expect(readWorldFile(path).world.clock.now).toBe(START);
  });

  test('change events fire for saved transactions and for reloads from another process', () => {
    const path = fresh();
    const a = FileStateStore.create(path, loadScenario('contoso'));
    const b = FileStateStore.open(path);
    const events: WorldChangeEvent['kind'][] = [];
    b.subscribe((e) => events.push(e.kind));
    a.transaction((w) => void (w.clock.now += 1));
    b.read();
    b.transaction((w) => void (w.clock.now += 1));
    expect(events).toEqual(['reload', 'commit']);
  });

  test('a file in a missing folder cannot be created (clear error)', () => {
    const path = join(dir, 'no-such-folder', 'w.json');
    expect(() => FileStateStore.create(path, loadScenario('contoso'))).toThrow(
      `The world file '${path}' could not be locked: ENOENT: no such file or directory, open '${path}.lock'`,
    );
  });

  test('create refuses to replace an existing file', () => {
    const path = fresh();
    FileStateStore.create(path, loadScenario('contoso'));
    expect(() => FileStateStore.create(path, loadScenario('contoso'))).toThrow(`The world file '${path}' already exists.`);
  });

  test('secrets never reach the file in plain text', () => {
    const path = fresh();
    const store = FileStateStore.create(path, loadScenario('contoso-missing-permissions'));
    store.transaction((w) => void (w.clock.now += 1));
    const text = readFileSync(path, 'utf8');
    expect(text).not.toContain('P@ssw0rd!');
    expect(text).not.toContain('M1gr@te2025');
    expect(text).toMatch(/"password":\{"algorithm":"scrypt","n":32768,"r":8,"p":1,"salt":"[0-9a-f]{32}","hash":"[0-9a-f]{64}"\}/);
  });
});

describe('invalid files: a clear error naming the file and the first problem; the file is untouched', () => {
  const valid = () => JSON.parse(readFileSync(FileStateStore.create(fresh(), loadScenario('contoso')).path, 'utf8'));
  const cases: [string, (p: string) => void, (p: string) => string][] = [
    ['missing', () => undefined, (p) => `The world file '${p}' does not exist.`],
    ['unreadable (a folder)', (p) => mkdirSync(p), (p) => `The world file '${p}' could not be read: EISDIR: illegal operation on a directory, read`],
    ['invalid JSON', (p) => writeFileSync(p, '{"format": "exo-emulator-world", '), (p) => `The world file '${p}' is not valid JSON: ${jsonError('{"format": "exo-emulator-world", ')}`],
    ['not a world', (p) => writeFileSync(p, '{"hello": 1}'), (p) => `The world file '${p}' is not an exo-emulator world file: "format" is null, expected "exo-emulator-world"`],
    ['newer schema', (p) => writeFileSync(p, JSON.stringify({ ...valid(), schemaVersion: 99 })), (p) => `The world file '${p}' was written with schema version 99, newer than the supported version ${WORLD_SCHEMA_VERSION}.`],
    ['schema-invalid', (p) => {
      const v = valid();
      v.world.onPrem.mailboxes[3].sizeBytes = 'big';
      writeFileSync(p, JSON.stringify(v));
    }, (p) => `The world file '${p}' is invalid: /world/onPrem/mailboxes/3/sizeBytes must be number`],
    ['schema-invalid (extra property)', (p) => {
      const v = valid();
      v.world.tenant.secret = 'x';
      writeFileSync(p, JSON.stringify(v));
    }, (p) => `The world file '${p}' is invalid: /world/tenant must NOT have additional properties 'secret'`],
    ['inconsistent', (p) => {
      const v = valid();
      v.world.onPrem.mailboxes[2].database = 'Gone';
      writeFileSync(p, JSON.stringify(v));
    }, (p) => `The world file '${p}' is inconsistent: The mailbox 'tomas.novak' is on database 'Gone', which does not exist.`],
  ];
  test.each(cases)('%s', (_, make, message) => {
    const path = join(dir, `bad-${++n}.json`);
    make(path);
    const before = existsSync(path) && statSync(path).isFile() ? readFileSync(path, 'utf8') : null;
    expect(() => FileStateStore.open(path)).toThrow(message(path));
    // openOrCreate never replaces a bad file (a missing one it creates: that is its job).
    if (existsSync(path)) expect(() => FileStateStore.openOrCreate(path, () => loadScenario('contoso'))).toThrow(message(path));
    if (before !== null) expect(readFileSync(path, 'utf8')).toBe(before);
  });
});

function jsonError(text: string): string {
  try {
    JSON.parse(text);
  } catch (e) {
    return (e as Error).message;
  }
  return '';
}

describe('the lock', () => {
  test('two processes writing concurrently lose nothing', async () => {
    const path = fresh();
    FileStateStore.create(path, loadScenario('contoso'));
    const [a, b] = await Promise.all([runChild(['increment', path, '25']), runChild(['increment', path, '25'])]);
    expect([a.code, a.err, b.code, b.err]).toEqual([0, '', 0, '']);
    const { world, revision } = readWorldFile(path);
    expect({ now: world.clock.now - START, revision }).toEqual({ now: 50, revision: 51 });
    expect(world.clock.now).toBe(START + 50);
    expect(Object.keys(world.files.nodes).filter((k) => k.endsWith('.txt'))).toHaveLength(50);
    expect(revision).toBe(51);
    expect(existsSync(`${path}.lock`)).toBe(false);
  });

  test('a stale lock from a dead process is broken', () => {
    const path = fresh();
    const store = FileStateStore.create(path, loadScenario('contoso'));
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    writeFileSync(`${path}.lock`, JSON.stringify({ pid: Number(dead), host: hostname(), at: '2025-01-01T00:00:00Z' }));
    store.transaction((w) => void (w.clock.now += 1));
    expect(readWorldFile(path).world.clock.now).toBe(START + 1);
    expect(existsSync(`${path}.lock`)).toBe(false);
  });

  test('a live holder makes the second writer give up after the bounded wait with a clear error', () => {
    const path = fresh();
    const store = FileStateStore.create(path, loadScenario('contoso'), { timeoutMs: 150 });
    const holder = { pid: process.ppid, host: hostname(), at: '2025-01-01T00:00:00.000Z' };
    writeFileSync(`${path}.lock`, JSON.stringify(holder));
    expect(() => store.transaction((w) => void (w.clock.now += 1))).toThrow(
      `The world file '${path}' is locked by process ${holder.pid} (${holder.host}, since ${holder.at}); gave up after 150 ms.`,
    );
    expect(readWorldFile(path).world.clock.now).toBe(START);
    rmSync(`${path}.lock`);
  });

  test('a lock whose pid now belongs to another process (the holder died, the pid was reused) is taken at once', () => {
    const path = fresh();
    const store = FileStateStore.create(path, loadScenario('contoso'), { timeoutMs: 0 });
    const start = processStartToken(process.ppid);
    if (start === null) return; // no /proc: pid reuse cannot be told apart here
    // The parent is alive, but it is not the process that wrote this lock: its start time differs.
    writeFileSync(`${path}.lock`, JSON.stringify({ pid: process.ppid, host: hostname(), at: '2025-01-01T00:00:00.000Z', start: `${start}1` }));
    store.transaction((w) => void (w.clock.now += 1));
    expect(readWorldFile(path).world.clock.now).toBe(START + 1);
    expect(existsSync(`${path}.lock`)).toBe(false);
    // With the holder's own start time it is a live lock.
    writeFileSync(`${path}.lock`, JSON.stringify({ pid: process.ppid, host: hostname(), at: '2025-01-01T00:00:00.000Z', start }));
    expect(() => store.transaction((w) => void (w.clock.now += 1))).toThrow(/is locked by process/);
    rmSync(`${path}.lock`);
  });

  test('release removes only its own lock', () => {
    const path = fresh();
    const release = acquireLock(path);
    writeFileSync(`${path}.lock`, JSON.stringify({ pid: 1, host: 'other', at: 'x' }));
    release();
    expect(existsSync(`${path}.lock`)).toBe(true);
    rmSync(`${path}.lock`);
  });
});

describe('atomic writes', () => {
  test('a writer killed mid-save leaves the previous file intact and loadable', async () => {
    const path = fresh('big');
    FileStateStore.create(path, loadScenario({ name: 'big', onPrem: { mailboxes: [{ generate: { count: 2500 } }] } }));
    for (const delay of [0, 10, 30]) {
      const p = spawn(process.execPath, [child, 'write-loop', path]);
      // Kill only once the writer is in its save loop (after its first save), at varying points of the next save.
      await new Promise<void>((r) => p.stdout.once('data', () => r()));
      await new Promise((r) => setTimeout(r, delay));
      p.kill('SIGKILL');
      await new Promise((r) => p.on('exit', r));
      const { world, revision } = readWorldFile(path);
      expect(world.onPrem.mailboxes).toHaveLength(2500);
      expect(revision).toBeGreaterThanOrEqual(2);
      // The killed writer's lock is stale (dead pid) and is broken by the next writer.
      const store = FileStateStore.open(path);
      store.transaction((w) => void (w.clock.now += 1));
      expect(readWorldFile(path).revision).toBe(store.currentRevision);
    }
  }, 60_000);
});

describe('older state files', () => {
  test('a schema 1 file (saved before the internal DNS zones and the mail log) opens, upgraded, and saves as the current version', () => {
    const world = structuredClone(loadScenario('contoso')) as unknown as Record<string, unknown>;
    delete (world.dns as Record<string, unknown>).internalZones;
    delete world.mail;
    delete world.lab;
    world.schemaVersion = 1;
    const path = fresh();
    writeFileSync(path, JSON.stringify({ format: WORLD_FILE_FORMAT, schemaVersion: 1, revision: 3, savedAt: new Date(START).toISOString(), world }));
    const { world: loaded, revision } = readWorldFile(path);
    expect(revision).toBe(3);
    expect(loaded.schemaVersion).toBe(WORLD_SCHEMA_VERSION);
    expect(loaded.dns.internalZones).toEqual([]);
    expect(loaded.mail).toEqual({ messages: [] });
    expect(loaded.lab).toBeNull();
    const store = FileStateStore.open(path);
    store.transaction((w) => {
      w.clock.now += 1000;
    });
    expect(JSON.parse(readFileSync(path, 'utf8')).schemaVersion).toBe(WORLD_SCHEMA_VERSION);
  });

  test('a schema 2 file (saved before labs) opens with no lab started', () => {
    const world = structuredClone(loadScenario('contoso')) as unknown as Record<string, unknown>;
    delete world.lab;
    world.schemaVersion = 2;
    const path = fresh();
    writeFileSync(path, JSON.stringify({ format: WORLD_FILE_FORMAT, schemaVersion: 2, revision: 1, savedAt: new Date(START).toISOString(), world }));
    const { world: loaded } = readWorldFile(path);
    expect([loaded.schemaVersion, loaded.lab]).toEqual([WORLD_SCHEMA_VERSION, null]);
  });

  test('a schema 3 file (passwords as one round of salted SHA-256) opens with each hash wrapped in scrypt: the password still signs in, no SHA-256 hash is left', () => {
    const world = structuredClone(loadScenario('contoso')) as unknown as { schemaVersion: number; onPrem: { accounts: { samAccountName: string; password: unknown }[] }; tenant: { migration: { endpoints: unknown[] } } };
    const admin = world.onPrem.accounts.find((a) => a.samAccountName === 'administrator')!;
    const old = { algorithm: 'sha256', salt: '00112233445566778899aabbccddeeff', hash: legacySha256('P@ssw0rd!', '00112233445566778899aabbccddeeff') };
    admin.password = old;
    world.schemaVersion = 3;
    const path = fresh();
    writeFileSync(path, JSON.stringify({ format: WORLD_FILE_FORMAT, schemaVersion: 3, revision: 1, savedAt: new Date(START).toISOString(), world }));
    const { world: loaded } = readWorldFile(path);
    const upgraded = loaded.onPrem.accounts.find((a) => a.samAccountName === 'administrator')!.password!;
    expect(upgraded).toMatchObject({ algorithm: 'scrypt-sha256', n: 32768, r: 8, p: 1, salt: old.salt });
    expect(verifyPassword(upgraded, 'P@ssw0rd!')).toBe(true);
    expect(verifyPassword(upgraded, 'wrong')).toBe(false);
    FileStateStore.open(path).transaction((w) => void (w.clock.now += 1));
    const text = readFileSync(path, 'utf8');
    expect(text).not.toContain(old.hash);
    expect(text).not.toContain('"sha256"');
  });
});
