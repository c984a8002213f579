/**
 * Formatting cases for the oracle: objects of many shapes (wide and narrow values, nulls, nested
 * objects, arrays in cells, long strings, many properties, mixed shapes in one stream) through the
 * default output, every Format-* and Out-String, at widths 80, 120 and 200. Seeded: the same seed
 * gives the same cases.
 */
import fc from 'fast-check';
import type { OracleCase } from './oracle';

const word = fc.constantFrom('alpha', 'Beta', 'gamma ray', 'x', 'Contoso', 'sara.lindqvist@contoso.com', 'CutoverBatch', 'Synced', '');
const longText = fc.integer({ min: 40, max: 160 }).map((n) => 'Lorem ipsum dolor sit amet consectetur '.repeat(5).slice(0, n));

/** A PowerShell expression for one property value. */
const value: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: -1000, max: 100000 }).map(String),
  fc.constantFrom('2147483648', '[long]9007199254740993', '0', '-1'),
  fc.constantFrom('1.5', '68.75', '[math]::Round(68.75, 1)', '0.1 + 0.2', '1e20', '1/3', '-2.5', '100.0', '[decimal]1.50', '3.0'),
  word.map((w) => `'${w}'`),
  longText.map((t) => `'${t}'`),
  fc.constantFrom('$null', '$true', '$false'),
  fc.constantFrom('@(1, 2, 3)', '@(1, 2, 3, 4, 5, 6)', "@('a', 'b')", '@()', ',5'),
  fc.constantFrom('[pscustomobject]@{ X = 1 }', "[pscustomobject]@{ Name = 'n'; Size = 2 }"),
  fc.constantFrom("[datetime]'2020-01-02 03:04:05'", "[datetime]'2026-12-06'", "[timespan]'01:02:03'"),
);

const propertyName = fc.constantFrom('Name', 'Id', 'DisplayName', 'Status', 'TotalCount', 'A', 'LongPropertyNameForTesting', 'Size', 'Enabled', 'When', 'Items', 'Note');

/** A [pscustomobject] literal with 1 to 8 distinct properties. */
const object = fc
  .uniqueArray(propertyName, { minLength: 1, maxLength: 8 })
  .chain((names) => fc.tuple(fc.constant(names), fc.array(value, { minLength: names.length, maxLength: names.length })))
  .map(([names, values]) => `[pscustomobject]@{ ${names.map((n, i) => `${n} = ${values[i]}`).join('; ')} }`);

/** One to four objects: often the same shape (a table), sometimes mixed. */
const objects = fc.oneof(
  fc.array(object, { minLength: 1, maxLength: 4 }),
  object.chain((o) => fc.integer({ min: 2, max: 4 }).map((n) => Array.from({ length: n }, () => o))),
);

const formatter = fc.constantFrom(
  '',
  ' | Format-Table',
  ' | Format-Table -AutoSize',
  ' | Format-Table -Wrap',
  ' | Format-Table -HideTableHeaders',
  ' | Format-List',
  ' | Format-List *',
  ' | Format-Wide',
  ' | Format-Wide -Column 3',
  ' | Format-Wide -AutoSize',
  ' | Out-String',
  ' | Out-String -Width 60',
  ' | Out-String -Stream',
  ' | Select-Object -First 2',
  ' | Format-Table Name, Status',
  ' | Format-List Name, Status',
  " | Format-Table @{ n = 'Upper'; e = { \"$($_.Name)\".ToUpper() } }, Id",
  " | Format-Table @{ n = 'Label'; e = { $_.Status }; Width = 12 }, @{ n = 'Right'; e = { $_.Id }; Alignment = 'Right' }",
);

const width = fc.constantFrom(80, 120, 200);

export function formattingCases(count: number, seed = 20261206): OracleCase[] {
  const arb = fc.tuple(objects, formatter, width);
  return fc.sample(arb, { seed, numRuns: count }).map(([objs, fmt, w], i) => ({
    id: `fmt:${seed}:${i}`,
    code: `$objects = @(\n  ${objs.join(',\n  ')}\n)\n$objects${fmt}`,
    width: w,
  }));
}
