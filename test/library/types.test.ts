/** Type-level checks of the typed cmdlet API (vitest's expectTypeOf; checked by tsc and vitest --typecheck). */
import { describe, expectTypeOf, it } from 'vitest';
import type { ExchangeCmdlets, MigrationBatch, MigrationBatchStatus, NewMigrationBatchParams } from '../../src/index';
import { cutoverSession } from './helpers';

describe('typed cmdlet signatures', () => {
  it('newMigrationBatch takes its parameters and returns a MigrationBatch', () => {
    expectTypeOf<ExchangeCmdlets['newMigrationBatch']>().parameter(0).toEqualTypeOf<NewMigrationBatchParams | undefined>();
    expectTypeOf<ExchangeCmdlets['newMigrationBatch']>().returns.toEqualTypeOf<MigrationBatch>();
    expectTypeOf<MigrationBatch['TotalCount']>().toEqualTypeOf<number>();
    expectTypeOf<MigrationBatch['Status']>().toEqualTypeOf<MigrationBatchStatus>();
    expectTypeOf<'Synced'>().toMatchTypeOf<MigrationBatchStatus>();
    expectTypeOf<MigrationBatch['CreationDateTime']>().toEqualTypeOf<Date>();
    expectTypeOf<NewMigrationBatchParams['autoStart']>().toEqualTypeOf<boolean | undefined>();
  });

  it('an unknown parameter does not type-check', () => {
    const s = cutoverSession();
    expectTypeOf(s.cmdlets.newMigrationBatch).toBeCallableWith({ name: 'B', sourceEndpoint: 'CutoverEndpoint' });
    // Never called: only its type-checking matters.
    const misspelt = () =>
      // @ts-expect-error: 'sourceEndpointt' is not a parameter of New-MigrationBatch
      s.cmdlets.newMigrationBatch({ name: 'B', sourceEndpointt: 'CutoverEndpoint' });
    expectTypeOf(misspelt).returns.toEqualTypeOf<MigrationBatch>();
    // @ts-expect-error: Status takes the enum's names only
    expectTypeOf(s.cmdlets.getMigrationBatch).toBeCallableWith({ status: 'Sinced' });
    expectTypeOf(s.cmdlets.getMigrationBatch).returns.toEqualTypeOf<MigrationBatch[]>();
  });
});
