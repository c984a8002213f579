/**
 * What the console prints for each kind of error, pinned from pwsh 7.6.10 (the same cases run against
 * the real pwsh in test/pwsh/error-view.pwsh.test.ts): ConciseView's leading word, the Line block
 * for later lines of a command line, the PositionMessage excerpt (tabs, the 69-column window),
 * unwrapped messages for typed input, wrapped ones for parse errors, one ParseException per input.
 */
import { describe, expect, it } from "vitest";
import { createSession } from "../../src/session";
import { BufferHost } from "../../src/buffer-host";

function shown(code: string, width = 120): string {
  const session = createSession({ host: new BufferHost([], width), realTime: () => 0 });
  return session.run(code).text;
}

const CASES: [string, string, number, string][] = [
  ["div0", "1/0", 120, "RuntimeException: Attempted to divide by zero.\n"],
  ["cast-int", "[int]'abc'", 120, "InvalidArgument: Cannot convert value \"abc\" to type \"System.Int32\". Error: \"The input string 'abc' was not in a correct format.\"\n"],
  ["null-method-l2", "'x'\n$null.Foo()", 120, "x\nInvalidOperation: \nLine |\n   2 |  $null.Foo()\n     |  ~~~~~~~~~~~\n     | You cannot call a method on a null-valued expression.\n"],
  ["throw-l3", "1\n2\nthrow 'bad'", 120, "1\n2\nException: \nLine |\n   3 |  throw 'bad'\n     |  ~~~~~~~~~~~\n     | bad\n"],
  ["throw-obj", "throw [System.ArgumentException]::new('x')", 120, "OperationStopped: x\n"],
  ["throw-rethrow", "try { 1/0 } catch { throw $_ }", 120, "Exception: Attempted to divide by zero.\n"],
  ["throw-errorrecord", "try { 1/0 } catch { throw $_.Exception }", 120, "ParentContainsErrorRecordException: Attempted to divide by zero.\n"],
  ["throw-empty", "throw", 120, "Exception: ScriptHalted\n"],
  ["we-global-fn-l2", "function global:f { Write-Error 'inner' }\nf", 120, "f: \nLine |\n   2 |  f\n     |  ~\n     | inner\n"],
  ["local-fn-we", "& { function hh { Write-Error 'x' }; hh }", 120, "Write-Error: x\n"],
  ["we-top-l2", "1\nWrite-Error 'x'", 120, "1\nWrite-Error: x\n"],
  ["write-error-target", "Write-Error 'x' -TargetObject 5 -CategoryActivity Act -CategoryReason Rsn", 120, "Act: x\n"],
  ["substring", "'abc'.Substring(5)", 120, "MethodInvocationException: Exception calling \"Substring\" with \"1\" argument(s): \"startIndex cannot be larger than length of string. (Parameter 'startIndex')\"\n"],
  ["substring-neg", "'abc'.Substring(-1)", 120, "MethodInvocationException: Exception calling \"Substring\" with \"1\" argument(s): \"startIndex ('-1') must be a non-negative value. (Parameter 'startIndex')\nActual value was -1.\"\n"],
  ["hashtable-add", "$h = @{}; $h.Add('a',1); $h.Add('a',2)", 120, "MethodInvocationException: Exception calling \"Add\" with \"2\" argument(s): \"Item has already been added. Key in dictionary: 'a'  Key being added: 'a'\"\n"],
  ["int-parse-overflow", "[int]::Parse('99999999999')", 120, "MethodInvocationException: Exception calling \"Parse\" with \"1\" argument(s): \"Value was either too large or too small for an Int32.\"\n"],
  ["al-removeat", "$l = [System.Collections.ArrayList]::new(); $l.RemoveAt(3)", 120, "MethodInvocationException: Exception calling \"RemoveAt\" with \"1\" argument(s): \"Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'index')\"\n"],
  ["array-oob-assign", "$a = 1,2; $a[5] = 1", 120, "OperationStopped: Index was outside the bounds of the array.\n"],
  ["amp-notfound", "& 'nope'", 120, "&: The term 'nope' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again.\n"],
  ["invoke-null-sb", "& $null", 120, "InvalidOperation: The expression after '&' in a pipeline element produced an object that was not valid. It must result in a command name, a script block, or a CommandInfo object.\n"],
  ["param-notfound-l2", "1\nGet-Date -Foo", 120, "1\nGet-Date: \nLine |\n   2 |  Get-Date -Foo\n     |           ~~~~\n     | A parameter cannot be found that matches parameter name 'Foo'.\n"],
  ["param-badval-l2", "1\nGet-Date -Year 'abc'", 120, "1\nGet-Date: \nLine |\n   2 |  Get-Date -Year 'abc'\n     |                 ~~~~~\n     | Cannot bind parameter 'Year'. Cannot convert value \"abc\" to type \"System.Int32\". Error: \"The input string 'abc' was not in a correct format.\"\n"],
  ["tab-mid", "1\n$x = 1;\tthrow 'tab'", 120, "1\nException: \nLine |\n   2 |  $x = 1;    throw 'tab'\n     |             ~~~~~~~~~~~\n     | tab\n"],
  ["l10000", "\n".repeat(9999) + "throw 'tenk'", 120, "Exception: \n Line |\n10000 |  throw 'tenk'\n      |  ~~~~~~~~~~~~\n      | tenk\n"],
  ["long-line", "1\n$x = '" + "a".repeat(200) + "'; throw 'long'", 120, "1\nException: \nLine |\n   2 |  … aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'; throw 'long'\n     |                                                             ~~~~~~~~~~~~\n     | long\n"],
  ["long-line-err-end", "1\n$x = '" + "a".repeat(130) + "'; $null.Foo()", 120, "1\nInvalidOperation: \nLine |\n   2 |  … aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'; $null.Foo()\n     |                                                              ~~~~~~~~~~~\n     | You cannot call a method on a null-valued expression.\n"],
  ["long-msg-80", "1\nthrow ('word ' * 40)", 80, "1\nException: \nLine |\n   2 |  throw ('word ' * 40)\n     |  ~~~~~~~~~~~~~~~~~~~~\n     | word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word \n"],
  ["multiline-msg", "1\nthrow \"a`nb\"", 120, "1\nException: \nLine |\n   2 |  throw \"a`nb\"\n     |  ~~~~~~~~~~~~\n     | a\nb\n"],
  ["parse-two-l1", "$x = (1 + ; $y = (2 +", 120, "ParserError: \nLine |\n   1 |  $x = (1 + ; $y = (2 +\n     |           ~\n     | You must provide a value expression following the '+' operator.\n"],
  ["parse-long-msg-60", "1\n1 +", 40, "ParserError: \nLine |\n   2 |  1 +\n     |     ~\n     | You must provide a value\n     | expression following the '+'\n     | operator.\n"],
  ["foreach-div-l2", "1..2 | ForEach-Object {\n  1/0\n}", 120, "RuntimeException: \nLine |\n   2 |    1/0\n     |    ~~~\n     | Attempted to divide by zero.\nRuntimeException: \nLine |\n   2 |    1/0\n     |    ~~~\n     | Attempted to divide by zero.\n"],
  ["catch-rethrow-l2", "try {\n  Get-Variable nosuch -ErrorAction Stop\n} catch { throw }", 120, "Get-Variable: \nLine |\n   2 |    Get-Variable nosuch -ErrorAction Stop\n     |    ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n     | Cannot find a variable with the name 'nosuch'.\n"],
  ["pscustom-set", "$o = [pscustomobject]@{A=1}; $o.Nope = 2", 120, "SetValueInvocationException: Exception setting \"Nope\": \"The property 'Nope' cannot be found on this object. Verify that the property exists and can be set.\"\n"],
  ["false-assign", "$false = 1", 120, "WriteError: Cannot overwrite variable false because it is read-only or constant.\n"],
  ["op-invalid", "@{} + 1", 120, "InvalidOperation: A hash table can only be added to another hash table.\n"],
];

describe("errors as pwsh 7.6 prints them (ConciseView)", () => {
  it.each(CASES)("%s", (_id, code, width, expected) => {
    expect(shown(code, width)).toBe(expected);
  });
});
