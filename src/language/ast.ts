/**
 * The PowerShell abstract syntax tree.
 *
 * Shapes follow pwsh's System.Management.Automation.Language AST (ScriptBlockAst, PipelineAst,
 * CommandAst, ...) closely enough that lang-spec chapters 7-8 map onto them, but as plain data:
 * a discriminated union on `type`, every node carrying its source extent.
 * (reference/powershell/lang-spec/chapter-07.md, chapter-08.md)
 */

/** Where a node sits in the source: offsets are 0-based, line and column are 1-based. */
export interface Extent {
  start: number;
  end: number;
  line: number;
  column: number;
}

interface NodeBase {
  extent: Extent;
}

// ---------------------------------------------------------------------------------------------
// Script blocks and parameters

export interface ScriptBlockAst extends NodeBase {
  type: 'ScriptBlock';
  paramBlock: ParamBlockAst | null;
  /** Named blocks; a script without `begin/process/end` has all its statements in `end`. */
  begin: StatementBlockAst | null;
  process: StatementBlockAst | null;
  end: StatementBlockAst | null;
  /** The source text of the block (for `{ ... }.ToString()` and error display). */
  text: string;
}

export interface ParamBlockAst extends NodeBase {
  type: 'ParamBlock';
  attributes: AttributeAst[];
  parameters: ParameterAst[];
}

export interface ParameterAst extends NodeBase {
  type: 'Parameter';
  /** Without the `$`. */
  name: string;
  /** `[string]`, `[int[]]`... the last type constraint, if any. */
  typeName: string | null;
  attributes: AttributeAst[];
  defaultValue: ExpressionAst | null;
}

/** `[Parameter(Mandatory=$true, Position=0)]`, `[Alias('Key')]`, `[ValidateSet('a','b')]`. */
export interface AttributeAst extends NodeBase {
  type: 'Attribute';
  typeName: string;
  positionalArguments: ExpressionAst[];
  /** `Mandatory` alone has `value: null` (meaning $true). */
  namedArguments: { name: string; value: ExpressionAst | null }[];
}

export interface StatementBlockAst extends NodeBase {
  type: 'StatementBlock';
  statements: StatementAst[];
}

// ---------------------------------------------------------------------------------------------
// Statements

export type StatementAst =
  | PipelineAst
  | PipelineChainAst
  | AssignmentStatementAst
  | IfStatementAst
  | ForEachStatementAst
  | ForStatementAst
  | WhileStatementAst
  | DoLoopStatementAst
  | SwitchStatementAst
  | TryStatementAst
  | TrapStatementAst
  | ThrowStatementAst
  | ReturnStatementAst
  | BreakStatementAst
  | ContinueStatementAst
  | ExitStatementAst
  | FunctionDefinitionAst
  | TypeDefinitionAst
  | StatementBlockAst;

/** `a | b | c`. The first element may be an expression; the others are commands. */
export interface PipelineAst extends NodeBase {
  type: 'Pipeline';
  elements: (CommandAst | CommandExpressionAst)[];
  background: boolean;
}

/** pwsh 7 `a && b`, `a || b`. */
export interface PipelineChainAst extends NodeBase {
  type: 'PipelineChain';
  left: PipelineAst | PipelineChainAst;
  operator: '&&' | '||';
  right: PipelineAst;
}

export type AssignmentOperator = '=' | '+=' | '-=' | '*=' | '/=' | '%=' | '??=';

export interface AssignmentStatementAst extends NodeBase {
  type: 'Assignment';
  /** A variable, member access, index, cast of a variable (`[int]$x = ...`) or an array literal of those. */
  target: ExpressionAst;
  operator: AssignmentOperator;
  /** The right side is a statement: `$x = Get-Foo | Select -First 1`, `$x = if (...) {...}`. */
  value: StatementAst;
}

export interface IfStatementAst extends NodeBase {
  type: 'If';
  clauses: { condition: PipelineAst | PipelineChainAst; body: StatementBlockAst }[];
  elseBody: StatementBlockAst | null;
}

export interface ForEachStatementAst extends NodeBase {
  type: 'ForEach';
  label: string | null;
  variable: VariableExpressionAst;
  iterable: PipelineAst | PipelineChainAst;
  body: StatementBlockAst;
}

export interface ForStatementAst extends NodeBase {
  type: 'For';
  label: string | null;
  initializer: StatementAst | null;
  condition: PipelineAst | PipelineChainAst | null;
  iterator: StatementAst | null;
  body: StatementBlockAst;
}

export interface WhileStatementAst extends NodeBase {
  type: 'While';
  label: string | null;
  condition: PipelineAst | PipelineChainAst;
  body: StatementBlockAst;
}

/** `do { } while (...)` and `do { } until (...)`. */
export interface DoLoopStatementAst extends NodeBase {
  type: 'DoLoop';
  label: string | null;
  until: boolean;
  condition: PipelineAst | PipelineChainAst;
  body: StatementBlockAst;
}

export interface SwitchStatementAst extends NodeBase {
  type: 'Switch';
  label: string | null;
  flags: { regex: boolean; wildcard: boolean; exact: boolean; caseSensitive: boolean; file: boolean };
  subject: PipelineAst | PipelineChainAst;
  /** A clause's pattern is an expression (constant, variable, ...) or a script block condition. */
  clauses: { pattern: ExpressionAst; body: StatementBlockAst }[];
  defaultBody: StatementBlockAst | null;
}

export interface TryStatementAst extends NodeBase {
  type: 'Try';
  body: StatementBlockAst;
  /** `types` empty = catch-all. Type names as written, without brackets. */
  catches: { types: string[]; body: StatementBlockAst; extent: Extent }[];
  finallyBody: StatementBlockAst | null;
}

/** `trap [Type] { ... }`: handles the terminating errors of the statements of its block, wherever it stands in it. */
export interface TrapStatementAst extends NodeBase {
  type: 'Trap';
  /** Type name as written, without brackets; null = every error. */
  typeName: string | null;
  body: StatementBlockAst;
}

export interface ThrowStatementAst extends NodeBase {
  type: 'Throw';
  value: PipelineAst | PipelineChainAst | null;
}

export interface ReturnStatementAst extends NodeBase {
  type: 'Return';
  value: PipelineAst | PipelineChainAst | null;
}

export interface BreakStatementAst extends NodeBase {
  type: 'Break';
  label: string | null;
}

export interface ContinueStatementAst extends NodeBase {
  type: 'Continue';
  label: string | null;
}

export interface ExitStatementAst extends NodeBase {
  type: 'Exit';
  value: PipelineAst | PipelineChainAst | null;
}

/** `function Name { param(...) ... }`, `function Name($a, $b) { ... }`, `filter Name { ... }`. */
export interface FunctionDefinitionAst extends NodeBase {
  type: 'FunctionDefinition';
  name: string;
  isFilter: boolean;
  /** Parameters written as `function f($a) {}`; null when absent (then the body's param block applies). */
  parameters: ParameterAst[] | null;
  body: ScriptBlockAst;
}

/** `class Name : Base { members }` or `enum Name : type { A; B = 2 }` (about_Classes, about_Enum). */
export interface TypeDefinitionAst extends NodeBase {
  type: 'TypeDefinition';
  kind: 'class' | 'enum';
  name: string;
  /** Base class and interfaces of a class, or the underlying type of an enum, as written. */
  baseTypes: string[];
  members: TypeMemberAst[];
}

/** A property, method or constructor of a class, or a value of an enum. */
export interface TypeMemberAst extends NodeBase {
  type: 'TypeMember';
  kind: 'property' | 'method' | 'constructor' | 'enumValue';
  name: string;
  static: boolean;
  hidden: boolean;
  attributes: AttributeAst[];
  /** The declared type (`[string]$File`) or return type (`[bool] Equals(...)`). */
  typeName: string | null;
  parameters: ParameterAst[];
  /** Property initializer or enum value. */
  initializer: ExpressionAst | null;
  /** `: base(...)` of a constructor. */
  baseArguments: ExpressionAst[] | null;
  body: ScriptBlockAst | null;
}

// ---------------------------------------------------------------------------------------------
// Commands

export type RedirectionStream = 'output' | 'error' | 'warning' | 'verbose' | 'debug' | 'information' | 'all';

/** `> file`, `>> file`, `2> file`, `*> $null`. */
export interface FileRedirectionAst extends NodeBase {
  type: 'FileRedirection';
  from: RedirectionStream;
  append: boolean;
  location: ExpressionAst;
}

/** `2>&1`, `*>&1`. */
export interface MergingRedirectionAst extends NodeBase {
  type: 'MergingRedirection';
  from: RedirectionStream;
  to: 'output';
}

export type RedirectionAst = FileRedirectionAst | MergingRedirectionAst;

/**
 * `Get-Foo -Name x -Switch pos1 @splat`. `elements[0]` is the command name: a bareword
 * StringConstant, or any expression after `&` / `.` (`& $sb`, `& 'name'`).
 */
export interface CommandAst extends NodeBase {
  type: 'Command';
  invocationOperator: '&' | '.' | null;
  elements: CommandElementAst[];
  redirections: RedirectionAst[];
}

/** An expression standing as a pipeline element: `1..5 | ...`, `$x`, `"text"`. */
export interface CommandExpressionAst extends NodeBase {
  type: 'CommandExpression';
  expression: ExpressionAst;
  redirections: RedirectionAst[];
}

export type CommandElementAst = CommandParameterAst | ExpressionAst;

/**
 * `-Name`, `-Name:value`. `argument` is set only for the colon form; `-Name value` yields a
 * parameter element followed by a separate expression element (the binder pairs them).
 */
export interface CommandParameterAst extends NodeBase {
  type: 'CommandParameter';
  /** Without the leading dash or trailing colon, as typed (case preserved). */
  name: string;
  argument: ExpressionAst | null;
  /** True for `-Name:` (with or without a following argument). */
  hasColon: boolean;
}

// ---------------------------------------------------------------------------------------------
// Expressions

export type ExpressionAst =
  | ErrorExpressionAst
  | ConstantExpressionAst
  | StringConstantExpressionAst
  | ExpandableStringExpressionAst
  | VariableExpressionAst
  | ArrayLiteralAst
  | ArrayExpressionAst
  | SubExpressionAst
  | ParenExpressionAst
  | HashtableAst
  | ScriptBlockExpressionAst
  | BinaryExpressionAst
  | UnaryExpressionAst
  | ConvertExpressionAst
  | TypeExpressionAst
  | MemberExpressionAst
  | InvokeMemberExpressionAst
  | IndexExpressionAst
  | TernaryExpressionAst;

/** A number (or `$true`-free constant). `text` keeps the source form: `2GB`, `0x10`, `34uy`. */
export interface ConstantExpressionAst extends NodeBase {
  type: 'Constant';
  value: number | bigint;
  text: string;
}

export type StringKind =
  | 'BareWord'
  | 'SingleQuoted'
  | 'DoubleQuoted'
  | 'SingleQuotedHereString'
  | 'DoubleQuotedHereString';

/** A string with nothing to expand; `value` has quotes removed and escapes processed. */
export interface StringConstantExpressionAst extends NodeBase {
  type: 'StringConstant';
  value: string;
  stringKind: StringKind;
  /** True for the text after `--%` (stop-parsing), passed to the command verbatim. */
  verbatim?: boolean;
}

/**
 * A double-quoted (or bareword, in command mode) string containing `$var` or `$( )`.
 * `parts` alternates literal text (escapes already processed) and the nested expressions
 * (VariableExpression, or the SubExpression with any member access pwsh parses after it) in
 * source order.
 */
export interface ExpandableStringExpressionAst extends NodeBase {
  type: 'ExpandableString';
  parts: (string | ExpressionAst)[];
  stringKind: StringKind;
  /** The raw text between the quotes. */
  raw: string;
}

/** `$x`, `${x y}`, `$env:PATH`, `$script:x`, `@splat` (splatted). */
export interface VariableExpressionAst extends NodeBase {
  type: 'Variable';
  /** Without `$`, scope or drive: `env:PATH` has scope 'env' and name 'PATH'. */
  name: string;
  /** `global`, `script`, `local`, `private`, `using`, `env`, `variable`, `function`, or null. */
  scope: string | null;
  splatted: boolean;
}

/** The comma operator: `1, 2, 3`, `,$x` (unary comma has one element). */
export interface ArrayLiteralAst extends NodeBase {
  type: 'ArrayLiteral';
  elements: ExpressionAst[];
}

/** `@( ... )` */
export interface ArrayExpressionAst extends NodeBase {
  type: 'ArrayExpression';
  statements: StatementAst[];
}

/** `$( ... )` */
export interface SubExpressionAst extends NodeBase {
  type: 'SubExpression';
  statements: StatementAst[];
}

/** `( pipeline )` */
export interface ParenExpressionAst extends NodeBase {
  type: 'ParenExpression';
  pipeline: StatementAst;
}

/** `@{ a = 1; b = Get-Foo }`. Keys are expressions (barewords become StringConstant). */
export interface HashtableAst extends NodeBase {
  type: 'Hashtable';
  pairs: { key: ExpressionAst; value: StatementAst }[];
}

export interface ScriptBlockExpressionAst extends NodeBase {
  type: 'ScriptBlockExpression';
  scriptBlock: ScriptBlockAst;
}

/**
 * Binary operators, normalised to lower case with their dash: '-eq', '-ceq', '-ieq', '-like',
 * '-replace', '-split', '-join', '-and', '-is', '-as', '-f', '..', '+', '-', '*', '/', '%',
 * '-band', '-bor', '-bxor', '-shl', '-shr', '??'.
 */
export interface BinaryExpressionAst extends NodeBase {
  type: 'BinaryExpression';
  operator: string;
  left: ExpressionAst;
  right: ExpressionAst;
  /** Extent of the operator token, for error messages. */
  operatorExtent: Extent;
}

/**
 * Prefix: '-not', '!', '-', '+', '-bnot', '-split', '-join', '++', '--'.
 * Postfix: '++', '--' (postfix: true).
 */
export interface UnaryExpressionAst extends NodeBase {
  type: 'UnaryExpression';
  operator: string;
  operand: ExpressionAst;
  postfix: boolean;
}

/**
 * What stands for a missing operand after a parse error (pwsh's ErrorExpressionAst), so that the
 * enclosing expression stays whole and reports nothing more. A script with parse errors never runs.
 */
export interface ErrorExpressionAst extends NodeBase {
  type: 'ErrorExpression';
}

/** A cast: `[string]$x`, `[pscustomobject]@{...}`, `[ordered]@{...}`. */
export interface ConvertExpressionAst extends NodeBase {
  type: 'ConvertExpression';
  /** As written inside the brackets: 'string', 'System.Int32[]', 'ordered'. */
  typeName: string;
  operand: ExpressionAst;
}

/** A type literal alone: `[int]`, `[System.IO.File]` (the target of `::`). */
export interface TypeExpressionAst extends NodeBase {
  type: 'TypeExpression';
  typeName: string;
}

/** `$x.Name`, `$x.$prop`, `[math]::PI`, `$x?.Name`. */
export interface MemberExpressionAst extends NodeBase {
  type: 'MemberExpression';
  target: ExpressionAst;
  /** Usually a StringConstant (bareword); may be a variable or expression (`$x.$name`, `$x.('a')`). */
  member: ExpressionAst;
  static: boolean;
  nullConditional: boolean;
}

/** `$s.Split(',')`, `[guid]::NewGuid()`. */
export interface InvokeMemberExpressionAst extends NodeBase {
  type: 'InvokeMemberExpression';
  target: ExpressionAst;
  member: ExpressionAst;
  arguments: ExpressionAst[];
  static: boolean;
  nullConditional: boolean;
}

/** `$a[0]`, `$h['key']`, `$a[1..3]`. */
export interface IndexExpressionAst extends NodeBase {
  type: 'IndexExpression';
  target: ExpressionAst;
  index: ExpressionAst;
  nullConditional: boolean;
}

/** pwsh 7 `cond ? a : b`. */
export interface TernaryExpressionAst extends NodeBase {
  type: 'TernaryExpression';
  condition: ExpressionAst;
  ifTrue: ExpressionAst;
  ifFalse: ExpressionAst;
}

export type Ast =
  | ScriptBlockAst
  | ParamBlockAst
  | ParameterAst
  | AttributeAst
  | StatementAst
  | CommandAst
  | CommandExpressionAst
  | CommandParameterAst
  | RedirectionAst
  | ExpressionAst;

// ---------------------------------------------------------------------------------------------
// Parse results

/** One parse error, with pwsh's ErrorId (ParserStrings resource name) and wording. */
export interface ParseError {
  errorId: string;
  message: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  offset: number;
  /** End offset of the error's extent (pwsh underlines offset..endOffset; an empty extent shows one `~`). */
  endOffset?: number;
  /**
   * True when the input merely ended too early (unclosed brace, quote, here-string, trailing pipe):
   * the interactive shell continues with `>> ` instead of reporting. pwsh's IncompleteParseException.
   */
  incompleteInput: boolean;
}

export interface ParseResult {
  ast: ScriptBlockAst;
  errors: ParseError[];
}
