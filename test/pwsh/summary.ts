/**
 * Global setup of the oracle suites: clears the figures before the run and prints the agreement line
 * after it (`pwsh agreement: A/N generated, B/M collected`), from what each suite recorded.
 */
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { AGREEMENT_DIR, readAgreement } from './oracle';

/** The issue's two figures first, then the rest in a stable order. */
const ORDER = ['generated', 'collected', 'parse', 'formatting', 'bad-input', 'error-view', 'clixml', 'exchange-objects', 'utility-cmdlets', 'filesystem'];

export function setup(): void {
  rmSync(AGREEMENT_DIR, { recursive: true, force: true });
  mkdirSync(AGREEMENT_DIR, { recursive: true });
}

export function teardown(): void {
  const found = existsSync(AGREEMENT_DIR) ? readdirSync(AGREEMENT_DIR).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)) : [];
  const rank = (s: string) => (ORDER.includes(s) ? ORDER.indexOf(s) : ORDER.length);
  const parts = found.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b)).map((s) => [s, readAgreement(s)] as const).filter(([, f]) => f);
  if (!parts.length) return;
  const text = parts.map(([s, f]) => `${f!.agreed}/${f!.total} ${s}${f!.known ? ` (${f!.known} known differences excluded)` : ''}`);
  console.log(`pwsh agreement: ${text.join(', ')}`);
  const timed = parts.filter(([, f]) => f!.cases && f!.pwshMs !== undefined);
  const cases = timed.reduce((a, [, f]) => a + f!.cases!, 0);
  const ms = timed.reduce((a, [, f]) => a + f!.pwshMs! + f!.exoMs!, 0);
  if (ms > 0) console.log(`pwsh oracle: ${cases} cases in ${(ms / 1000).toFixed(1)} s through both (${Math.round((cases * 1000) / ms)} cases/s; pwsh ${Math.round(timed.reduce((a, [, f]) => a + f!.pwshMs!, 0) / 1000)} s, exo-emulator ${Math.round(timed.reduce((a, [, f]) => a + f!.exoMs!, 0) / 1000)} s)`);
}
