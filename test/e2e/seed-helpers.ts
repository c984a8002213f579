/**
 * Shared by the seed suites: a session on a scenario with the seed's answers queued for prompts,
 * the PowerShell blocks of a seed article (with its placeholders filled in), and a step runner.
 */
import { expect } from 'vitest';
import { createSession, type Session } from '../../src/session';
import formatCmdlets from '../../cmdlets/core/format';
import outCmdlets from '../../cmdlets/core/out';
import { setDnsRecord } from '../../src/model';

import SEED_BLOCKS from './seed-blocks.json';

/**
 * The ```powershell blocks of a seed article, in order: the project's own test data
 * (test/e2e/seed-blocks.json), checked against the articles in ../shared/seeds where that folder is
 * present (seed-blocks.test.ts).
 */
export function seedBlocks(file: string): string[] {
  const blocks = (SEED_BLOCKS as Record<string, string[]>)[file];
  if (!blocks) throw new Error(`no seed blocks recorded for ${file}`);
  return blocks;
}

/** The blocks as an article holds them (the test data above is made from these). */
export function articleBlocks(text: string): string[] {
  return [...text.replace(/\r\n/g, '\n').matchAll(/```powershell\n([\s\S]*?)```/gi)].map((m) => m[1].trim());
}

/** A session as the seed's reader has it: connected to Exchange Online, prompts answered from `answers`. */
export function seedSession(answers: string[], scenario = 'contoso'): Session {
  const s = createSession({ scenario, input: answers, realTime: () => 0 });
  // Format-*/Out-* are registered here when the engine does not register them itself yet.
  const missing = [...formatCmdlets, ...outCmdlets].filter((c) => !s.runspace.resolveCommand(c.name));
  for (const c of missing) s.runspace.registerCmdlet(c);
  return s;
}

/** Runs one step and expects it to succeed without errors; returns its printed text. */
export function step(s: Session, script: string): string {
  const r = s.run(script);
  expect(r.errors.map((e) => e.message)).toEqual([]);
  return r.text;
}

/** Points the on-premises domain's MX at Exchange Online Protection (S0 Step 5, done at the DNS host). */
export function routeMailToMicrosoft365(s: Session): void {
  s.store.transaction((w) => setDnsRecord(w, { name: 'contoso.com', type: 'MX', ttl: 3600, values: [{ value: 'contoso-com.mail.protection.outlook.com', preference: 0 }] }, w.clock.now));
}
