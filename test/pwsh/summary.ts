/**
 * Global setup of the oracle suites: clears the figures before the run and prints the agreement line
 * after it (`pwsh agreement: A/N generated, B/M collected`), from what each suite recorded.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { AGREEMENT_DIR, readAgreement } from './oracle';

const SUITES = ['generated', 'collected', 'parse', 'formatting', 'bad-input', 'clixml', 'exchange-objects'];

export function setup(): void {
  rmSync(AGREEMENT_DIR, { recursive: true, force: true });
  mkdirSync(AGREEMENT_DIR, { recursive: true });
}

export function teardown(): void {
  const parts = SUITES.map((s) => [s, readAgreement(s)] as const).filter(([, f]) => f);
  if (!parts.length) return;
  const text = parts.map(([s, f]) => `${f!.agreed}/${f!.total} ${s}${f!.known ? ` (${f!.known} known differences excluded)` : ''}`);
  console.log(`pwsh agreement: ${text.join(', ')}`);
}
