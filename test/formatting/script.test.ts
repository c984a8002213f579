/** Script-level checks through the engine's Runspace with the formatting cmdlets registered. */
import { coreCmdlets } from '../../cmdlets/core/engine-core';
import { describe, expect, it } from 'vitest';
import { Runspace } from '../../src/engine/runspace';
import type { Host } from '../../src/engine/host';
import type { CmdletServices } from '../../src/engine/cmdlet';
import formatCmdlets from '../../cmdlets/core/format';
import outCmdlets from '../../cmdlets/core/out';
import { outDefaultToHost, renderErrorRecord } from '../../src/formatting/session';

function session(width = 120) {
  const written: string[] = [];
  const host: Host = {
    name: 'test',
    interactive: false,
    width: () => width,
    write: (_s, text) => void written.push(text),
    readLine: () => null,
    readSecret: () => null,
    promptForChoice: () => -1,
  };
  const services = { get: () => undefined } as unknown as CmdletServices;
  const rs = new Runspace({ host, services, cmdlets: [...coreCmdlets, ...formatCmdlets, ...outCmdlets], outDefault: (values, host) => outDefaultToHost(values, host), renderError: (r) => renderErrorRecord(r) });
  return { rs, written };
}

const out = (script: string): string[] => {
  const r = session().rs.invoke(script);
  expect(r.parseErrors).toEqual([]);
  expect(r.errors.map((e) => e.message)).toEqual([]);
  return r.output.map(String);
};

describe('formatting cmdlets in scripts', () => {
  it('Format-Table | Out-String', () => {
    expect(out("[pscustomobject]@{a=1;b='x'} | Format-Table | Out-String")).toEqual(['\na b\n- -\n1 x\n\n']);
  });
  it('fl alias and calculated property', () => {
    expect(out("[pscustomobject]@{a=2} | fl a,@{n='Double';e={$_.a * 2}} | Out-String")).toEqual(['\na      : 2\nDouble : 4\n\n']);
  });
  it('ft with width/alignment keys', () => {
    expect(out("[pscustomobject]@{one=1} | Format-Table @{l='one'; e='one'; width=10; alignment='center'} | Out-String")).toEqual(['\n   one\n   ---\n    1\n\n']);
  });
  it('Out-String -Stream', () => {
    expect(out('[pscustomobject]@{foo=1} | Format-Table | Out-String -Stream')).toEqual(['', 'foo', '---', '  1', '']);
  });
  it('$FormatEnumerationLimit is honoured', () => {
    expect(out('$FormatEnumerationLimit = 2; [pscustomobject]@{a=1,2,3} | Format-List | Out-String')).toEqual(['\na : {1, 2…}\n\n']);
  });
  it('Out-String of plain objects (no Format-*)', () => {
    expect(out('@{a=1} | Out-String')).toEqual(['\nName                           Value\n----                           -----\na                              1\n\n']);
  });
  it('top-level output goes through Out-Default to the host (one formatter per statement)', () => {
    const { rs, written } = session();
    rs.invoke("[pscustomobject]@{a=1}; 'x'", { outDefault: true });
    expect(written.join('')).toBe('\na\n-\n1\n\nx\n');
  });
  it('a bad calculated-property key is a terminating error', () => {
    const r = session().rs.invoke("[pscustomobject]@{a=1} | Format-Table @{zz='a'} | Out-String");
    expect(r.errors.map((e) => e.message)).toEqual(['The zz key is not valid.']);
  });
});

describe('script block columns', () => {
  it('a script block column is labelled with its text', () => {
    expect(out('[pscustomobject]@{a=1} | Format-Table {$_.a * 2} | Out-String')).toEqual(['\n$_.a * 2\n--------\n       2\n\n']);
  });
  it('a hashtable with only an Expression script block takes the script text as label', () => {
    expect(out('[pscustomobject]@{a=1} | Format-List @{e={ $_.a + 1 }} | Out-String')).toEqual(['\n$_.a + 1 : 2\n\n']);
  });
});

describe('script output of other kinds', () => {
  it('a script block prints as its text', () => {
    expect(out('{1+1} | Out-String')).toEqual(['1+1\n']);
  });
  it('an error record in the output shows the concise view', () => {
    const r = session().rs.invoke("$e = try { throw 'boom' } catch { $_ }; $e | Out-String");
    expect(r.output.map(String)[0]).toMatch(/boom\n$/);
  });
});
