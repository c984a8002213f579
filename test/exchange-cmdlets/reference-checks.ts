/**
 * The maintenance checks against the reference pages (syntax drift, generated syntax modules,
 * docs/cmdlet-coverage.md) need ../shared/reference beside the clone, or EXO_REFERENCE_DIR. Where
 * the pages are absent (a fresh clone alone) those checks are skipped; test/shared-folder-setup.ts
 * says so once per run. The product's own tests never depend on the pages.
 */
import { describe } from 'vitest';
import { REFERENCE_AVAILABLE } from './reference-pages';

export { REFERENCE_AVAILABLE, referenceSkipNotice } from './reference-pages';

/** describe() for a block of checks against the pages: skipped, with a telling name, when they are absent. */
export const describeReference: (name: string, fn: () => void) => void = (name, fn) =>
  describe.skipIf(!REFERENCE_AVAILABLE)(REFERENCE_AVAILABLE ? name : `${name} (skipped: no reference pages)`, fn);
