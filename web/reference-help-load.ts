/**
 * The worker's stand-in for cmdlets/reference-help/load.ts (scripts/build-web.mjs): the reference
 * pages' long help (~270 kB of text) is in help.js, loaded the first time help is shown. If it cannot
 * be loaded (the site is offline), help shows what the metadata has (synopsis, syntax, links) and
 * the next Get-Help tries again.
 */
import type { ReferenceHelpTable } from '../cmdlets/reference-help/types';
import { LAZY_GLOBALS, loadWorkerScript } from './lazy-script';

let table: ReferenceHelpTable | undefined;

export function loadReferenceHelp(): ReferenceHelpTable {
  if (table) return table;
  try {
    table = loadWorkerScript<ReferenceHelpTable>('help.js', LAZY_GLOBALS['help.js']);
    return table;
  } catch {
    return {};
  }
}
