/**
 * The order format records must come in to an output command (OutCommandInner.NeedsPreprocessing):
 * FormatStartData, then groups (GroupStartData, entries, GroupEndData), then FormatEndData; an
 * out-of-band entry may come anywhere. Anything else stops the output command with
 * ConsoleLineOutputOutOfSequencePacket (pwsh 7.6: `$x | Format-Table | Sort-Object` fails on the
 * FormatEndData sorted first), reported by out-lineoutput, the command behind Out-Default and
 * Out-String.
 */
import { ErrorRecord, ExceptionObject, PSRuntimeError } from '../engine/errors';
import { formattingMessage } from './messages';
import { FormatRecordValue, type FormatRecord } from './records';

export class FormatSequenceError extends Error {
  constructor(readonly record: FormatRecord) {
    super(formattingMessage('OutOfSequencePacket', new FormatRecordValue(record).psTypeNames[0]!, violatingCommand(record)));
  }

  /** The record pwsh writes: an InvalidOperationException whose ErrorDetails carry the message. */
  errorRecord(): ErrorRecord {
    return new ErrorRecord({
      exception: new ExceptionObject('System.InvalidOperationException', 'Operation is not valid due to the current state of the object.'),
      errorId: 'ConsoleLineOutputOutOfSequencePacket',
      category: 'InvalidData',
      targetObject: null,
      commandName: 'out-lineoutput',
      fqidSuffix: 'Microsoft.PowerShell.Commands.OutLineOutputCommand',
      invocation: { commandName: 'out-lineoutput', noPosition: true },
      errorDetailsMessage: this.message,
    });
  }
}

/**
 * Runs an output step, turning a record out of sequence into out-lineoutput's terminating error;
 * `scriptTerminating` for the command line's own Out-Default, whose failure ends the line.
 */
export function withSequenceErrors<T>(run: () => T, scriptTerminating = false): T {
  try {
    return run();
  } catch (e) {
    if (!(e instanceof FormatSequenceError)) throw e;
    const err = new PSRuntimeError(e.errorRecord());
    err.scriptTerminating = scriptTerminating;
    throw err;
  }
}

/** The Format-* command a start record names (its shape), `format-*` for the other records. */
function violatingCommand(rec: FormatRecord): string {
  if (rec.type !== 'start') return 'format-*';
  return rec.shape === 'custom' ? 'format-complex' : `format-${rec.shape}`;
}

function outOfBand(rec: FormatRecord): boolean {
  return rec.type === 'entry' && (('text' in rec && !!rec.outOfBand) || 'outOfBandFields' in rec);
}

export class FormatSequence {
  private state: 'reset' | 'formatting' | 'group' = 'reset';

  /** Throws FormatSequenceError when `rec` may not come now. */
  check(rec: FormatRecord): void {
    const expect = (state: typeof this.state) => {
      if (this.state !== state) throw new FormatSequenceError(rec);
    };
    switch (rec.type) {
      case 'entry':
        if (!outOfBand(rec)) expect('group');
        return;
      case 'start':
        // A start inside a group: the earlier directives are taken as closed.
        if (this.state === 'group') this.state = 'reset';
        expect('reset');
        this.state = 'formatting';
        return;
      case 'end':
        expect('formatting');
        this.state = 'reset';
        return;
      case 'groupStart':
        expect('formatting');
        this.state = 'group';
        return;
      case 'groupEnd':
        expect('group');
        this.state = 'formatting';
        return;
    }
  }
}
