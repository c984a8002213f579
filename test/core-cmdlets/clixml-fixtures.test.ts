/**
 * Import-Clixml of files the real pwsh wrote (test/fixtures/clixml, made by generate.ps1) prints what
 * pwsh printed for the same file (expected.json, recorded by test/pwsh/clixml.pwsh.test.ts with
 * EXO_UPDATE_CLIXML=1), without needing pwsh. Cases listed in KNOWN_DIFFERENCES are skipped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CASES, KNOWN_DIFFERENCES } from '../fixtures/clixml/cases';
import { runFixtureCase } from '../fixtures/clixml/run-exo';

const DIR = join(__dirname, '..', 'fixtures', 'clixml');
const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<string, { text: string; errors: { message: string }[] }>;

describe('Import-Clixml of files pwsh wrote', () => {
  for (const c of FIXTURE_CASES) {
    it.skipIf(c.id in KNOWN_DIFFERENCES)(`${c.id}: ${c.code}`, () => {
      const r = runFixtureCase(c, readFileSync(join(DIR, c.fixture)));
      // pwsh on Linux writes en-US times with U+202F before AM/PM; Windows (the emulator's model) a space.
      expect(r.text).toBe(expected[c.id]!.text.replace(/\u202f/g, ' '));
      expect(r.errors.map((e) => e.message)).toEqual(expected[c.id]!.errors.map((e) => e.message));
    });
  }
});
