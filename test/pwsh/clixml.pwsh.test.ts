/**
 * CliXml against the real pwsh, both ways:
 * 1. files pwsh writes (test/fixtures/clixml/generate.ps1, generated afresh here) imported in pwsh and
 *    in the emulator print the same (values, ToString, pstypenames, formatting, JSON);
 * 2. files the emulator writes (Export-Clixml of the same shapes) imported in pwsh print what the
 *    emulator prints after importing its own file, and match pwsh's own Export-Clixml text.
 * With EXO_UPDATE_CLIXML=1 the fixtures and pwsh's text (expected.json) are written back to
 * test/fixtures/clixml for the unit tests that run without pwsh.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compare, describeDisagreement, oracleAvailable, pwshPath, recordAgreement, runPwsh, type OracleResult } from './oracle';
import { FIXTURE_CASES, KNOWN_DIFFERENCES } from '../fixtures/clixml/cases';
import { EXPORT_CASES, EXPORT_KNOWN_DIFFERENCES } from '../fixtures/clixml/export-cases';
import { exoSession, getFile, putFile, quote, run, runFixtureCase } from '../fixtures/clixml/run-exo';

const FIXTURES = join(process.cwd(), 'test/fixtures/clixml');
const UPDATE = process.env.EXO_UPDATE_CLIXML === '1';
// The emulator's machine is on UTC: pwsh writes and reads local dates with the same offset then.
process.env.TZ = 'UTC';

describe.skipIf(!oracleAvailable())('CliXml against pwsh', () => {
  let dir = '';
  const pwsh = new Map<string, OracleResult>();
  const exo = new Map<string, OracleResult>();
  const tally = { agreed: 0, total: 0, known: 0 };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'exo-clixml-'));
    execFileSync(pwshPath()!, ['-NoProfile', '-NonInteractive', '-File', join(FIXTURES, 'generate.ps1'), '-OutDir', dir], { env: { ...process.env, TZ: 'UTC' } });
    const cases = FIXTURE_CASES.map((c) => ({ id: c.id, width: c.width, code: `$o = Import-Clixml -LiteralPath ${quote(join(dir, c.fixture))}\n${c.code}` }));
    for (const c of FIXTURE_CASES) exo.set(c.id, runFixtureCase(c, readFileSync(join(dir, c.fixture))));

    // Part 2: the emulator builds and exports each shape; pwsh imports the emulator's file.
    const exported: { id: string; code: string; width?: number }[] = [];
    for (const c of EXPORT_CASES) {
      const s = exoSession(c.width);
      const setup = run(s, c.build + '\n$value | Export-Clixml -LiteralPath out.xml -Depth ' + (c.depth ?? 2));
      if (setup.errors.length) throw new Error(`${c.id}: the emulator could not build/export: ${setup.errors[0].message}`);
      const file = join(dir, `exo-${c.id}.xml`);
      writeFileSync(file, getFile(s, 'out.xml'));
      run(s, '$o = Import-Clixml -LiteralPath out.xml');
      for (const [i, view] of c.views.entries()) {
        const id = `${c.id}#${i}`;
        exo.set(id, run(s, view));
        exported.push({ id, width: c.width, code: `$o = Import-Clixml -LiteralPath ${quote(file)}\n${view}` });
      }
      if (c.samePwshText !== false) {
        // pwsh exports the same shape; the two files must say the same (pwsh on Linux ends lines with LF).
        const id = `${c.id}#file`;
        exo.set(id, { text: new TextDecoder().decode(getFile(s, 'out.xml')).replace(/\r\n/g, '\n') + '\n', errors: [] });
        exported.push({ id, width: c.width, code: `${c.build}\n$value | Export-Clixml -LiteralPath ${quote(join(dir, `pwsh-${c.id}.xml`))} -Depth ${c.depth ?? 2}\nGet-Content -LiteralPath ${quote(join(dir, `pwsh-${c.id}.xml`))}` });
      }
    }
    for (const [id, r] of await runPwsh([...cases, ...exported])) pwsh.set(id, r);

    if (process.env.EXO_CLIXML_DUMP) writeFileSync(process.env.EXO_CLIXML_DUMP, JSON.stringify([...exo.keys()].map((id) => ({ id, pwsh: pwsh.get(id), exo: exo.get(id) }))));
    if (UPDATE) {
      for (const f of readdirSync(dir).filter((f) => /^[a-z].*\.xml$/.test(f) && !/^(exo|pwsh)-/.test(f))) writeFileSync(join(FIXTURES, f), readFileSync(join(dir, f)));
      const expected = Object.fromEntries(FIXTURE_CASES.map((c) => [c.id, pwsh.get(c.id)]));
      writeFileSync(join(FIXTURES, 'expected.json'), JSON.stringify(expected, null, 1) + '\n');
    }
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    recordAgreement('clixml', tally);
  });

  it('generate.ps1 writes the fixtures that are committed', () => {
    for (const c of new Set(FIXTURE_CASES.map((c) => c.fixture)))
      expect(readFileSync(join(dir, c), 'utf8'), c).toBe(readFileSync(join(FIXTURES, c), 'utf8'));
  });

  const check = (id: string, code: string, known: string | undefined) => {
    // pwsh on Linux (.NET with ICU) writes en-US times as `10:30:00\u202fAM`; Windows, which the
    // emulator shows, uses a plain space there.
    const p = pwsh.get(id)!;
    const d = compare({ id, code }, { ...p, text: p.text.replace(/\u202f/g, ' ') }, exo.get(id)!);
    tally.total++;
    if (known) {
      tally.known++;
      if (!d) console.log(`clixml: ${id} is listed as a known difference but agrees now`);
      return;
    }
    if (!d) tally.agreed++;
    expect(d && describeDisagreement(d)).toBeNull();
  };

  describe('files pwsh writes, imported', () => {
    for (const c of FIXTURE_CASES) it(c.id, () => check(c.id, c.code, KNOWN_DIFFERENCES[c.id]));
  });

  describe('files the emulator writes, imported in pwsh', () => {
    for (const c of EXPORT_CASES) {
      c.views.forEach((view, i) => it(`${c.id}#${i}: ${view}`, () => check(`${c.id}#${i}`, view, EXPORT_KNOWN_DIFFERENCES[`${c.id}#${i}`])));
      if (c.samePwshText !== false) it(`${c.id}#file: the same text as pwsh's Export-Clixml`, () => check(`${c.id}#file`, c.build, EXPORT_KNOWN_DIFFERENCES[`${c.id}#file`]));
    }
  });
});
