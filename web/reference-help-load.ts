/**
 * The worker's stand-in for cmdlets/reference-help/load.ts (scripts/build-web.mjs): the reference
 * pages' long help (~270 kB of text) is in help.js, loaded the first time help is shown. If it cannot
 * be loaded (the site went offline), the error says so: Get-Help warns and shows what the metadata
 * has (synopsis, syntax, links), and the next Get-Help tries again.
 */
import type { ReferenceHelpTable } from '../cmdlets/reference-help/types';
import { LAZY_GLOBALS, loadWorkerScript } from './lazy-script';
import { ReferenceHelpUnavailable } from '../cmdlets/reference-help/types';

let table: ReferenceHelpTable | undefined;

export function loadReferenceHelp(): ReferenceHelpTable {
  if (table) return table;
  try {
    table = loadWorkerScript<ReferenceHelpTable>('help.js', LAZY_GLOBALS['help.js']);
    return table;
  } catch (e) {
    throw new ReferenceHelpUnavailable(`The full help text could not be loaded from help.js (${e instanceof Error ? e.message : String(e)}); only the synopsis and syntax are shown.`);
  }
}
