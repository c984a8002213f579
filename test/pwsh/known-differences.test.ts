/** Every known difference from pwsh is explained to readers in docs/pwsh-differences.md. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { KNOWN_DIFFERENCES } from './known-differences';

it('docs/pwsh-differences.md has a section for each known difference, with its reason', () => {
  const doc = readFileSync('docs/pwsh-differences.md', 'utf8');
  const headings = [...doc.matchAll(/^### (.+)$/gm)].map((m) => m[1].trim());
  for (const k of KNOWN_DIFFERENCES) {
    expect(headings, `docs/pwsh-differences.md lacks '### ${k.name}'`).toContain(k.name);
    expect(k.reason.length).toBeGreaterThan(40);
  }
});
