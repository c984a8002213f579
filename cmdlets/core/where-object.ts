/**
 * Where-Object (?, where): the script block form and the simplified `Where Status -eq Synced` forms
 * with every comparison switch (reference/powershell/cmdlets/Where-Object.md).
 */
import { defineCmdlet, type ParameterDeclaration, type ParameterSetMembership } from '../../src/engine/cmdlet';
import type { PSValue } from '../../src/engine/values';
import { getProperty } from '../../src/engine/properties';
import { toBool, toStr } from '../../src/engine/conversion';
import { binaryOperator } from '../../src/engine/evaluator/operators';
import { PSRuntimeError, exceptionTypeChain } from '../../src/engine/errors';

/** Switch name -> the operator it applies (and its parameter set). */
const OPERATORS: [string, string, string][] = [
  ['EQ', '-eq', 'EqualSet'], ['CEQ', '-ceq', 'CaseSensitiveEqualSet'], ['NE', '-ne', 'NotEqualSet'], ['CNE', '-cne', 'CaseSensitiveNotEqualSet'],
  ['GT', '-gt', 'GreaterThanSet'], ['CGT', '-cgt', 'CaseSensitiveGreaterThanSet'], ['LT', '-lt', 'LessThanSet'], ['CLT', '-clt', 'CaseSensitiveLessThanSet'],
  ['GE', '-ge', 'GreaterOrEqualSet'], ['CGE', '-cge', 'CaseSensitiveGreaterOrEqualSet'], ['LE', '-le', 'LessOrEqualSet'], ['CLE', '-cle', 'CaseSensitiveLessOrEqualSet'],
  ['Like', '-like', 'LikeSet'], ['CLike', '-clike', 'CaseSensitiveLikeSet'], ['NotLike', '-notlike', 'NotLikeSet'], ['CNotLike', '-cnotlike', 'CaseSensitiveNotLikeSet'],
  ['Match', '-match', 'MatchSet'], ['CMatch', '-cmatch', 'CaseSensitiveMatchSet'], ['NotMatch', '-notmatch', 'NotMatchSet'], ['CNotMatch', '-cnotmatch', 'CaseSensitiveNotMatchSet'],
  ['Contains', '-contains', 'ContainsSet'], ['CContains', '-ccontains', 'CaseSensitiveContainsSet'], ['NotContains', '-notcontains', 'NotContainsSet'], ['CNotContains', '-cnotcontains', 'CaseSensitiveNotContainsSet'],
  ['In', '-in', 'InSet'], ['CIn', '-cin', 'CaseSensitiveInSet'], ['NotIn', '-notin', 'NotInSet'], ['CNotIn', '-cnotin', 'CaseSensitiveNotInSet'],
  ['Is', '-is', 'IsSet'], ['IsNot', '-isnot', 'IsNotSet'],
];

const OPERATOR_SETS = OPERATORS.map((o) => o[2]);
const ALIASES: Record<string, string[]> = { EQ: ['IEQ'], NE: ['INE'], GT: ['IGT'], LT: ['ILT'], GE: ['IGE'], LE: ['ILE'], Like: ['ILike'], NotLike: ['INotLike'], Match: ['IMatch'], NotMatch: ['INotMatch'], Contains: ['IContains'], NotContains: ['INotContains'], In: ['IIn'], NotIn: ['INotIn'] };

function inSets(names: string[], m: ParameterSetMembership): Record<string, ParameterSetMembership> {
  return Object.fromEntries(names.map((n) => [n, { ...m }]));
}

const parameters: ParameterDeclaration[] = [
  { name: 'InputObject', type: 'PSObject', sets: { __AllParameterSets: { valueFromPipeline: true } } },
  { name: 'FilterScript', type: 'ScriptBlock', sets: { ScriptBlockSet: { position: 0, mandatory: true } } },
  { name: 'Property', type: 'String', sets: { ...inSets(OPERATOR_SETS, { position: 0, mandatory: true }), NotSet: { position: 0, mandatory: true } } },
  { name: 'Value', type: 'Object', sets: inSets(OPERATOR_SETS, { position: 1 }) },
  ...OPERATORS.map(([name, , set]): ParameterDeclaration => ({ name, type: 'SwitchParameter', aliases: ALIASES[name], sets: { [set]: { mandatory: set !== 'EqualSet' } } })),
  { name: 'Not', type: 'SwitchParameter', sets: { NotSet: { mandatory: true } } },
];

export const whereObject = defineCmdlet({
  name: 'Where-Object',
  aliases: ['?', 'where'],
  source: 'Microsoft.PowerShell.Core',
  defaultParameterSet: 'EqualSet',
  parameters,
  help: {
    synopsis: 'Selects objects from a collection based on their property values.',
    onlineUri: 'https://learn.microsoft.com/powershell/module/microsoft.powershell.core/where-object?view=powershell-7.4',
  },
  process(ctx) {
    const input: PSValue = ctx.inputObject !== undefined ? ctx.inputObject : ctx.bound('InputObject') ? (ctx.params['InputObject'] ?? null) : null;
    if (ctx.inputObject === undefined && !ctx.bound('InputObject')) return;
    if (ctx.parameterSetName === 'ScriptBlockSet') {
      const r = ctx.invokeScriptBlock(ctx.params['FilterScript'] ?? null, input);
      if (toBool(r.length === 0 ? null : r.length === 1 ? r[0] : r)) ctx.writeObject(input);
      return;
    }
    const prop = toStr(ctx.params['Property'] ?? null);
    const actual = getProperty(input, prop);
    if (ctx.parameterSetName === 'NotSet') {
      if (!toBool(actual)) ctx.writeObject(input);
      return;
    }
    const op = OPERATORS.find((o) => o[2] === ctx.parameterSetName);
    // `Where-Object Name` alone keeps objects whose property is truthy.
    if (!ctx.bound('Value') && ctx.parameterSetName === 'EqualSet' && !ctx.bound('EQ')) {
      if (toBool(actual)) ctx.writeObject(input);
      return;
    }
    const value = ctx.params['Value'] ?? null;
    const operator = op ? op[1] : '-eq';
    let r: PSValue;
    try {
      r = binaryOperator(operator, actual, value, { setMatches: () => undefined });
    } catch (e) {
      // pwsh's WhereObjectCommand writes an operator's ArgumentException (a RegexParseException among them) for the
      // object and goes on: `The argument to operator 'Imatch' is not valid: <message>.`, the operator as its TokenKind.
      if (!(e instanceof PSRuntimeError) || !exceptionTypeChain(e.record.exception.typeName).includes('System.ArgumentException')) throw e;
      const name = operator.slice(1);
      const token = name === 'is' ? 'Is' : name === 'isnot' ? 'IsNot' : /^c(eq|ne|gt|lt|ge|le|(not)?(like|match|contains|in))$/.test(name) ? 'C' + name.slice(1) : 'I' + name;
      ctx.writeError({ message: `The argument to operator '${token}' is not valid: ${e.record.exception.message}.`, errorId: 'BadOperatorArgument', category: 'InvalidArgument', targetObject: input, exceptionType: 'System.Management.Automation.PSArgumentException' });
      return;
    }
    if (toBool(Array.isArray(r) ? r.length > 0 : r)) ctx.writeObject(input);
  },
});
