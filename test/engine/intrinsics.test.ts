import { describe, expect, test } from 'vitest';
import { run } from './helpers';

// The intrinsic .Where() and .ForEach() methods (about_Arrays), as pwsh 7.6 prints them.
describe('.Where() and .ForEach()', () => {
  test('results are a Collection`1, also on $null and on a scalar', () => {
    const r = run('$c = (1,2).Where({$true}); $c.GetType().Name; (1).Where({$true}).GetType().Name; $null.Where({$true}).Count; $null.ForEach({1}).Count; $myObject.ForEach("singleValue").GetType().Name; (5).ForEach({$_*2})');
    expect(r.lines).toEqual(['Collection`1', 'Collection`1', '0', '0', 'Collection`1', '10']);
  });
  test('Where selection modes with a count', () => {
    const r = run('(1..10).Where({$_ -gt 3}, "Default", 2); "--"; (1..10).Where({$_ -gt 3}, "Last", 2); "--"; (1..10).Where({$_ -gt 3}, "SkipUntil", 2); "--"; (1..10).Where({$_ -gt 3}, "Until", 2); "--"; (1..10).Where({$_ -gt 3}, "First"); "--"; (1..50).Where({$_ -gt 10}, "Until").Count');
    expect(r.lines).toEqual(['4', '5', '--', '9', '10', '--', '4', '5', '--', '1', '2', '--', '4', '--', '10']);
  });
  test("Where 'Split' gives the matches and the rest", () => {
    const r = run('$x = (1..6).Where({$_ -gt 3}, "Split", 1); $x.Count; $x[0]; "-"; $x[1]');
    expect(r.lines).toEqual(['2', '4', '-', '1', '2', '3', '5', '6']);
  });
  test('an unknown selection mode is a conversion error', () => {
    const r = run('(1..3).Where({$_ -gt 1}, "bogus")');
    expect(r.errors[0].message).toBe('Cannot convert value "bogus" to type "System.Management.Automation.WhereOperatorSelectionMode". Error: "Unable to match the identifier name bogus to a valid enumerator name. Specify one of the following enumerator names and try again:\nDefault, First, Last, SkipUntil, Until, Split"');
  });
  test('ForEach with a property name, a method name (with arguments), extra $args, a type', () => {
    const r = run('$o = [pscustomobject]@{a=1}, [pscustomobject]@{b=2}; $o.ForEach("a").Count; ("a","bb").ForEach("Length"); ("one","two").ForEach("ToUpper"); ("a","bb").ForEach("PadLeft", 3); (1..2).ForEach({ "$_ $args" }, "x", "y"); ("1/1/2017").ForEach([datetime]).Year; ("1","2").ForEach([int]).GetType().Name');
    expect(r.lines).toEqual(['2', '1', '2', 'ONE', 'TWO', '  a', ' bb', '1 x y', '2 x y', '2017', 'Collection`1']);
  });
  test('ForEach sets a property with one argument; a missing member is an error', () => {
    const r = run('$o = [pscustomobject]@{a=1}, [pscustomobject]@{b=2}; $o.ForEach("a", 5); $o[0].a');
    expect(r.lines).toEqual(['5']);
    expect(r.errors.map((e) => `${e.fullyQualifiedErrorId}: ${e.message}`)).toEqual(["ForEachNonexistentMemberReference: The ForEach() operator could not find a member 'a' on the target object. Please verify that the named member exists and then try running your script again."]);
  });
});
