/**
 * Seeded generators of small, well-typed, deterministic PowerShell programs over the language
 * Microsoft's docs use (about_Operators, about_Arithmetic_Operators, about_Comparison_Operators,
 * about_Switch, about_Functions_Advanced_Parameters, about_Splatting, about_Try_Catch_Finally, ...).
 *
 * Every program terminates, reads no clock, no randomness and no file, and prints what it computes:
 * the output of expressions, expandable strings, Format-Table of small objects. Unordered hashtables
 * with several keys are never displayed whole (their order follows .NET's per-process string hashes).
 */
import fc from 'fast-check';

const pick = <T>(...xs: T[]) => fc.constantFrom(...xs);
const tpl = (parts: TemplateStringsArray, ...arbs: fc.Arbitrary<string>[]) =>
  fc.tuple(...arbs).map((vals) => parts.reduce((acc, p, i) => acc + p + (i < vals.length ? vals[i] : ''), ''));

// ---------------------------------------------------------------- literals

const smallInt = fc.integer({ min: -20, max: 20 });
const intLit = fc.oneof(
  { weight: 4, arbitrary: smallInt.map(String) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 2147483647 }).map(String) },
  { weight: 1, arbitrary: pick('2147483647', '2147483648', '-2147483648', '4294967295', '9223372036854775807', '100L', '0x10', '0xFF', '0x7FFFFFFF', '0xFFFFFFFF', '1kb', '2mb', '1gb', '3KB', '0x1F') },
);
const doubleLit = pick('1.5', '0.1', '2.25', '-3.75', '1e3', '1.5e-3', '2E2', '.5', '10.0', '1e16', '123456789.125', '0.3', '7.0', '1.5d', '0.1d', '2.50d', '1e-5');
const posInt = fc.integer({ min: 0, max: 12 });
const word = pick('alpha', 'Beta', 'gamma', 'DELTA', 'epsilon', 'Zeta', 'a', 'b', 'ab', 'abc', 'Hello', 'world', 'foo.bar', 'x-y-z', 'Contoso', 'fabrikam', 'mail01', 'Server2', '');
const sqStr = word.map((w) => `'${w}'`);
const dqStr = fc.oneof(
  word.map((w) => `"${w}"`),
  tpl`"${word} $(${smallInt.map(String)} + ${smallInt.map(String)})"`,
  tpl`"tab\`t${word}"`,
  tpl`"q\`"${word}\`""`,
  tpl`"${word}\`n${word}"`,
  pick('"it\'s"', '\'it\'\'s\'', '"$($null)x"', '"$(1,2,3)"', '"$(@(1,2) -join \'-\')"', '"a$("b")c"', '"`$literal"'),
);
const strLit = fc.oneof({ weight: 3, arbitrary: sqStr }, { weight: 2, arbitrary: dqStr });

// ---------------------------------------------------------------- typed expressions

function intExpr(depth: number): fc.Arbitrary<string> {
  if (depth <= 0) return intLit;
  const sub = intExpr(depth - 1);
  const str = strExpr(depth - 1);
  return fc.oneof(
    { weight: 3, arbitrary: intLit },
    { weight: 3, arbitrary: tpl`(${sub} ${pick('+', '-', '*', '%')} ${sub})` },
    { weight: 1, arbitrary: tpl`(${sub} / ${fc.integer({ min: 1, max: 9 }).map(String)})` },
    { weight: 1, arbitrary: tpl`(${sub} ${pick('-band', '-bor', '-bxor')} ${sub})` },
    { weight: 1, arbitrary: tpl`(${sub} ${pick('-shl', '-shr')} ${fc.integer({ min: 0, max: 40 }).map(String)})` },
    { weight: 1, arbitrary: tpl`(-bnot ${sub})` },
    { weight: 1, arbitrary: tpl`-${sub}` },
    { weight: 1, arbitrary: tpl`${str}.Length` },
    { weight: 1, arbitrary: tpl`${str}.IndexOf(${sqStr})` },
    { weight: 1, arbitrary: tpl`[int]${doubleLit}` },
    { weight: 1, arbitrary: tpl`[int]'${smallInt.map(String)}'` },
    { weight: 1, arbitrary: tpl`[byte]${fc.integer({ min: -5, max: 300 }).map(String)}` },
    { weight: 1, arbitrary: tpl`[int]${pick('2147483648', '3e9', '-2147483649', '1e10', "'abc'", "'0x10'", "' 12 '", '$true', '$null', "'1kb'")}` },
    { weight: 1, arbitrary: tpl`[long]${pick('2147483648', '3e9', '9.5', '10.5', "'123'")}` },
    { weight: 1, arbitrary: tpl`@(${arrItems('int', depth - 1)}).Count` },
    { weight: 1, arbitrary: tpl`[math]::${pick('Abs', 'Round', 'Floor', 'Ceiling')}(${doubleLit})` },
    { weight: 1, arbitrary: tpl`[math]::${pick('Max', 'Min', 'Pow')}(${sub}, ${fc.integer({ min: 0, max: 5 }).map(String)})` },
  );
}

function numExpr(depth: number): fc.Arbitrary<string> {
  const i = intExpr(depth);
  if (depth <= 0) return fc.oneof(doubleLit, i);
  const sub = numExpr(depth - 1);
  return fc.oneof(
    { weight: 2, arbitrary: doubleLit },
    { weight: 2, arbitrary: i },
    { weight: 3, arbitrary: tpl`(${sub} ${pick('+', '-', '*', '/', '%')} ${sub})` },
    { weight: 1, arbitrary: tpl`(${pick('2147483647', '65536', '46341', '[int]::MaxValue', '[long]::MaxValue')} ${pick('*', '+')} ${pick('2', '65536', '46341', '1')})` },
    { weight: 1, arbitrary: tpl`[double]'${pick('1.5', '2e3', '-0.25', '1,000', 'NaN', 'abc')}'` },
    { weight: 1, arbitrary: tpl`[decimal]${doubleLit}` },
    { weight: 1, arbitrary: tpl`[math]::Round(${sub}, ${fc.integer({ min: 0, max: 3 }).map(String)})` },
    { weight: 1, arbitrary: tpl`[math]::Sqrt(${fc.integer({ min: 0, max: 100 }).map(String)})` },
  );
}

function strExpr(depth: number): fc.Arbitrary<string> {
  if (depth <= 0) return strLit;
  const sub = strExpr(depth - 1);
  const i = intExpr(depth - 1);
  return fc.oneof(
    { weight: 4, arbitrary: strLit },
    { weight: 2, arbitrary: tpl`(${sub} + ${fc.oneof(sub, i)})` },
    { weight: 1, arbitrary: tpl`(${sub} * ${fc.integer({ min: 0, max: 3 }).map(String)})` },
    { weight: 2, arbitrary: tpl`${sub}.${pick('ToUpper()', 'ToLower()', 'Trim()', 'TrimStart()', 'TrimEnd()')}` },
    { weight: 1, arbitrary: tpl`${sub}.Substring(${fc.integer({ min: 0, max: 3 }).map(String)})` },
    { weight: 1, arbitrary: tpl`${sub}.Substring(${fc.integer({ min: 0, max: 2 }).map(String)}, ${fc.integer({ min: 0, max: 3 }).map(String)})` },
    { weight: 1, arbitrary: tpl`${sub}.Replace(${sqStr}, ${sqStr})` },
    { weight: 1, arbitrary: tpl`${sub}.${pick('PadLeft', 'PadRight')}(${fc.integer({ min: 0, max: 10 }).map(String)}${pick('', ", '*'", ", '0'")})` },
    { weight: 2, arbitrary: tpl`(${sub} ${pick('-replace', '-ireplace', '-creplace')} ${pick("'a'", "'[aeiou]'", "'^(.)'", "'(\\w+)'", "'A'", "'\\.'", "'-'")}${pick('', ", 'X'", ", '<$1>'", ", '$0$0'", ', ""')})` },
    { weight: 2, arbitrary: tpl`(${fc.array(fc.oneof(sub, i), { minLength: 0, maxLength: 4 }).map((xs) => xs.join(', ') || '@()')} -join ${pick("','", "''", "'-'", "', '")})` },
    { weight: 1, arbitrary: tpl`(-join (${sub}, ${sub}))` },
    { weight: 3, arbitrary: tpl`(${fmtStr} -f ${fmtArgs})` },
    { weight: 1, arbitrary: tpl`[string]${fc.oneof(i, doubleLit, pick('$true', '$null', '@(1,2,3)', "[char]65", "[version]'1.2.3'", '1.50d'))}` },
    { weight: 1, arbitrary: tpl`(${i}).ToString(${pick("'D4'", "'X'", "'x2'", "'N0'", "'0.00'", "'F1'", "'E2'", "'#,#'", "'P0'", "'C'", "'G'", "'000'")})` },
    { weight: 1, arbitrary: tpl`([datetime]'${pick('2020-01-02', '2024-02-28', '1999-12-31 23:30', '2021-06-15T08:05:09')}').${pick("AddDays(3).ToString('yyyy-MM-dd')", "ToString('yyyy-MM-dd HH:mm')", "AddMonths(1).ToString('MMM d, yyyy')", "ToString('dddd')", 'DayOfWeek.ToString()', "AddHours(-5).ToString('s')", "Date.ToString('MM/dd/yyyy')")}` },
    { weight: 1, arbitrary: tpl`[string][char]${fc.integer({ min: 65, max: 122 }).map(String)}` },
    { weight: 1, arbitrary: tpl`"${word}: $(${i})"` },
    { weight: 1, arbitrary: tpl`$(if (${boolExpr(depth - 1)}) { ${sub} } else { ${sqStr} })` },
  );
}

const fmtStr = pick("'{0}'", "'{0:N2}'", "'{0,8}|'", "'{0,-8}|'", "'{0:X}'", "'{0:x4}'", "'{0:D3}'", "'{0:P1}'", "'{0:F3}'", "'{0} and {1}'", "'{1}-{0}'", "'{0:N0}'", "'{0:E1}'", "'{0:0.0}'", "'[{0,5:N1}]'", "'{{0}} {0}'", "'{0:C2}'");
const fmtArgs = fc.oneof(
  fc.tuple(fc.oneof(smallInt.map(String), doubleLit, pick('1234567', '0.5', '255', '-1', '1e6')), fc.oneof(smallInt.map(String), sqStr)).map(([a, b]) => `${a}, ${b}`),
  fc.oneof(smallInt.map(String), doubleLit, pick('1234567', '0.125', '255')),
);

function boolExpr(depth: number): fc.Arbitrary<string> {
  const i = intExpr(Math.max(0, depth - 1));
  const s = strExpr(Math.max(0, depth - 1));
  const leaf = fc.oneof(
    pick('$true', '$false'),
    tpl`(${i} ${pick('-eq', '-ne', '-gt', '-lt', '-ge', '-le', '-ieq', '-cne', '-igt')} ${i})`,
    tpl`(${s} ${pick('-eq', '-ceq', '-ieq', '-ne', '-cne', '-lt', '-gt', '-clt', '-cgt')} ${s})`,
    tpl`(${s} ${pick('-like', '-notlike', '-clike', '-ilike', '-cnotlike')} ${pick("'a*'", "'*A*'", "'?e*'", "'[a-c]*'", "'*'", "'B*'", "'*.*'")})`,
    tpl`(${s} ${pick('-match', '-notmatch', '-cmatch', '-imatch')} ${pick("'^a'", "'[A-Z]'", "'\\d'", "'a$'", "'(?i)BETA'", "'l+'", "'^$'")})`,
    tpl`(${arrLit('int', 0)} ${pick('-contains', '-notcontains')} ${i})`,
    tpl`(${i} ${pick('-in', '-notin')} ${arrLit('int', 0)})`,
    tpl`(${s} ${pick('-contains', '-in')} ${arrLit('str', 0)})`,
    tpl`${s}.${pick('StartsWith', 'EndsWith', 'Contains')}(${sqStr})`,
    tpl`(${fc.oneof(i, s, doubleLit, pick('$null', '@()', '@(1)', "'1.0'", '[char]97'))} ${pick('-is', '-isnot')} ${pick('[int]', '[string]', '[double]', '[array]', '[object]', '[long]', '[char]', '[decimal]', '[bool]')})`,
    tpl`[bool]${fc.oneof(i, s, pick('$null', '@()', '@(0)', '@(0,0)', "'False'", "'0'", '0.0'))}`,
    tpl`(${pick("'10'", "'9'", '10', "'abc'", '$null', '0', "''")} ${pick('-eq', '-lt', '-gt')} ${pick("'10'", '9', '10', '$null', "'010'", '0', "''")})`,
  );
  if (depth <= 0) return leaf;
  const sub = boolExpr(depth - 1);
  return fc.oneof(
    { weight: 3, arbitrary: leaf },
    { weight: 1, arbitrary: tpl`(${sub} ${pick('-and', '-or', '-xor')} ${sub})` },
    { weight: 1, arbitrary: tpl`(${pick('-not ', '!')}${sub})` },
  );
}

function arrItems(ty: 'int' | 'str', depth: number): fc.Arbitrary<string> {
  const item = ty === 'int' ? intExpr(depth) : strExpr(depth);
  return fc.array(item, { minLength: 0, maxLength: 5 }).map((xs) => xs.join(', '));
}

function arrLit(ty: 'int' | 'str', depth: number): fc.Arbitrary<string> {
  const item = ty === 'int' ? fc.oneof(smallInt.map(String), intExpr(depth)) : fc.oneof(sqStr, strExpr(depth));
  return fc.oneof(
    fc.array(item, { minLength: 0, maxLength: 5 }).map((xs) => `@(${xs.join(', ')})`),
    fc.array(item, { minLength: 2, maxLength: 5 }).map((xs) => `(${xs.join(', ')})`),
    ty === 'int' ? tpl`(${fc.integer({ min: -5, max: 5 }).map(String)}..${fc.integer({ min: -5, max: 8 }).map(String)})` : fc.constant("@('x')"),
    fc.constant(ty === 'int' ? '@(,1)' : "(,'one')"),
  );
}

function arrExpr(depth: number): fc.Arbitrary<string> {
  const a = arrLit('int', Math.max(0, depth - 1));
  const s = arrLit('str', Math.max(0, depth - 1));
  const i = fc.integer({ min: -6, max: 6 }).map(String);
  return fc.oneof(
    { weight: 2, arbitrary: a },
    { weight: 2, arbitrary: s },
    { weight: 1, arbitrary: tpl`${a}[${i}]` },
    { weight: 1, arbitrary: tpl`${a}[${i}, ${i}]` },
    { weight: 1, arbitrary: tpl`${a}[${i}..${i}]` },
    { weight: 1, arbitrary: tpl`${s}[-1]` },
    { weight: 1, arbitrary: tpl`(${a} + ${a})` },
    { weight: 1, arbitrary: tpl`(${a} ${pick('-eq', '-ne', '-gt', '-le', '-like')} ${fc.oneof(i, pick("'1*'", "'2'"))})` },
    { weight: 1, arbitrary: tpl`(${s} ${pick('-match', '-notmatch', '-like', '-replace')} ${pick("'a'", "'^[A-Z]'", "'*a*'")})` },
    { weight: 1, arbitrary: tpl`(${strExpr(0)} ${pick('-split', '-csplit', '-isplit')} ${pick("'a'", "'\\.'", "'-'", "''", "'(-)'", "'[aeiou]'", "'B'")}${pick('', ', 2', ', 0')})` },
    { weight: 1, arbitrary: tpl`(-split ${pick("'a b  c'", "' lead trail '", "'one'", "''")})` },
    { weight: 1, arbitrary: tpl`${strExpr(0)}.Split(${pick("'-'", "'.'", "','", "'a'", "'-', 2")})` },
    { weight: 1, arbitrary: tpl`@(${a}).IndexOf(${i})` },
    { weight: 1, arbitrary: tpl`(${a}).Length` },
    { weight: 1, arbitrary: tpl`[array]${fc.oneof(i, sqStr, pick('$null'))}` },
    { weight: 1, arbitrary: tpl`@(${a}, ${s})` },
    { weight: 1, arbitrary: tpl`(${a} * 2)` },
    { weight: 1, arbitrary: tpl`[int[]]${pick("'1','2','3'", "@('10', 20, 3.5)", "'x'", '$null')}` },
    { weight: 1, arbitrary: tpl`[char[]]${sqStr}` },
  );
}

function anyExpr(depth: number): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: intExpr(depth) },
    { weight: 2, arbitrary: numExpr(depth) },
    { weight: 3, arbitrary: strExpr(depth) },
    { weight: 2, arbitrary: boolExpr(depth) },
    { weight: 2, arbitrary: arrExpr(depth) },
    { weight: 1, arbitrary: miscExpr },
  );
}

const miscExpr: fc.Arbitrary<string> = fc.oneof(
  tpl`[version]'${pick('1.2', '1.2.3', '10.0.19041.1', '2.0')}'${pick('', '.Major', '.Minor', '.Build', ' -gt [version]\'1.10\'', '.ToString(2)')}`,
  tpl`[char]${fc.integer({ min: 48, max: 122 }).map(String)}`,
  tpl`[char]'${pick('a', 'Z', 'ab')}'`,
  tpl`[int][char]'${pick('a', 'Z', '0')}'`,
  tpl`([datetime]'2020-01-02').${pick('Year', 'Month', 'Day', 'DayOfYear', 'Hour', 'Ticks')}`,
  tpl`(([datetime]'2020-03-01') - ([datetime]'2020-02-01')).${pick('Days', 'TotalHours', 'TotalMinutes')}`,
  tpl`[timespan]'${pick('01:30:00', '1.02:03:04', '00:00:30')}'${pick('', '.TotalMinutes', '.Hours')}`,
  tpl`(${pick('1..3', "'a','b'", '@()', '$null', '5')}).GetType().Name`,
  tpl`(${pick('1', '1L', '1.0', '1d', "'1'", '1kb', '0xFFFFFFFF', '2147483648', '[int]::MaxValue + 1', '5 / 2', '4 / 2', '1 + 1.0', "'5' + 1", "1 + '5'", '[byte]1 + [byte]1', '3L * 2', '1d + 1', '[float]1.5', '$true + 1', '[char]65 + 1')}).GetType().FullName`,
  tpl`(${pick('"abc"', '1.5', '2', '$null', "'x'", '@(1,2)')} ${pick('-as', '-as')} ${pick('[int]', '[string]', '[double]', '[char]', '[array]', '[datetime]', '[version]', '[bool]')})`,
  tpl`$null ${pick('-eq', '-ne')} ${pick('$null', '0', "''", '@()', '@($null)', '@(1,$null)')}`,
  tpl`${pick('@(1,$null)', '@($null,$null)', '@(1,2,1)', "@('a','A')")} ${pick('-eq', '-ne', '-ceq')} ${pick('$null', '1', "'a'")}`,
);

// ---------------------------------------------------------------- statements

const ident = pick('x', 'y', 'n', 'total', 'item', 'Name', 'value');
const varName = ident.map((v) => `$${v}`);

/** A statement that prints something; `depth` bounds nesting. */
function printStmt(depth: number): fc.Arbitrary<string> {
  const e = anyExpr(Math.min(depth, 2));
  return fc.oneof(
    { weight: 6, arbitrary: e },
    { weight: 2, arbitrary: tpl`"value: $(${e})"` },
    { weight: 1, arbitrary: tpl`${e} | ${pick('Out-String', 'Format-List', 'Out-Host', 'Write-Output')}` },
    { weight: 1, arbitrary: tpl`Write-Output ${fc.oneof(intLit, sqStr, pick('-NoEnumerate 1,2', '@(1,2)', "'a','b'"))}` },
    { weight: 1, arbitrary: tpl`Write-Host ${fc.oneof(sqStr, intLit, pick("'a' 'b'", '-NoNewline x; Write-Host y', "1,2,3", "-Separator '-' 1,2,3", "-Object $null"))}` },
  );
}

function assignStmts(depth: number): fc.Arbitrary<string> {
  return fc.oneof(
    tpl`${varName.map((v) => v)} = ${intExpr(1)}; ${pick('$x', '$x++', '++$x', '$x--')} ; $x`.map((s) => s.replace(/^\$\w+ =/, '$x =')),
    tpl`$x = ${intExpr(1)}; $x ${pick('+=', '-=', '*=', '/=', '%=')} ${fc.integer({ min: 1, max: 7 }).map(String)}; $x`,
    tpl`$s = ${strExpr(1)}; $s += ${strExpr(0)}; $s; $s.Length`,
    tpl`$a = ${arrLit('int', 0)}; $a += ${smallInt.map(String)}; $a.Count; $a -join ','`,
    tpl`$a, $b = ${pick('1,2', '1,2,3', '1', "'x','y','z'")}; "a=$a b=$b"`,
    tpl`$a = $b = ${smallInt.map(String)}; $a + $b`,
    tpl`[int]$t = ${pick("'42'", '3.7', '2.5', "'x'", '$null', '1e3')}; $t; $t = ${pick("'8'", '9.5', "'y'")}; $t`,
    tpl`$h = @{}; $h['k'] = ${intExpr(0)}; $h.k2 = ${sqStr}; $h.Count; $h['k']; $h.k2; $h.Keys.Count`,
    tpl`$h = [ordered]@{ ${ident} = ${intExpr(0)}; Other = ${sqStr}; Last = ${pick('$true', '1.5', '@(1,2)', '$null')} }; ${pick('$h', '$h.Keys', '$h.Values', '$h[0]', '$h.Count', '$h.Other', "$h['Last']", '$h | Format-Table', '$h.GetEnumerator() | Sort-Object Name')}`,
    tpl`$o = [pscustomobject]@{ Name = ${sqStr}; Size = ${intExpr(0)}; Enabled = ${pick('$true', '$false')} }; ${pick('$o', '$o.Name', '$o.Size * 2', '$o | Format-Table', '$o | Format-List', '$o.PSObject.Properties.Name', '"$($o.Name)/$($o.Size)"', '$o | Select-Object Name', '$o.Missing -eq $null', '($o | Get-Member -MemberType NoteProperty).Name')}`,
    tpl`$i = ${smallInt.map(String)}; $j = $i++ + ++$i; "$i $j"`,
    tpl`$null = ${intExpr(0)}; [void](${intExpr(0)}); 'after void'`,
  );
}

function block(depth: number): fc.Arbitrary<string> {
  return fc.array(depth > 0 ? stmt(depth - 1) : printStmt(0), { minLength: 1, maxLength: 2 }).map((xs) => xs.join('; '));
}

function controlStmt(depth: number): fc.Arbitrary<string> {
  const b = block(depth);
  const cond = boolExpr(1);
  return fc.oneof(
    tpl`if (${cond}) { ${b} }`,
    tpl`if (${cond}) { ${b} } else { ${b} }`,
    tpl`if (${cond}) { ${b} } elseif (${cond}) { ${b} } else { 'none' }`,
    tpl`if (${fc.oneof(intExpr(0), strLit, pick('$null', '@()', '@(0)', "'False'", '0.0', '@($null)'))}) { 'truthy' } else { 'falsy' }`,
    tpl`foreach ($i in ${arrLit('int', 0)}) { ${pick('$i', '$i * 2', '"item $i"', 'if ($i -gt 2) { break }; $i', 'if ($i % 2) { continue }; $i')} }`,
    tpl`foreach ($s in ${arrLit('str', 0)}) { $s.ToUpper() }`,
    tpl`for ($i = ${fc.integer({ min: 0, max: 3 }).map(String)}; $i -lt ${fc.integer({ min: 0, max: 6 }).map(String)}; $i${pick('++', ' += 2')}) { ${pick('$i', '"i=$i"', '$i * $i')} }`,
    tpl`$n = ${fc.integer({ min: 0, max: 5 }).map(String)}; while ($n -gt 0) { $n; $n-- }`,
    tpl`$n = ${fc.integer({ min: 0, max: 5 }).map(String)}; do { $n; $n++ } while ($n -lt 4)`,
    tpl`$n = ${fc.integer({ min: 0, max: 5 }).map(String)}; do { $n; $n++ } until ($n -ge 4)`,
    tpl`switch (${fc.oneof(intExpr(0), sqStr, arrLit('int', 0), pick("'beta'", "'Alpha'", '3', '$null', "@('a','b','c')"))}) { ${switchClauses} }`,
    tpl`switch ${pick('-Wildcard', '-Regex', '-CaseSensitive', '-Exact', '-Wildcard -CaseSensitive')} (${fc.oneof(sqStr, pick("'alpha','Beta','gamma'", "'mail01'", "'Server2'"))}) { ${pick("'a*' { 'starts a' }", "'*a' { 'ends a'; continue }", "'^[A-Z]' { 'capital' }", "'\\d' { \"digit $_\" }", "'beta' { 'beta!' }", "'alpha' { 'alpha' }")} ${pick("'*e*' { 'has e' }", "'a' { 'has a' ; break }", "'^m' { $matches[0] }", '')} default { "other $_" } }`,
    tpl`$r = foreach ($k in 1..${fc.integer({ min: 0, max: 4 }).map(String)}) { $k * 10 }; $r; $r.GetType().Name`,
    tpl`$v = if (${cond}) { 'yes' } else { 'no' }; $v`,
    tpl`$m = ${sqStr} -match '${pick('^(\\w)(\\w*)', '(?<first>\\w)', 'x', '(a)(b)?')}'; $m; ${pick('$Matches[0]', '$Matches[1]', '$Matches.first', '$Matches.Count', '$Matches.Keys.Count')}`,
    tpl`:outer foreach ($a in 1..3) { foreach ($b in 1..3) { if ($b -eq ${fc.integer({ min: 1, max: 3 }).map(String)}) { ${pick('break outer', 'continue outer', 'break', 'continue')} }; "$a$b" } }`,
  );
}

const switchClauses = fc.array(
  pick("1 { 'one' }", "2 { 'two'; break }", "'a' { 'letter a' }", "'beta' { 'Beta!' }", "{ $_ -gt 2 } { 'big' }", "{ $_ -is [string] } { \"str $_\" }", "3 { 'three'; continue }", "'Alpha' { 'alpha' }"),
  { minLength: 1, maxLength: 3 },
).chain((cs) => pick('', " default { 'default' }", ' default { "d=$_" }').map((d) => cs.join(' ') + d));

function functionStmt(): fc.Arbitrary<string> {
  return fc.oneof(
    tpl`function f { param(${pick('$a', '[int]$a', '[string]$a', '$a = 5', '[int]$a = 3', '[double]$a')}) ${pick('$a * 2', '"a=$a"', '$a', '$a + 1', '$args.Count')} }; f ${pick('', '4', "'7'", '2.5', "'x'", '-a 6', '-a:9', '-b 2', '1 2', '-a', '(1+2)', '@(1,2)')}`,
    tpl`function g { param([switch]$Force, $Name = 'def') if ($Force) { "forced $Name" } else { "soft $Name" } }; g ${pick('', '-Force', '-Force:$false', "-Name x", "-Name x -Force", "y", "-F", "-N z", "-Force:$true y")}`,
    tpl`function hh { "args: $($args.Count) [$($args -join ',')]" }; hh ${pick('', '1', '1 2 3', "a 'b c'", '-x 1', '-x:1', '--', '1,2 3')}`,
    tpl`function add($p, $q) { $p + $q }; add ${pick('1 2', "'a' 'b'", '1,2 3', '-q 1 -p 2', '1', '(1,2) (3)', '2.5 1')}`,
    tpl`function s { param($A, $B) "A=$A B=$B" }; $p = ${pick("@{ A = 1; B = 'two' }", '@{ B = 3 }', "@(1, 'x')", '@(9)')}; s @p`,
    tpl`function rr { return ${intExpr(0)}; 'unreached' }; rr; (rr).GetType().Name`,
    tpl`function m { 1; 2; ${pick('3', '@()', '$null', ',4', '@(5,6)')} }; $x = m; $x.Count; $x`,
    tpl`function adv { [CmdletBinding()] param([Parameter(Mandatory=$false)][ValidateRange(1, 10)][int]$N = 1, [ValidateSet('a','b')][string]$K = 'a') "$N$K" }; adv ${pick('', '-N 3', '-N 11', "-K b", "-K c", '-N x', '5', '-Verbose')}`,
    tpl`function p { process { $_ * 2 } }; ${arrLit('int', 0)} | p`,
    tpl`function q { begin { $t = 0 } process { $t += $_ } end { "sum=$t" } }; 1..${fc.integer({ min: 0, max: 6 }).map(String)} | q`,
    tpl`filter dbl { $_ * 2 }; ${pick('1..3', '5', '@()', "'ab'")} | dbl`,
    tpl`$sb = { param($z) $z + 1 }; & $sb ${smallInt.map(String)}; $sb.Invoke(${smallInt.map(String)}); ${pick('. $sb 1', '&{ "inner" }', '& { $args[0] } 7')}`,
    tpl`function outer { $v = 'outer'; function inner { "in sees $v" }; inner }; outer; $v = 'top'; ${pick('outer', '"top $v"')}`,
    tpl`Write-Output -InputObject ${pick('1,2', '@()', "'a'")} | Measure-Object | Select-Object -ExpandProperty Count`,
  );
}

const objects = pick(
  "@([pscustomobject]@{ Name = 'b'; N = 2 }, [pscustomobject]@{ Name = 'a'; N = 10 }, [pscustomobject]@{ Name = 'c'; N = 2 })",
  "@([pscustomobject]@{ Name = 'mail01'; Size = 1.5; Kind = 'User' }, [pscustomobject]@{ Name = 'room7'; Size = 20; Kind = 'Room' }, [pscustomobject]@{ Name = 'mail02'; Size = 3; Kind = 'User' })",
);

function pipelineStmt(): fc.Arbitrary<string> {
  const src = fc.oneof(
    arrLit('int', 0),
    pick('1..10', "'pear','Apple','fig','apple','Banana'", '@(3,1,2,3,1)', "'b','a','c'", '@()', '10..1', "@(1.5, -2, 3)"),
  );
  const stage = pick(
    'Where-Object { $_ -gt 2 }',
    'Where-Object { $_ % 2 -eq 0 }',
    'Where-Object { $_ -like "*a*" }',
    '? { $_ }',
    'ForEach-Object { $_ * 2 }',
    'ForEach-Object { "<$_>" }',
    '% { $_ }',
    'ForEach-Object -Begin { "start" } -Process { $_ } -End { "end" }',
    'Sort-Object',
    'Sort-Object -Descending',
    'Sort-Object -Unique',
    'Sort-Object -CaseSensitive',
    'Select-Object -First 2',
    'Select-Object -Last 2',
    'Select-Object -Skip 1',
    'Select-Object -Unique',
    'Select-Object -Index 0, 2',
    'Get-Unique',
    'ForEach-Object ToString',
    'Where-Object Length -gt 3',
  );
  const tail = pick('', '', ' | Measure-Object', ' | Measure-Object -Sum -Average -Maximum -Minimum', ' | Measure-Object | Select-Object -ExpandProperty Count', ' | Group-Object | Sort-Object Name | Select-Object Name, Count', ' | Out-String', ' | Format-Table', ' | Format-List');
  return fc.oneof(
    { weight: 3, arbitrary: tpl`${src} | ${stage}${fc.oneof(fc.constant(''), stage.map((s) => ` | ${s}`))}${tail}` },
    { weight: 2, arbitrary: tpl`${objects} | ${pick('Sort-Object N', 'Sort-Object N, Name', 'Sort-Object -Property N -Descending', 'Sort-Object Size -Descending', 'Where-Object N -eq 2', 'Where-Object { $_.Size -gt 2 }', 'Select-Object Name', 'Select-Object -Property Name, Kind', 'Select-Object -ExpandProperty Name', 'Group-Object N | Select-Object Name, Count', 'Group-Object Kind -NoElement', 'Measure-Object -Property N -Sum -Maximum', 'Measure-Object Size -Average', 'ForEach-Object { $_.Name.ToUpper() }', 'ForEach-Object Name', 'Select-Object Name, @{ n = "Double"; e = { $_.N * 2 } }', 'Select-Object -First 1 -Property Name', 'Format-Table Name, N', 'Format-Table -AutoSize', 'Format-List Name', 'Sort-Object Name -Unique | Select-Object -Last 1')}${pick('', '', ' | Format-Table', ' | Out-String')}` },
    { weight: 1, arbitrary: tpl`$g = ${pick("'a','bb','cc','d'", '1..6')} | Group-Object ${pick('Length', '{ $_ % 2 }', '{ $_ -gt 3 }')}; $g.Count; ($g | Sort-Object Name | ForEach-Object { "$($_.Name)=$($_.Count)" }) -join ';'` },
    { weight: 1, arbitrary: tpl`(${src} | Measure-Object ${pick('-Sum', '-Average', '-Maximum', '-Minimum', '')}).${pick('Count', 'Sum', 'Average', 'Maximum')}` },
    { weight: 1, arbitrary: tpl`$sum = 0; ${src} | ForEach-Object { $sum += $_ }; $sum` },
  );
}

function errorStmt(): fc.Arbitrary<string> {
  const risky = pick('1/0', '[int]"abc"', 'throw "boom"', "throw 'custom'", 'Get-Variable -Name nosuchvar', '$null.Foo()', "'abc'.Substring(5)", '[int]::Parse("x")', "Write-Error 'bad thing'", "@(1,2)[5]", "$h = @{}; $h.Add('a',1); $h.Add('a',2)", 'nosuchcommand', '1 + "x"', '[datetime]"notadate"', "throw [System.ArgumentException]::new('arg!')", 'Get-Variable nosuchvar', "'x' * -1");
  return fc.oneof(
    tpl`try { ${risky}; 'after' } catch { "caught: $($_.Exception.Message)" }`,
    tpl`try { ${risky} } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category } finally { 'finally' }`,
    tpl`try { ${risky} } catch [System.DivideByZeroException] { 'div' } catch [System.Management.Automation.RuntimeException] { 'runtime' } catch { "other: $($_.Exception.GetType().Name)" }`,
    tpl`try { try { ${risky} } finally { 'inner finally' } } catch { 'outer caught' }`,
    tpl`$ErrorActionPreference = '${pick('Stop', 'SilentlyContinue', 'Continue')}'; try { ${pick("Write-Error 'w'", 'Get-Variable nosuchvar', '1/0', "Write-Error 'w'; 'next'")}; 'after' } catch { 'caught' }`,
    tpl`${pick("Write-Error 'oops'", 'Get-Variable nosuch*, nosuchvar', "Write-Warning 'careful'", "Write-Verbose 'v'", "Write-Verbose 'v' -Verbose", "Write-Information 'info'", "Write-Debug 'dbg'")} ${pick('', '2>&1', '2> $null', '*> $null', '*>&1', '-ErrorAction SilentlyContinue', '3>&1', '-ErrorVariable ev; $ev.Count')}`,
    tpl`$r = ${pick("Write-Error 'e1'", "& { 'out'; Write-Error 'e2' }", "& { Write-Warning 'w'; 'o' }")} 2>&1; $r.Count; $r | ForEach-Object { $_.GetType().Name }`,
    tpl`trap { "trapped: $_"; ${pick('continue', 'break', '')} } ${risky}; 'after trap'`,
    tpl`function t { try { return 'ret' } finally { 'fin' } }; t`,
    tpl`try { throw ${pick("'x'", '42', '@{a=1}', '[pscustomobject]@{ Code = 7 }', '$null', "(New-Object System.InvalidOperationException 'inv')")} } catch { $_.Exception.GetType().FullName; "$_"; $_.TargetObject -eq $null }`,
    tpl`${risky}; 'continues'`,
    tpl`$e = $null; try { ${risky} } catch { $e = $_ }; [bool]$e; $Error.Count -ge 0`,
    tpl`'${word}' > $null; ${intExpr(0)} | Out-Null; [void]1; 'quiet'`,
  );
}

function stmt(depth: number): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: printStmt(depth) },
    { weight: 3, arbitrary: assignStmts(depth) },
    { weight: 3, arbitrary: depth > 0 ? controlStmt(depth - 1) : printStmt(0) },
    { weight: 2, arbitrary: functionStmt() },
    { weight: 3, arbitrary: pipelineStmt() },
    { weight: 2, arbitrary: errorStmt() },
  );
}

/** A whole program: a few statements, on separate lines or joined with `;`. */
export const program: fc.Arbitrary<string> = fc
  .tuple(fc.array(stmt(1), { minLength: 1, maxLength: 3 }), fc.boolean())
  .map(([stmts, newlines]) => stmts.join(newlines ? '\n' : '; '))
  .filter((code) => code.length < 1500);

/** Case i of seed s, alone reproducible: `fc.sample(program, { seed: s + i, numRuns: 1 })`. */
export function generatedProgram(seed: number, index: number): string {
  return fc.sample(program, { seed: seed + index * 7919, numRuns: 1 })[0];
}

// Here-strings need their own lines; a few fixed shapes mixed in by the suite.
export const hereStrings = [
  "@'\nliteral $x `t\n'@",
  '$x = 5\n@"\nx is $x, sum $(1+2)\n"@',
  "@\"\nline1\n  line2\n\"@.Split(\"`n\").Count",
  "$t = @'\na\nb\n'@; $t.Length",
];
