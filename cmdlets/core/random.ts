/**
 * Get-Random and New-Guid. Get-Random draws from the world's seeded randomness; after `-SetSeed n`
 * it draws, for the rest of the session, from .NET's `new Random(n)` (the legacy seeded algorithm,
 * Knuth's subtractive generator, which .NET keeps for seeded instances), through the same
 * byte-based sampling as pwsh's PolymorphicRandomNumberGenerator, so `Get-Random -SetSeed 42
 * -Maximum 100` prints what pwsh prints (17). References: Get-Random.md, New-Guid.md; the
 * algorithms as PowerShell's GetRandomCommand and .NET's Random (Net5CompatSeedImpl) describe them.
 */
import { defineCmdlet, type CmdletContext } from '../../src/engine/cmdlet';
import { PSObject, type PSValue } from '../../src/engine/values';
import { toStr } from '../../src/engine/conversion';
import { guidValue, newGuid } from '../../src/engine/dotnet';

export { guidValue };
import { registerView } from '../../src/formatting/views';

const INT_MAX = 2147483647;

/** .NET's seeded System.Random (CompatPrng): Knuth's subtractive generator with 56 cells. */
export class DotNetSeededRandom {
  private readonly seedArray: number[] = new Array<number>(56).fill(0);
  private inext = 0;
  private inextp = 21;

  constructor(seed: number) {
    const subtraction = seed === -2147483648 ? INT_MAX : Math.abs(seed);
    let mj = 161803398 - subtraction;
    this.seedArray[55] = mj;
    let mk = 1;
    let ii = 0;
    for (let i = 1; i < 55; i++) {
      if ((ii += 21) >= 55) ii -= 55;
      this.seedArray[ii] = mk;
      mk = mj - mk;
      if (mk < 0) mk += INT_MAX;
      mj = this.seedArray[ii]!;
    }
    for (let k = 1; k < 5; k++) {
      for (let i = 1; i < 56; i++) {
        let n = i + 30;
        if (n >= 55) n -= 55;
        let v = this.seedArray[i]! - this.seedArray[1 + n]!;
        if (v < 0) v += INT_MAX;
        this.seedArray[i] = v;
      }
    }
  }

  /** InternalSample: an integer in [0, Int32.MaxValue). */
  sample(): number {
    let a = this.inext + 1;
    if (a >= 56) a = 1;
    let b = this.inextp + 1;
    if (b >= 56) b = 1;
    let r = this.seedArray[a]! - this.seedArray[b]!;
    if (r === INT_MAX) r--;
    if (r < 0) r += INT_MAX;
    this.seedArray[a] = r;
    this.inext = a;
    this.inextp = b;
    return r;
  }

  /** NextBytes: each byte is the low byte of one sample. */
  byte(): number {
    return this.sample() & 0xff;
  }
}

/** A source of random bytes: the seeded .NET generator or the world's randomness. */
interface ByteSource {
  byte(): number;
}

/** pwsh's PolymorphicRandomNumberGenerator over a byte source. */
class Generator {
  constructor(private readonly src: ByteSource) {}

  bytes(n: number): number[] {
    const out: number[] = [];
    for (let i = 0; i < n; i++) out.push(this.src.byte());
    return out;
  }

  /** InternalSample: four bytes as a little-endian Int32. */
  private internalSample(): number {
    const [a, b, c, d] = this.bytes(4) as [number, number, number, number];
    return (a | (b << 8) | (c << 16) | (d << 24)) | 0;
  }

  /** Next(): a non-negative Int32 below Int32.MaxValue (a negative sample moves up by Int32.MaxValue). */
  next(): number {
    let r: number;
    do r = this.internalSample();
    while (r === INT_MAX);
    return r < 0 ? r + INT_MAX : r;
  }

  nextDouble(): number {
    return this.next() * (1.0 / INT_MAX);
  }

  /** Next(min, max): min <= result < max. */
  nextRange(min: number, max: number): number {
    const range = max - min;
    if (range <= INT_MAX) return Math.trunc(this.nextDouble() * range) + min;
    let sample: number;
    do sample = this.internalSample();
    while (sample === INT_MAX);
    sample += INT_MAX;
    return Math.trunc(sample * (1.0 / (2 * INT_MAX)) * range) + min;
  }
}

const seeded = new WeakMap<object, Generator>();

function generatorFor(ctx: CmdletContext): Generator {
  const key = ctx.session as object;
  if (ctx.bound('SetSeed')) seeded.set(key, new Generator(new DotNetSeededRandom(Number(ctx.params['SetSeed']))));
  const g = seeded.get(key);
  if (g) return g;
  const random = ctx.services.random;
  return new Generator({ byte: () => Math.floor(random.next() * 256) });
}

type NumberKind = 'int' | 'long' | 'double';

/** What a -Minimum/-Maximum value is: Int32, Int64 or Double (a string converts as pwsh's binder does). */
function numberOf(ctx: CmdletContext, v: PSValue, kind: 'int' | 'double'): { value: number; kind: NumberKind } {
  if (typeof v === 'number') return { value: v, kind: !Number.isInteger(v) ? 'double' : Math.abs(v) <= INT_MAX ? 'int' : 'long' };
  if (typeof v === 'bigint') return { value: Number(v), kind: 'long' };
  const text = toStr(v).trim();
  const n = Number(text);
  if (text === '' || Number.isNaN(n)) {
    throw ctx.terminatingError({
      message: `Cannot convert value "${toStr(v)}" to type "${kind === 'int' ? 'System.Int32' : 'System.Double'}". Error: "The input string '${toStr(v)}' was not in a correct format."`,
      errorId: kind === 'int' ? 'InvalidCastFromStringToInteger' : 'InvalidCastFromStringToDoubleOrFloat',
      category: 'InvalidArgument',
      exceptionType: 'System.Management.Automation.PSInvalidCastException',
    });
  }
  return { value: n, kind: kind === 'int' && Number.isInteger(n) && Math.abs(n) <= INT_MAX ? 'int' : 'double' };
}

function minMaxError(ctx: CmdletContext, min: string, max: string): Error {
  return ctx.terminatingError({
    message: `The Minimum value (${min}) cannot be greater than or equal to the Maximum value (${max}).`,
    errorId: 'MinGreaterThanOrEqualMax',
    category: 'InvalidArgument',
    targetObject: null,
    exceptionType: 'System.ArgumentException',
  });
}

function randomInt64(g: Generator, min: number, max: number): number {
  const diff = BigInt(max) - BigInt(min);
  if (diff <= BigInt(INT_MAX)) return min + g.nextRange(0, max - min);
  const bits = diff.toString(2).length;
  const mask = (1n << BigInt(bits)) - 1n;
  let r: bigint;
  do {
    const b = g.bytes(8);
    r = 0n;
    for (let i = 7; i >= 0; i--) r = (r << 8n) | BigInt(b[i]!);
    r &= mask;
  } while (diff <= r);
  return Math.trunc(min + Number(r));
}

function randomDouble(g: Generator, min: number, max: number): number {
  let diff = max - min;
  let r: number;
  if (!Number.isFinite(diff)) {
    do {
      const x = g.nextDouble();
      r = min + x * max - x * min;
    } while (r >= max);
  } else {
    do {
      const x = g.nextDouble();
      r = min + x * diff;
      diff = diff * x;
    } while (r >= max);
  }
  return r;
}

function drawNumbers(ctx: CmdletContext, g: Generator): void {
  const count = ctx.bound('Count') ? Number(ctx.params['Count']) : 1;
  const maxP = ctx.params['Maximum'] ?? null;
  const minP = ctx.params['Minimum'] ?? null;
  const max = maxP === null ? null : numberOf(ctx, maxP, 'int');
  const min = minP === null ? null : numberOf(ctx, minP, 'int');
  const intLike = (x: { kind: NumberKind } | null) => x === null || x.kind !== 'double';
  if ((max === null || max.kind === 'int') && (min === null || min.kind === 'int')) {
    const lo = min?.value ?? 0;
    const hi = max?.value ?? INT_MAX;
    if (lo >= hi) throw minMaxError(ctx, String(lo), String(hi));
    for (let i = 0; i < count; i++) ctx.writeObject(g.nextRange(lo, hi));
  } else if (intLike(max) && intLike(min)) {
    const lo = min?.value ?? 0;
    const hi = max?.value ?? Number.MAX_SAFE_INTEGER;
    if (lo >= hi) throw minMaxError(ctx, String(lo), String(hi));
    for (let i = 0; i < count; i++) ctx.writeObject(randomInt64(g, lo, hi));
  } else {
    const lo = min?.value ?? 0;
    const hi = max?.value ?? Number.MAX_VALUE;
    if (lo >= hi) throw minMaxError(ctx, toStr(lo), toStr(hi));
    for (let i = 0; i < count; i++) ctx.writeObject(randomDouble(g, lo, hi));
  }

}

function pickItems(ctx: CmdletContext): void {
  const g = ctx.state['g'] as Generator;
  const chosen = ctx.state['items'] as PSValue[];
  const raw = ctx.params['InputObject'];
  const items = Array.isArray(raw) ? raw : [raw ?? null];
  if (ctx.parameterSetName === 'ShuffleParameterSet') {
    chosen.push(...items);
    return;
  }
  const count = ctx.bound('Count') ? Number(ctx.params['Count']) : 1;
  // Reservoir sampling, as pwsh picks: the first Count items, then each later one with probability Count/n.
  for (const item of items) {
    const seen = ctx.state['seen'] as number;
    if (seen < count) chosen.push(item);
    else if (g.nextRange(0, seen + 1) < count) chosen[g.nextRange(0, chosen.length)] = item;
    ctx.state['seen'] = seen + 1;
  }
}

export const getRandom = defineCmdlet({
  name: 'Get-Random',
  source: 'Microsoft.PowerShell.Utility',
  defaultParameterSet: 'RandomNumberParameterSet',
  parameters: [
    { name: 'SetSeed', type: 'Int32' },
    { name: 'Maximum', type: 'Object', sets: { RandomNumberParameterSet: { position: 0 } } },
    { name: 'Minimum', type: 'Object', sets: { RandomNumberParameterSet: {} } },
    {
      name: 'InputObject',
      type: 'Object[]',
      allowNull: true,
      sets: { RandomListItemParameterSet: { position: 0, mandatory: true, valueFromPipeline: true }, ShuffleParameterSet: { position: 0, mandatory: true, valueFromPipeline: true } },
    },
    { name: 'Count', type: 'Int32', validateRange: [1, INT_MAX], sets: { RandomNumberParameterSet: {}, RandomListItemParameterSet: {} } },
    { name: 'Shuffle', type: 'SwitchParameter', sets: { ShuffleParameterSet: { mandatory: true } } },
  ],
  outputType: ['System.Int32', 'System.Int64', 'System.Double'],
  help: {
    synopsis: 'Gets a random number, or selects objects randomly from a collection.',
    description:
      'Without parameters, returns a random 32-bit integer from 0 up to Int32.MaxValue. -Minimum and -Maximum bound the number (Maximum is exclusive); -InputObject picks -Count items at random; -Shuffle returns all items in random order. -SetSeed makes this and later Get-Random calls in the session repeatable.',
    examples: [
      { code: 'Get-Random -Maximum 100', remarks: 'A random integer from 0 to 99.' },
      { code: "Get-Random -InputObject 'red','green','blue'", remarks: 'One of the three colours.' },
      { code: '1..10 | Get-Random -Shuffle', remarks: 'The numbers 1 to 10 in random order.' },
    ],
  },
  begin(ctx) {
    const g = generatorFor(ctx);
    ctx.state['g'] = g;
    ctx.state['items'] = [];
    ctx.state['seen'] = 0;
  },
  process(ctx) {
    if (ctx.parameterSetName === 'RandomNumberParameterSet') {
      // Numbers are drawn once, whatever the input (the set is known only once input is bound).
      if (!ctx.state['drawn']) drawNumbers(ctx, ctx.state['g'] as Generator);
      ctx.state['drawn'] = true;
      return;
    }
    pickItems(ctx);
  },
  end(ctx) {
    if (ctx.parameterSetName === 'RandomNumberParameterSet') return;
    const g = ctx.state['g'] as Generator;
    const chosen = ctx.state['items'] as PSValue[];
    // Every order equally likely: pick from the items not yet written.
    const n = chosen.length;
    for (let i = 0; i < n; i++) {
      const j = g.nextRange(i, n);
      ctx.writeObject(chosen[j]!);
      if (i !== j) chosen[j] = chosen[i]!;
    }
  },
});

export const GUID_TYPE = 'System.Guid';
registerView(GUID_TYPE, { kind: 'table', properties: ['Guid'] });

/** A System.Guid value: prints as a one-column table (Guid), converts to its 36-character text. */
const GUID_FORMS = [
  /^[0-9a-f]{32}$/i,
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  /^\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}$/i,
  /^\([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\)$/i,
];

export const newGuidCmdlet = defineCmdlet({
  name: 'New-Guid',
  source: 'Microsoft.PowerShell.Utility',
  defaultParameterSet: 'Default',
  parameters: [
    { name: 'Empty', type: 'SwitchParameter', sets: { Empty: {} } },
    { name: 'InputObject', type: 'String', sets: { InputObject: { position: 0, valueFromPipeline: true } } },
  ],
  outputType: ['System.Guid'],
  help: {
    synopsis: 'Creates a GUID.',
    description: 'Creates a random (version 4) GUID from the world\'s seeded randomness; -Empty gives the all-zero GUID; -InputObject parses a GUID string.',
    examples: [{ code: 'New-Guid', remarks: 'A new random GUID.' }],
  },
  process(ctx) {
    if (ctx.params['Empty'] === true) return ctx.writeObject(guidValue('00000000-0000-0000-0000-000000000000'));
    if (ctx.parameterSetName === 'InputObject' && ctx.params['InputObject'] !== undefined && ctx.params['InputObject'] !== null) {
      const text = toStr(ctx.params['InputObject']).trim();
      if (!GUID_FORMS.some((r) => r.test(text))) {
        ctx.writeError({ message: 'Unrecognized Guid format.', errorId: 'StringNotRecognizedAsGuid', category: 'InvalidArgument', targetObject: ctx.params['InputObject'], exceptionType: 'System.FormatException' });
        return;
      }
      const hex = text.replace(/[^0-9a-f]/gi, '').toLowerCase();
      return ctx.writeObject(guidValue(`${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`));
    }
    ctx.writeObject(guidValue(newGuid(ctx.services)));
  },
});
