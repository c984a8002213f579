import { describe, expect, it } from 'vitest';
import { firstError, run } from './helpers';

describe('class and enum definitions (parsed, not run)', () => {
  it('reports that a class definition cannot be run, naming it, and goes on', () => {
    const r = run("class Foo { [string]$x }\n'after'");
    expect(firstError(r)).toMatchObject({
      id: 'TypeDefinitionNotSupported',
      category: 'NotImplemented',
      message: "The class definition 'Foo' cannot be run: exo-emulator does not support PowerShell class definitions (about_Classes, about_Enum).",
    });
    expect(r.lines).toEqual(['after']);
  });

  it('says the same of an enum', () => {
    expect(firstError(run('enum Color { Red; Green }')).message).toContain("The enum definition 'Color' cannot be run");
  });
});

describe('method call with a script block argument', () => {
  it('runs .Where{} and .ForEach{} as .Where({}) and .ForEach({})', () => {
    expect(run('(0..9).Where{ $_ % 2 }').lines).toEqual(['1', '3', '5', '7', '9']);
    expect(run('(1,2,3).ForEach{ $_ * 2 }').lines).toEqual(['2', '4', '6']);
  });
});
