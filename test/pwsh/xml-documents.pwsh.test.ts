/**
 * The record of test/fixtures/xml-documents.ts against the real pwsh: each malformed or unusual
 * document written and imported by pwsh 7.6 gives the lines recorded there (which the emulator's
 * unit test, test/xml/documents.test.ts, gives too).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { oracleAvailable, pwshPath } from './oracle';
import { XML_DOCUMENT_CASES, caseScript } from '../fixtures/xml-documents';

const AVAILABLE = oracleAvailable();

describe.skipIf(!AVAILABLE)('XML documents against pwsh', () => {
  const dir = mkdtempSync(join(tmpdir(), 'exo-xml-docs-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  // One pwsh process for all cases: each case's lines after a marker line.
  const script = XML_DOCUMENT_CASES.map((c) => `'### ${c.id}'\n${caseScript(c, join(dir, `${c.id}.xml`))}`).join('\n');
  const file = join(dir, 'cases.ps1');
  writeFileSync(file, script);
  const out = AVAILABLE ? execFileSync(pwshPath()!, ['-NoProfile', '-NonInteractive', '-File', file], { encoding: 'utf8', cwd: dir }) : '';
  const byCase = new Map<string, string[]>();
  let current = '';
  for (const line of out.split(/\r?\n/)) {
    const m = /^### (.+)$/.exec(line);
    if (m) byCase.set((current = m[1]), []);
    else if (current && line !== '') byCase.get(current)!.push(line);
  }
  it.each(XML_DOCUMENT_CASES.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    expect(byCase.get(c.id)).toEqual(c.pwsh);
  });
});
