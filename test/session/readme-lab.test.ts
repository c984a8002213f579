import { expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createSession } from '../../src/session';

it("README's lab commands run as written on contoso", () => {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('## A lab in a few commands'));
  const block = section.slice(section.indexOf('```powershell') + '```powershell'.length, section.indexOf('```', section.indexOf('```powershell') + 5));
  const s = createSession({ input: ['CONTOSO\\administrator', 'P@ssw0rd!'] });
  for (const line of block.trim().split('\n')) {
    const r = s.run(line);
    expect(r.errors.map((e) => e.message), line).toEqual([]);
  }
  expect(s.run('(Get-MigrationBatch CutoverBatch).Status.Value').output).toEqual(['Synced']);
  s.run('Stop-Transcript');
  expect(s.runtime.fs.readText('C:\\Users\\Administrator\\Desktop\\lab.txt')).toContain('PowerShell transcript start');
});
