/**
 * Where the reference help table comes from: bundled here. The browser lab's worker gets a stand-in
 * (web/reference-help-load.ts, scripts/build-web.mjs) that loads it from help.js on first use, so a
 * page that never shows help never downloads it (issue 18).
 */
import { REFERENCE_HELP } from './pages';
import type { ReferenceHelpTable } from './types';

export function loadReferenceHelp(): ReferenceHelpTable {
  return REFERENCE_HELP;
}
