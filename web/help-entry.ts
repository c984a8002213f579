/** help.js: the reference help table, loaded by the worker on the first Get-Help (web/reference-help-load.ts). */
import { REFERENCE_HELP } from '../cmdlets/reference-help/pages';
import { LAZY_GLOBALS } from './lazy-script';

(self as unknown as Record<string, unknown>)[LAZY_GLOBALS['help.js']] = REFERENCE_HELP;
