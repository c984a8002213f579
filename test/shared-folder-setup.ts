/** Global setup: says once per run when the maintenance checks against ../shared are skipped. */
import { REFERENCE_AVAILABLE, referenceSkipNotice } from './exchange-cmdlets/reference-pages';
import { sharedPath, SHARED_DIR } from './shared-folder';

export function setup(): void {
  if (!sharedPath('.'))
    console.log(`maintenance checks not run: ${SHARED_DIR} is absent (seed articles, Exchange reference pages and the corpus are compared with the project's data only where that folder is present)`);
  else if (!REFERENCE_AVAILABLE) console.log(referenceSkipNotice());
}
