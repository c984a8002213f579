/**
 * State files under real processes: writers killed (SIGKILL) at random points of their saves, and
 * ten processes writing one file. The unit run is short; the long form prints the figures:
 *   EXO_STATE_LONG=1 npx vitest run test/store/processes.test.ts
 * (EXO_STATE_KILLS, EXO_STATE_MAILBOXES, EXO_STATE_WRITERS, EXO_STATE_WRITES override the counts).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { FileStateStore, readWorldFile } from '../../shell/file-store';
import { loadScenario } from '../../src/model/scenarios';

const LONG = !!process.env.EXO_STATE_LONG;
const num = (name: string, short: number, long: number) => Number(process.env[name] ?? (LONG ? long : short));
const KILLS = num('EXO_STATE_KILLS', 12, 300);
/** Kill loops run side by side, each on its own file. */
const LANES = 2;
const MAILBOXES = num('EXO_STATE_MAILBOXES', 300, 2000);
const WRITERS = num('EXO_STATE_WRITERS', 10, 20);
const WRITES = num('EXO_STATE_WRITES', 3, 10);

let dir: string;
let child: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'exo-state-'));
  child = join(dir, 'store-child.mjs');
  const esbuild = await import('esbuild');
  await esbuild.build({
    entryPoints: [join(__dirname, 'fixtures', 'store-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: child,
    logLevel: 'silent',
    banner: { js: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);" },
  });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The temporary files beside `path` (the store's, and any other `.tmp`). */
function tempsBeside(path: string): string[] {
  return readdirSync(dirname(path)).filter((n) => n.startsWith(`.${basename(path)}.`) && n.endsWith('.tmp'));
}

/** mulberry32: the kill points repeat from run to run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function run(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [child, ...args]);
    let out = '';
    let err = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (err += d));
    p.on('exit', (code) => resolve({ code, out, err }));
  });
}

describe('a writer killed at random points of its saves', () => {
  test(`${KILLS} SIGKILLs: the file always loads as the old or the new world; the next run takes over the lock at once and removes the temporary files`, async () => {
    const figures = { kills: 0, torn: 0, tempsAfterKill: 0, locksAfterKill: 0, tempsLeft: 0, locksLeft: 0, takeoverFailures: 0, slowestTakeoverMs: 0 };
    const lane = async (index: number, kills: number) => {
      const path = join(dir, `killed-${index}.world.json`);
      FileStateStore.create(path, loadScenario({ name: 'big', onPrem: { mailboxes: [{ generate: { count: MAILBOXES } }] } }));
      const random = seeded(17 + index);
      let lastRevision = readWorldFile(path).revision;
      for (let i = 0; i < kills; i++) {
        const p = spawn(process.execPath, [child, 'write-loop', path]);
        const exited = new Promise((r) => p.on('exit', r));
        // Killed once in its save loop (after its first save), at a random point of a later save.
        await new Promise<void>((r) => p.stdout.once('data', () => r()));
        await new Promise((r) => setTimeout(r, random() * 25));
        p.kill('SIGKILL');
        await exited;
        figures.kills++;
        figures.tempsAfterKill += tempsBeside(path).length;
        figures.locksAfterKill += existsSync(`${path}.lock`) ? 1 : 0;
        try {
          const { world, revision } = readWorldFile(path);
          if (world.onPrem.mailboxes.length !== MAILBOXES || revision < lastRevision) figures.torn++;
          lastRevision = revision;
        } catch {
          figures.torn++;
          continue;
        }
        // The next run may not wait (timeout 0): the dead writer's lock must be recognised as stale.
        const started = Date.now();
        try {
          const store = FileStateStore.open(path, { timeoutMs: 0 });
          store.transaction((w) => void (w.clock.now += 1));
          lastRevision = store.currentRevision;
        } catch {
          figures.takeoverFailures++;
        }
        figures.slowestTakeoverMs = Math.max(figures.slowestTakeoverMs, Date.now() - started);
        figures.tempsLeft += tempsBeside(path).length;
        figures.locksLeft += existsSync(`${path}.lock`) ? 1 : 0;
      }
    };
    await Promise.all(Array.from({ length: LANES }, (_, i) => lane(i, Math.floor(KILLS / LANES) + (i < KILLS % LANES ? 1 : 0))));
    if (LONG) console.log(`state files, SIGKILL: ${JSON.stringify({ mailboxes: MAILBOXES, ...figures })}`);
    const { slowestTakeoverMs: _, tempsAfterKill: __, locksAfterKill: ___, ...checked } = figures;
    expect(checked).toEqual({ kills: KILLS, torn: 0, tempsLeft: 0, locksLeft: 0, takeoverFailures: 0 });
  }, 30_000 + KILLS * 2_000);
});

describe(`${WRITERS} processes writing one file`, () => {
  test(`${WRITERS} x ${WRITES} transactions with a patient lock: every change is there`, async () => {
    const path = join(dir, 'shared.world.json');
    const start = FileStateStore.create(path, loadScenario('contoso')).read().clock.now;
    const results = await Promise.all(Array.from({ length: WRITERS }, () => run(['increment', path, String(WRITES), '60000'])));
    expect(results.map((r) => [r.code, r.err, r.out])).toEqual(results.map(() => [0, '', `done ${WRITES}\n`]));
    const { world, revision } = readWorldFile(path);
    const nodes = Object.keys(world.files.nodes).filter((k) => k.endsWith('.txt')).length;
    if (LONG) console.log(`state files, concurrent writers: ${JSON.stringify({ writers: WRITERS, writesEach: WRITES, saved: nodes, lostUpdates: WRITERS * WRITES - nodes })}`);
    expect({ nodes, ticks: world.clock.now - start, revision }).toEqual({ nodes: WRITERS * WRITES, ticks: WRITERS * WRITES, revision: 1 + WRITERS * WRITES });
    expect([existsSync(`${path}.lock`), tempsBeside(path)]).toEqual([false, []]);
  }, 120_000);

  test(`impatient writers (lock timeout 1 ms): a loser says so, and every change reported saved is there`, async () => {
    const path = join(dir, 'impatient.world.json');
    const start = FileStateStore.create(path, loadScenario('contoso')).read().clock.now;
    const results = await Promise.all(Array.from({ length: Math.ceil(WRITERS / 2) }, () => run(['increment', path, String(WRITES), '1'])));
    let reported = 0;
    for (const r of results) {
      reported += Number(/done (\d+)/.exec(r.out)?.[1] ?? NaN);
      if (r.code === 0) expect(r.err).toBe('');
      else {
        expect(r.code).toBe(2);
        expect(r.err).toMatch(new RegExp(`^The world file '${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}' is locked by process \\d+ \\(.+, since .+\\); gave up after 1 ms\\.\\n$`));
      }
    }
    const { world } = readWorldFile(path);
    const nodes = Object.keys(world.files.nodes).filter((k) => k.endsWith('.txt')).length;
    expect({ nodes, ticks: world.clock.now - start }).toEqual({ nodes: reported, ticks: reported });
    expect([existsSync(`${path}.lock`), tempsBeside(path)]).toEqual([false, []]);
  }, 120_000);
});
