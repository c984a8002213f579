/**
 * The engine's message catalogue: every engine, binder and runtime message with pwsh's error id
 * (ParameterBinderStrings, ParserStrings, RuntimeException ids) and its wording with {0} placeholders.
 * No other engine module writes message text. Entries marked `approx` have no source for the exact
 * wording and may be replaced when one is found.
 */
export interface MessageEntry {
  id: string;
  template: string;
  approx?: boolean;
}

function m(id: string, template: string, approx?: boolean): MessageEntry {
  return approx ? { id, template, approx } : { id, template };
}

export const MESSAGES = {
  // Binder (about_Parameters, ParameterBinderStrings)
  NamedParameterNotFound: m('NamedParameterNotFound', "A parameter cannot be found that matches parameter name '{0}'."),
  AmbiguousParameter: m('AmbiguousParameter', "Parameter cannot be processed because the parameter name '{0}' is ambiguous. Possible matches include: {1}."),
  MissingArgument: m('MissingArgument', "Missing an argument for parameter '{0}'. Specify a parameter of type '{1}' and try again."),
  AmbiguousParameterSet: m('AmbiguousParameterSet', 'Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided.'),
  MissingMandatoryParameter: m('MissingMandatoryParameter', 'Cannot process command because of one or more missing mandatory parameters: {0}.'),
  PositionalParameterNotFound: m('PositionalParameterNotFound', "A positional parameter cannot be found that accepts argument '{0}'."),
  ParameterAlreadyBound: m('ParameterAlreadyBound', "Cannot bind parameter because parameter '{0}' is specified more than once. To provide multiple values to parameters that can accept multiple values, use the array syntax. For example, \"-parameter value1,value2,value3\"."),
  InputObjectNotBound: m('InputObjectNotBound', 'The input object cannot be bound to any parameters for the command either because the command does not take pipeline input or the input and its properties do not match any of the parameters that take pipeline input.'),
  BooleanTransformation: m('ParameterArgumentTransformationError', "Cannot process argument transformation on parameter '{0}'. Cannot convert value \"{1}\" to type \"System.Boolean\". Boolean parameters accept only Boolean values and numbers, such as $True, $False, 1 or 0."),
  ArgumentTransformation: m('ParameterArgumentTransformationError', "Cannot process argument transformation on parameter '{0}'. {1}"),
  CannotConvertArgument: m('CannotConvertArgumentNoMessage', "Cannot bind parameter '{0}'. {1}"),
  // pwsh 7.6: a cmdlet's scalar parameter given an array of several (`Get-Date -Year @(1,2)`).
  CannotConvertArrayArgument: m('CannotConvertArgument', "Cannot convert '{0}' to the type '{1}' required by parameter '{2}'. Specified method is not supported."),
  ValidateSetFailure: m('ParameterArgumentValidationError', "Cannot validate argument on parameter '{0}'. The argument \"{1}\" does not belong to the set \"{2}\" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again."),
  ValidatePatternFailure: m('ParameterArgumentValidationError', "Cannot validate argument on parameter '{0}'. The argument \"{1}\" does not match the \"{2}\" pattern. Supply an argument that matches \"{2}\" and try the command again."),
  ValidatePatternInvalid: m('ParameterArgumentValidationError', "Cannot validate argument on parameter '{0}'. {1}"),
  ValidateRangeTooSmall: m('ParameterArgumentValidationError', "Cannot validate argument on parameter '{0}'. The {1} argument is less than the minimum allowed range of {2}. Supply an argument that is greater than or equal to {2} and then try the command again."),
  ValidateRangeTooBig: m('ParameterArgumentValidationError', "Cannot validate argument on parameter '{0}'. The {1} argument is greater than the maximum allowed range of {2}. Supply an argument that is less than or equal to {2} and then try the command again."),
  ValidateLengthTooShort: m('ParameterArgumentValidationError', "Cannot validate argument on parameter '{0}'. The character length of the {1} argument is too short. Specify an argument with a length that is greater than or equal to \"{2}\", and then try the command again."),
  ValidateLengthTooLong: m('ParameterArgumentValidationError', "Cannot validate argument on parameter '{0}'. The character length of the {1} argument is too long. Shorten the character length of the argument so it is fewer than or equal to \"{2}\" characters, and then try the command again."),
  ValidateCountFailure: m('ParameterArgumentValidationError', "Cannot validate argument on parameter '{0}'. The parameter requires at least {1} value(s) and no more than {2} value(s) - {3} value(s) were provided."),
  ValidateNotNullOrEmpty: m('ParameterArgumentValidationError', "Cannot validate argument on parameter '{0}'. The argument is null or empty. Provide an argument that is not null or empty, and then try the command again."),
  ValidateNotNullOrEmptyCollection: m('ParameterArgumentValidationError', "Cannot validate argument on parameter '{0}'. The argument is null, empty, or an element of the argument collection contains a null value. Supply a collection that does not contain any null values and then try the command again."),
  ParameterArgumentNull: m('ParameterArgumentValidationErrorNullNotAllowed', "Cannot bind argument to parameter '{0}' because it is null."),
  ParameterArgumentEmptyString: m('ParameterArgumentValidationErrorEmptyStringNotAllowed', "Cannot bind argument to parameter '{0}' because it is an empty string."),
  PromptHeader: m('PromptHeader', 'cmdlet {0} at command pipeline position {1}'),
  PromptSupplyValues: m('PromptSupplyValues', 'Supply values for the following parameters:'),

  // Conversion (LanguagePrimitives)
  InvalidCastFromString: m('InvalidCastFromStringToInteger', 'Cannot convert value "{0}" to type "{1}". Error: "The input string \'{0}\' was not in a correct format."'),
  // pwsh 7.6: a number out of an integral type's range (IConvertible's OverflowException); a string's has id InvalidCastFromStringToInteger.
  IntegralOverflow: m('InvalidCastIConvertible', 'Cannot convert value "{0}" to type "{1}". Error: "Value was either too large or too small for {2}."'),
  InvalidCast: m('ConvertToFinalInvalidCastException', 'Cannot convert the "{0}" value of type "{1}" to type "{2}".'),
  // A cast that failed for a reason .NET gives (overflow: InvalidCastIConvertible; a scalar to an array: InvalidCastExceptionScalarToArray, set by the caller).
  // ExtendedTypeSystem.InvalidCastCannotRetrieveString: an Object[] for a script's [string] parameter.
  CannotRetrieveString: m('InvalidCastCannotRetrieveString', 'Cannot convert value to type System.String.'),
  CastWithReason: m('InvalidCastIConvertible', 'Cannot convert value "{0}" to type "{1}". Error: "{2}"'),
  // pwsh 7.6: `[timespan]$null`, `[datetime]$null`, `[guid]$null` (value types without a numeric zero).
  InvalidCastNull: m('nullToObjectInvalidCast', 'Cannot convert null to type "{0}".'),
  EnumNoMatch: m('InvalidCastFromStringToEnum', 'Cannot convert value "{0}" to type "{1}". Error: "Unable to match the identifier name {0} to a valid enumerator name. Specify one of the following enumerator names and try again: {2}"'),
  DateParse: m('InvalidCastParseTargetInvocationWithFormatProvider', 'Cannot convert value "{0}" to type "System.DateTime". Error: "String \'{0}\' was not recognized as a valid DateTime."'),
  GuidParse: m('InvalidCastParseTargetInvocationWithFormatProvider', 'Cannot convert value "{0}" to type "System.Guid". Error: "Unrecognized Guid format."'),
  DateParseUnknownWord: m('InvalidCastParseTargetInvocationWithFormatProvider', 'Cannot convert value "{0}" to type "System.DateTime". Error: "The string \'{0}\' was not recognized as a valid DateTime. There is an unknown word starting at index \'{1}\'."'),
  TimeSpanParse: m('InvalidCastParseTargetInvocationWithFormatProvider', 'Cannot convert value "{0}" to type "System.TimeSpan". Error: "String \'{0}\' was not recognized as a valid TimeSpan."'),
  // pwsh 7.6 LanguagePrimitives and EnumMinimumDisambiguation, for the .NET enums it converts itself.
  EnumNameNotFound: m('EnumNameNotFound', 'Unable to match the identifier name {0} to a valid enumerator name. Specify one of the following enumerator names and try again:\n{1}'),
  EnumTooSimilar: m('EnumTooSimilar', 'The identifier name {0} cannot be processed because it is either too similar or identical to the following enumerator names: {1}. Use a more specific identifier name.'),
  EnumValuesNotValid: m('InvalidCastEnumStringNotFound', 'Cannot convert value "{0}" to type "{1}" due to enumeration values that are not valid. Specify one of the following enumeration values and try again. The possible enumeration values are "{2}".'),
  CharFromString: m('InvalidCastParseTargetInvocation', 'Cannot convert value "{0}" to type "System.Char". Error: "String must be exactly one character long."'),
  UnlimitedParse: m('InvalidCastParseTargetInvocation', 'Cannot convert value "{0}" to type "{1}". Error: "The value \'{0}\' is not valid. Specify a number or \'Unlimited\'."', true),
  ConvertToSecureString: m('ConvertToFinalInvalidCastException', 'Cannot convert the "{0}" value of type "{1}" to type "System.Security.SecureString".'),

  // Runtime (about_Operators, about_Methods, about_Properties, about_Command_Precedence)
  CommandNotFound: m('CommandNotFoundException', "The term '{0}' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again."),
  TypeNotFound: m('TypeNotFound', 'Unable to find type [{0}].'),
  MethodNotFound: m('MethodNotFound', "Method invocation failed because [{0}] does not contain a method named '{1}'."),
  MethodArgumentCount: m('MethodCountCouldNotFindBest', 'Cannot find an overload for "{0}" and the argument count: "{1}".'),
  InvokeMethodOnNull: m('InvokeMethodOnNull', 'You cannot call a method on a null-valued expression.'),
  PropertyNotFound: m('PropertyNotFound', "The property '{0}' cannot be found on this object. Verify that the property exists and can be set."),
  PropertyAssignmentNull: m('PropertyAssignmentException', "The property '{0}' cannot be found on this object. Verify that the property exists and can be set."),
  IndexNull: m('NullArray', 'Cannot index into a null array.'),
  VariableNotSet: m('VariableIsUndefined', "The variable '${0}' cannot be retrieved because it has not been set."),
  PropertyNotFoundStrict: m('PropertyNotFoundStrict', "The property '{0}' cannot be found on this object. Verify that the property exists."),
  DivideByZero: m('RuntimeException', 'Attempted to divide by zero.'),
  InvalidWildcardPattern: m('RuntimeException', 'The specified wildcard character pattern is not valid: {0}'),
  BadNumericArgs: m('BadOperatorArgument', 'The operation \'[{0}] {1} [{2}]\' is not defined.', true),
  InvalidRegex: m('InvalidRegularExpression', 'The regular expression pattern {0} is not valid.'),
  // exo-emulator's own: a valid .NET pattern its JavaScript regular-expression engine cannot run.
  RegexNotSupported: m('RegexNotSupported', 'The regular expression pattern {0} uses {1}, which exo-emulator does not support.'),
  NonInteractivePrompt: m('System.Management.Automation.PSInvalidOperationException', 'PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.'),
  // Halt Command at an Inquire prompt (pwsh 7.6, ErrorPackage.ActionPreferenceStop of the user's choice).
  ActionPreferenceStopByUser: m('ActionPreferenceStop', 'The running command stopped because the user selected the Stop option.'),
  WriteErrorDefault: m('Microsoft.PowerShell.Commands.WriteErrorException', '{0}'),
  // pwsh 7.6 prints the resource name itself: `throw` alone gives `Exception: ScriptHalted`.
  ScriptHalted: m('ScriptHalted', 'ScriptHalted'),
  ForEachMemberNotFound: m('RuntimeException', "The ForEach() operator could not find a member '{0}' on the target object. Please verify that the named member exists and then try running your script again."),
  // {0}: the preference variable (ErrorActionPreference, WarningPreference, ProgressPreference...).
  ActionPreferenceStop: m('ActionPreferenceStop', 'The running command stopped because the preference variable "{0}" or common parameter is set to Stop: {1}'),
  HashtableKeyExists: m('ArgumentException', 'Item has already been added. Key in dictionary: \'{0}\'  Key being added: \'{0}\''),
  DuplicateKeyInLiteral: m('DuplicateKeyInHashLiteral', "Duplicate keys '{0}' are not allowed in hash literals."),
  AddHashTableToNonHashTable: m('AddHashTableToNonHashTable', 'A hash table can only be added to another hash table.'),
  BadExpression: m('BadExpression', "The expression after '{0}' in a pipeline element produced an object that was not valid. It must result in a command name, a script block, or a CommandInfo object."),
  ReadOnlyVariable: m('VariableNotWritable', 'Cannot overwrite variable {0} because it is read-only or constant.'),
  VariableAlreadyExists: m('VariableAlreadyExists', 'A variable with name \'{0}\' already exists.'),
  VariableNotFound: m('VariableNotFound', "Cannot find a variable with the name '{0}'."),
  ArgumentOutOfRange: m('ArgumentOutOfRangeException', 'Index was out of range. Must be non-negative and less than the size of the collection.'),
  SecureStringNeedsForce: m('ImportSecureString_InvalidArgument', 'The system cannot protect plain text input. To suppress this warning and convert the plain text to a SecureString, reissue the command specifying the Force parameter. For more information ,type: get-help ConvertTo-SecureString.', true),
  SecureStringBadFormat: m('ImportSecureString_InvalidArgument_CryptographicError', 'Input string was not in a correct format.', true),
  CredentialInputEnded: m('CouldNotPromptForCredential', 'Cannot process command because the user cancelled the operation.', true),
  NewObjectTypeNotFound: m('TypeNotFound', 'Cannot find type [{0}]: verify that the assembly containing this type is loaded.'),
  NewObjectCtorArgs: m('ConstructorInvokedThrowException', 'A constructor was not found. Cannot find an appropriate constructor for type {0}.'),
  GetCommandNotFound: m('CommandNotFoundException', "The term '{0}' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again."),
  GetHelpNotFound: m('HelpNotFound', 'Get-Help could not find {0} in a help file in this session. To download updated help topics type: "Update-Help". To get help online, search for the help topic in the TechNet library at https://go.microsoft.com/fwlink/?LinkID=107116.'),
  GetVariableNotFound: m('VariableNotFound', "Cannot find a variable with the name '{0}'."),
  GetAliasNotFound: m('ItemNotFoundException', "This command cannot find a matching alias because an alias with the name '{0}' does not exist."),
  MemberNameNotFound: m('PropertyOrMethodNotFound', "ForEach-Object: Input name \"{0}\" cannot be resolved to a member.", true),
  WhereOperatorNeedsValue: m('ValueNotSpecifiedForWhereObject', 'The specified operator requires both the -Property and -Value parameters. Provide values for both parameters, and then try the command again.'),
  ItemNotFound: m('PathNotFound', "Cannot find path '{0}' because it does not exist."),
  FileRedirectionFailed: m('FileOpenFailure', "Could not find a part of the path '{0}'."),
  // -f: the FormatException's message after pwsh's FormatError text.
  FormatError: m('FormatError', 'Error formatting a string: {0}.'),
  InvalidLeftHandSide: m('InvalidLeftHandSide', 'The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property.'),
  ExitCodeNotNumber: m('ExitCodeNotNumber', 'Cannot convert value "{0}" to type "System.Int32".', true),
  // exo-emulator's own: it parses class/enum definitions as pwsh does but cannot define types yet.
  TypeDefinitionNotSupported: m('TypeDefinitionNotSupported', "The {0} definition '{1}' cannot be run: exo-emulator does not support PowerShell {0} definitions (about_Classes, about_Enum)."),
} as const satisfies Record<string, MessageEntry>;

export type MessageKey = keyof typeof MESSAGES;

/** Fills `{0}`, `{1}`... in a catalogue template. */
export function formatMessage(key: MessageKey, ...args: (string | number)[]): string {
  return MESSAGES[key].template.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}
