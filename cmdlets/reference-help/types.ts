/** The long help of one Exchange reference page (cmdlets/reference-help/pages.ts). */
import type { HelpExample } from '../../src/engine/cmdlet';

export interface ReferenceHelp {
  description?: string;
  examples: HelpExample[];
  /** Parameter name -> its description on the page. */
  parameters: Record<string, string>;
}

/** Page name (the cmdlet's name on the page) -> its long help. */
export type ReferenceHelpTable = Record<string, ReferenceHelp>;
