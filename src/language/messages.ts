/**
 * The parser's message catalogue: pwsh's ParserStrings resource names and wordings
 * (System.Management.Automation/resources/ParserStrings.resx). `{0}` is replaced by the argument.
 */
export const PARSER_MESSAGES = {
  UnexpectedToken: "Unexpected token '{0}' in expression or statement.",
  UnrecognizedToken: 'Unrecognized token in source text.',
  BadNumericConstant: 'The numeric constant {0} is not valid.',
  MissingEndCurlyBrace: "Missing closing '}' in statement block or type definition.",
  IncompleteString: 'Incomplete string token.',
  TerminatorExpectedAtEndOfString: 'The string is missing the terminator: {0}.',
  ExpectedValueExpression: "You must provide a value expression following the '{0}' operator.",
  EmptyPipeElement: 'An empty pipe element is not allowed.',
  MissingExpression: "Missing expression after '{0}' in pipeline element.",
  MissingExpressionAfterToken: "Missing expression after '{0}'.",
  MissingExpressionAfterOperator: "Missing expression after unary operator '{0}'.",
  OperatorRequiresVariableOrProperty: "The '{0}' operator works only on variables or on properties.",
  MissingArgument: 'Missing argument in parameter list.',
  ParameterRequiresArgument: 'Parameter {0} requires an argument.',
  ExpressionsMustBeFirstInPipeline: 'Expressions are only allowed as the first element of a pipeline.',
  SplattingNotPermitted:
    "The splatting operator '@' cannot be used to reference variables in an expression. '@{0}' can be used only as an argument to a command. To reference variables in an expression use '${0}'.",
  SplattingNotPermittedInArgumentList: "Splatted variables like '@{0}' cannot be part of a comma-separated list of arguments.",
  MissingEndParenthesisInExpression: "Missing closing ')' in expression.",
  MissingEndParenthesisInSubexpression: "Missing closing ')' in subexpression.",
  IncompleteDollarSubexpressionReference: "$(subexpression) is missing the closing ')'.",
  MissingEndParenthesisInMethodCall: "Missing ')' in method call.",
  MissingEndSquareBracket: "Missing ']' after array index expression.",
  MissingArrayIndexExpression: 'Array index expression is missing or not valid.',
  MissingPropertyName: 'Missing property name after reference operator.',
  RedirectionNotSupported: "The '{0}' operator is reserved for future use.",
  MissingFileSpecification: 'Missing file specification after redirection operator.',
  InvalidUnicodeEscapeSequence:
    "The Unicode escape sequence is not valid. A valid sequence is `u{ followed by one to six hex digits and a closing '}'.",
  InvalidUnicodeEscapeSequenceValue: 'The Unicode escape sequence value is out of range. The maximum value is 0x10FFFF.',
  MissingUnicodeEscapeSequenceTerminator: "The Unicode escape sequence is missing the closing '}'.",
  TooManyDigitsInUnicodeEscapeSequence:
    'The Unicode escape sequence contains more than the maximum of six hex digits between braces.',
  InvalidVariableReference:
    "Variable reference is not valid. '$' was not followed by a valid variable name character. Consider using ${} to delimit the name.",
  InvalidVariableReferenceWithDrive:
    "Variable reference is not valid. ':' was not followed by a valid variable name character. Consider using ${} to delimit the name.",
  EmptyVariableReference: 'An empty ${} variable reference was found. A name is required inside the braces.',
  IncompleteDollarVariableReference: "${variable} reference starting is missing the closing '}'.",
  MissingTerminatorMultiLineComment: "The terminator '#>' is missing from the multiline comment.",
  UnexpectedCharactersAfterHereStringHeader:
    'No characters are allowed after a here-string header but before the end of the line.',
  MissingKeyInHashLiteral: "Missing key before '=' in hash literal.",
  MissingEqualsInHashLiteral: "Missing '=' operator after key in hash literal.",
  MissingStatementInHashLiteral: "Missing statement after '=' in hash literal.",
  MissingOpenParenthesisInIfStatement: "Missing '(' after '{0}' in if statement.",
  IfStatementMissingCondition: "Missing condition in if statement after '{0} ('.",
  MissingEndParenthesisAfterStatement: "Missing closing ')' after expression in '{0}' statement.",
  MissingStatementBlock: 'Missing statement block after {0} ( condition ).',
  MissingStatementBlockAfterElse: "Missing statement block after 'else' keyword.",
  MissingVariableNameAfterForeach: 'Missing variable name after foreach.\nThe correct form is: foreach ($a in $b) {...}',
  MissingInInForeach: "Missing 'in' after variable in foreach loop.\nThe correct form is: foreach ($a in $b) {...}",
  MissingForeachExpression: 'Missing expression in foreach loop.\nThe correct form is: foreach ($a in $b) {...}',
  MissingEndParenthesisAfterForeach:
    "Missing closing ')' after expression part of foreach loop.\nThe correct form is: foreach ($a in $b) {...}",
  MissingForeachStatement: 'Missing statement body in foreach loop.\nThe correct form is: foreach ($a in $b) {...}',
  MissingOpenParenthesisAfterKeyword: "Missing opening '(' after keyword '{0}'.",
  MissingExpressionAfterKeyword: "Missing expression after '{0}' in loop.",
  MissingLoopStatement: 'Missing statement body in {0} loop.',
  MissingWhileOrUntilInDoWhile: 'Missing while or until keyword in do loop.',
  MissingEndParenthesisInSwitchStatement: "Missing ')' after expression in switch statement.",
  MissingCurlyBraceInSwitchStatement: "Missing '{' in switch statement.",
  MissingSwitchConditionExpression: 'Missing condition in switch statement clause.',
  MissingSwitchStatementClause: 'Missing statement block in switch statement clause.',
  MissingSwitchValueExpression: "Missing expression after '(' in switch statement.",
  MissingFilenameOption: "Cannot process the 'switch' statement because of a missing file name argument to the -file option.",
  PipelineValueRequired: "A switch statement must have one of the following:  '-file file_name' or '( expression )'.",
  MultipleSwitchDefaultClauses: 'A switch statement can have only one default clause.',
  InvalidSwitchFlag: 'The parameter {0} is not valid for the switch statement.',
  MissingTryStatementBlock: 'The Try statement is missing its statement block.',
  MissingCatchOrFinally: 'The Try statement is missing its Catch or Finally block.',
  MissingCatchHandlerBlock: 'The Catch block is missing its statement block.',
  MissingTrapStatement: 'The Trap statement is missing its statement block.',
  MissingFinallyStatementBlock: 'The Finally block is missing its statement block.',
  MissingNameAfterKeyword: 'Missing name after {0} keyword.',
  MissingMethodParameterList: "Missing '(' in class method parameter list.",
  MissingTypeBody: "Missing '{0}' body in '{0}' declaration.",
  MissingFunctionBody: 'Missing function body in function declaration.',
  MissingEndParenthesisInFunctionParameterList: "Missing ')' in function parameter list.",
  InvalidFunctionParameter:
    'Parameter declarations are a comma-separated list of variable names with optional initializer expressions.',
  MissingTypename: "Missing type name after '['.",
  EndSquareBracketExpectedAtEndOfType: 'Missing ] at end of type token.',
  EndSquareBracketExpectedAtEndOfAttribute: 'Missing ] at end of attribute or type literal.',
  MissingNamedStatementBlock: "Missing statement block after '{0}'.",
  AmpersandNotAllowed:
    'The ampersand (&) character is not allowed. The & operator is reserved for future use; wrap an ampersand in double quotation marks ("&") to pass it as part of a string.',
  MissingStatementAfterKeyword: "Missing statement body after keyword '{0}'.",
  ExpectedExpression: "An expression was expected after '('.",
  ScriptTooComplicated: 'Processing was stopped because the script is too complex.',
} as const;

export type ParserErrorId = keyof typeof PARSER_MESSAGES;

export function formatParserMessage(id: ParserErrorId, arg?: string): string {
  const template: string = PARSER_MESSAGES[id];
  return arg === undefined ? template : template.split('{0}').join(arg);
}
