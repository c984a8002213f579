/**
 * The help of a cmdlet generated from an Exchange reference page, made whole: the syntax modules
 * carry only the synopsis and the page's name (`help.referencePage`); the description, examples and
 * parameter descriptions are in one table by page (pages.ts), read when help is shown.
 */
import type { CmdletMetadata } from '../../src/engine/cmdlet';
import { loadReferenceHelp } from './load';

export type { ReferenceHelp, ReferenceHelpTable } from './types';
export { ReferenceHelpUnavailable } from './types';

const WHOLE = new WeakMap<CmdletMetadata, CmdletMetadata>();

/** `meta` with its reference page's long help filled in (what is already set wins); `meta` itself when it has no page. */
export function withReferenceHelp(meta: CmdletMetadata): CmdletMetadata {
  const page = meta.help.referencePage;
  if (!page) return meta;
  const known = WHOLE.get(meta);
  if (known) return known;
  const ref = loadReferenceHelp()[page];
  if (!ref) return meta;
  const whole: CmdletMetadata = {
    ...meta,
    parameters: meta.parameters.map((p) => (p.description === undefined && ref.parameters[p.name] !== undefined ? { ...p, description: ref.parameters[p.name] } : p)),
    help: { ...meta.help, description: meta.help.description ?? ref.description, examples: meta.help.examples ?? ref.examples },
  };
  WHOLE.set(meta, whole);
  return whole;
}
