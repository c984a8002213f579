/**
 * Vitest global setup: runs once per run, in the main process. When the Exchange reference pages
 * are absent (a fresh clone without ../shared, or EXO_REFERENCE_DIR pointing elsewhere) the checks
 * against them are skipped (test/exchange-cmdlets/reference-checks.ts); say so here, once.
 */
import { REFERENCE_AVAILABLE, referenceSkipNotice } from './exchange-cmdlets/reference-pages';

export default function setup(): void {
  if (!REFERENCE_AVAILABLE) console.log(referenceSkipNotice());
}
