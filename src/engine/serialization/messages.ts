/**
 * Message catalogue of the data cmdlets and their serializers (Select/Sort/Group/Measure/Get-Member,
 * CSV, JSON, CliXml, content cmdlets): one id and one template per error, `{0}` placeholders.
 * Ids are pwsh's FullyQualifiedErrorId first parts where pwsh has one; the wording is pwsh 7.4's
 * (its resource strings: CsvCommandStrings, JsonObjectStrings, NavigationResources, ...).
 */
export const DATA_MESSAGES = {
  // ConvertTo-Json (JsonObjectStrings.JsonMaxDepthReached)
  JsonMaxDepthReached: 'Resulting JSON is truncated as serialization has exceeded the set depth of {0}.',
  // ConvertFrom-Json wraps the JSON reader's message (JsonObjectStrings.JsonDeserializationFailed)
  JsonDeserializationFailed: 'Conversion from JSON failed with error: {0}',
  JsonUnexpectedCharacter: "Unexpected character encountered while parsing value: {0}. Path '{1}', line {2}, position {3}.",
  JsonUnexpectedEnd: "Unexpected end when reading JSON. Path '{0}', line {1}, position {2}.",
  JsonInvalidPropertyChar: "Invalid property identifier character: {0}. Path '{1}', line {2}, position {3}.",
  JsonAfterValue: "After parsing a value an unexpected character was encountered: {0}. Path '{1}', line {2}, position {3}.",
  JsonUnterminatedString: "Unterminated string. Expected delimiter: \". Path '{0}', line {1}, position {2}.",
  JsonBadEscape: "Bad JSON escape sequence: {0}. Path '{1}', line {2}, position {3}.",
  JsonDuplicateKeysDifferentCasing:
    "Cannot convert the JSON string because it contains keys with different casing. Please use the -AsHashTable switch instead. The key that was attempted to be added to the existing key '{0}' was '{1}'.",
  JsonEmptyKey:
    'The provided JSON includes a property whose name is an empty string, this is only supported using the -AsHashTable switch.',
  // CSV (CsvCommandStrings / ExtendedTypeSystem)
  CsvMemberAlreadyPresent: 'The member "{0}" is already present.',
  CsvDefaultedHeaders: 'One or more headers weren\'t specified. Default names starting with "H" have been used in place of any missing headers.',
  // CliXml. approx: pwsh reports XmlException / deserialization messages whose exact wording has no source here.
  ClixmlUnknownTag: '{0} XML tag is not recognized. {1}',
  ClixmlBadPrimitive: 'The contents of the {0} primitive type are not valid. {1}',
  ClixmlBadRef: 'Cannot deserialize the object reference "{0}" because no object with this reference identifier was seen before.',
  // Files (NavigationResources / FileSystemProviderStrings / utility strings)
  PathNotFound: "Cannot find path '{0}' because it does not exist.",
  FileNotFound: "Could not find file '{0}'.",
  GetContentDirectory: "Unable to get content because it is a directory: '{0}'. Please use 'Get-ChildItem' instead.",
  FileExists: "The file '{0}' already exists.",
  // Select-Object / Sort-Object / Group-Object / Measure-Object / Get-Member
  ExpandPropertyNotFound: 'Property "{0}" cannot be found.',
  SelectPropertyAlreadyExists: 'The property cannot be processed because the property "{0}" already exists.',
  // FormatAndOut_MshParameter: calculated-property hashtables (ids DictionaryKeyIllegal, DictionaryKeyMandatoryEntry).
  DictionaryKeyIllegal: 'The {0} key is not valid.',
  // pwsh 7.6: `Sort-Object -Property 1` (ErrorDetails of a NotSupportedException, id DictionaryKeyUnknownType).
  DictionaryKeyUnknownType: 'Cannot convert {0} to one of the following types {System.String, System.Management.Automation.ScriptBlock}.',
  NotSupported: 'Specified method is not supported.',
  // approx: no source found for the exact wording of a missing mandatory key.
  DictionaryKeyMandatoryEntry: 'The "{0}" key has a missing mandatory entry.',
  MeasureNotNumeric: 'Input object "{0}" is not numeric.',
  GetMemberNoObject: 'You must specify an object for the Get-Member cmdlet.',
  // Import-Clixml: System.Xml.XmlException as XmlReader words it (the reader's text, with its line and position).
  XmlSyntax: '{0}',
  ClixmlNoObjs: "Element 'Objs' with namespace name '{0}' was not found. {1}",
} as const;

export type DataMessageId = keyof typeof DATA_MESSAGES;

/** Fills `{0}`, `{1}`... of a catalogue template. */
export function dataMessage(id: DataMessageId, ...args: (string | number)[]): string {
  return DATA_MESSAGES[id].replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}

/** An error raised by a pure serializer; the cmdlet turns it into an ErrorRecord with its own id. */
export class DataFormatError extends Error {
  /** What a streaming reader had read before the error (Import-Clixml writes it first). */
  readBefore?: unknown[];
  constructor(
    readonly id: DataMessageId,
    message: string,
  ) {
    super(message);
    this.name = 'DataFormatError';
  }
}

export function dataError(id: DataMessageId, ...args: (string | number)[]): DataFormatError {
  return new DataFormatError(id, dataMessage(id, ...args));
}
