/** What a typed cmdlet function throws when the cmdlet wrote or threw an error. */
import type { ErrorRecord } from '../engine/errors';
import type { ErrorCategory } from '../engine/cmdlet';

export class CmdletError extends Error {
  /** `<errorId>,<cmdlet>` as $Error[0].FullyQualifiedErrorId shows it. */
  readonly fullyQualifiedErrorId: string;
  readonly errorId: string;
  readonly category: ErrorCategory;
  /** The cmdlet that failed (null for a script-level error). */
  readonly command: string | null;
  /** The .NET exception type name (`$Error[0].Exception.GetType().FullName`). */
  readonly exceptionType: string;
  /** Every error the call produced, first one included. */
  readonly errorRecords: readonly ErrorRecord[];

  constructor(readonly errorRecord: ErrorRecord, all: readonly ErrorRecord[] = [errorRecord]) {
    super(errorRecord.message);
    this.name = 'CmdletError';
    this.fullyQualifiedErrorId = errorRecord.fullyQualifiedErrorId;
    this.errorId = errorRecord.errorId;
    this.category = errorRecord.category;
    this.command = errorRecord.commandName;
    this.exceptionType = errorRecord.exception.typeName;
    this.errorRecords = all;
  }
}
