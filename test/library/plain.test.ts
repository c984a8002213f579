/** Runtime values as plain JavaScript and back (results and arguments of the typed cmdlets). */
import { describe, expect, it } from 'vitest';
import { ByteQuantifiedSize, PSCredential, PSDateTime, PSEnumValue, PSHashtable, PSObject, PSTimeSpan, SecureString, fromPlain, sourceOf, toPlain } from '../../src/index';

describe('toPlain', () => {
  it.each([
    ['null', null, null],
    ['string', 'x', 'x'],
    ['number', 3, 3],
    ['enum', new PSEnumValue('Microsoft.Exchange.Migration.MigrationBatchStatus', 'Synced'), 'Synced'],
    ['date', new PSDateTime(86_400_000, 'Utc'), new Date(86_400_000)],
    ['time span', new PSTimeSpan(90_000), 90_000],
    ['size', new ByteQuantifiedSize(2048), { bytes: 2048 }],
    ['array', ['a', new PSEnumValue('T', 'B')], ['a', 'B']],
  ])('%s', (_, value, plain) => {
    expect(toPlain(value)).toEqual(plain);
  });

  it('objects keep Exchange property names and remember their source', () => {
    const o = new PSObject(['Microsoft.Exchange.Migration.MigrationBatch']);
    o.addProperty({ name: 'Identity', value: 'B1', memberType: 'Property' });
    o.addProperty({ name: 'Count', getter: () => 2, memberType: 'ScriptProperty' });
    const plain = toPlain(o) as Record<string, unknown>;
    expect(plain).toEqual({ Identity: 'B1', Count: 2 });
    expect(Object.keys(plain)).toEqual(['Identity', 'Count']);
    expect(sourceOf(plain)).toBe(o);
    expect(fromPlain(plain)).toBe(o);
  });

  it('hashtables become records', () => {
    const h = new PSHashtable();
    h.set('a', 1);
    expect(toPlain(h)).toEqual({ a: 1 });
  });
});

describe('fromPlain', () => {
  it('dates become UTC DateTime; credentials, bytes pass through; records become custom objects', () => {
    expect(fromPlain(new Date(5))).toEqual(new PSDateTime(5, 'Utc'));
    const cred = new PSCredential('u', new SecureString('p'));
    expect(fromPlain(cred)).toBe(cred);
    const bytes = new Uint8Array([1, 2]);
    expect(fromPlain(bytes)).toBe(bytes);
    const o = fromPlain({ Identity: 'B1' }) as PSObject;
    expect([o.isCustomObject, o.get('Identity')]).toEqual([true, 'B1']);
    expect(fromPlain([1, 'a', undefined])).toEqual([1, 'a', null]);
  });
});
