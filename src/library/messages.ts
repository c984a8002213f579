/** The library face's message catalogue: one id, one template ({0}, {1}... are arguments). */
export const LIBRARY_MESSAGES = {
  UnknownMailbox: "No on-premises mailbox has the address '{0}'.",
  UnknownEndpoint: "No migration endpoint is named '{0}'.",
  UnknownProgressionKind: "Progressions apply to 'MigrationBatch' only, not '{0}'.",
  BadPollsPerStatus: 'pollsPerStatus must be a whole number of at least 1, not {0}.',
  BadProbability: 'A fault probability must be between 0 and 1, not {0}.',
  FaultNeedsTimesOrProbability: "A cmdlet fault needs 'times' or 'probability'.",
  InjectedCmdletFault: 'The operation failed because of a fault injected by the test.',
  NoOutput: '{0} wrote no object.',
} as const;

export type LibraryMessageId = keyof typeof LIBRARY_MESSAGES;

export function libraryMessage(id: LibraryMessageId, ...args: (string | number)[]): string {
  return LIBRARY_MESSAGES[id].replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)]));
}

/** A misuse of the library API (not a cmdlet error). */
export class LibraryError extends Error {
  constructor(
    readonly id: LibraryMessageId,
    args: (string | number)[] = [],
  ) {
    super(libraryMessage(id, ...args));
    this.name = 'LibraryError';
  }
}
