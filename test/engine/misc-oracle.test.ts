import { describe, expect, test } from 'vitest';
import { run } from './helpers';

// Differences the collected oracle suite found, each checked against pwsh 7.6.
describe('collected oracle differences', () => {
  test('a flags enum given as a list binds as the combination (PSMemberTypes)', () => {
    // pwsh 7.6: "x" | Get-Member -MemberType Properties, Method  → Length among them; a bad name fails on the joined list.
    const r = run('("x" | Get-Member -MemberType properties, method).Name -contains "Length"; "x" | Get-Member -MemberType Prop, Method');
    expect(r.lines).toEqual(['True']);
    expect(r.errors[0].message).toBe('Cannot bind parameter \'MemberType\'. Cannot convert value "Prop,Method" to type "System.Management.Automation.PSMemberTypes". Error: "Unable to match the identifier name Prop,Method to a valid enumerator name. Specify one of the following enumerator names and try again:\nAliasProperty, CodeProperty, Property, NoteProperty, ScriptProperty, PropertySet, Method, CodeMethod, ScriptMethod, Methods, ParameterizedProperty, MemberSet, Event, Dynamic, InferredProperty, Properties, All"');
  });
});
