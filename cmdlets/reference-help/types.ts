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

/** Thrown by a loader that could not get the table (the browser lab offline): help falls back to the metadata. */
export class ReferenceHelpUnavailable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReferenceHelpUnavailable';
  }
}
