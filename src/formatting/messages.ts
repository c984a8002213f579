/** Message catalogue of the formatting layer: one id, one template ({0}, {1} are arguments). */
const MESSAGES = {
  /** pwsh: a calculated-property hashtable with a key the cmdlet does not accept. */
  IllegalKey: 'The {0} key is not valid.',
  /** pwsh: a calculated property without its Expression. */
  MissingExpressionKey: 'The Expression key is missing.',
  /** pwsh: Alignment other than Left/Center/Right. */
  IllegalAlignment: 'The Alignment key has a type that is not valid: {0}. Valid values are: Left, Center, Right.',
  /** pwsh: Width that is not a positive number. */
  IllegalWidth: 'The Width key has a value that is not valid: {0}. The value must be greater than zero.',
  /** pwsh FormatAndOut_out_xxx.OutLineOutput_OutOfSequencePacket. */
  OutOfSequencePacket: 'The object of type "{0}" is not valid or not in the correct sequence. This is likely caused by a user-specified "{1}" command which is conflicting with the default formatting.',
} as const;

export type FormattingMessageId = keyof typeof MESSAGES;

export function formattingMessage(id: FormattingMessageId, ...args: (string | number)[]): string {
  return MESSAGES[id].replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}
