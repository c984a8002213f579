import { expect, it } from 'vitest';
import { CmdletError, PSCredential, SecureString, createSession } from 'exo-emulator';

it('cuts contoso over to Exchange Online', () => {
  // Arrange: the built-in contoso world, one mailbox with corrupt items, an endpoint.
  const session = createSession({ scenario: 'contoso', seed: 1 });
  session.faults.failMailbox('sara.lindqvist@contoso.com', 'CorruptItems');
  const admin = new PSCredential('CONTOSO\\administrator', new SecureString('P@ssw0rd!'));
  session.cmdlets.newMigrationEndpoint({ exchangeOutlookAnywhere: true, name: 'CutoverEndpoint', autodiscover: true, emailAddress: 'administrator@contoso.com', credentials: admin });

  // Act: start a cutover batch and let three virtual days pass.
  const statuses: string[] = [];
  session.on('batchStatus', (e) => statuses.push(e.to));
  const batch = session.cmdlets.newMigrationBatch({ name: 'CutoverBatch', sourceEndpoint: 'CutoverEndpoint', autoStart: true });
  session.clock.advance('3d');

  // Assert: typed results, events, the world itself, and errors as CmdletError.
  const [synced] = session.cmdlets.getMigrationBatch({ identity: batch });
  expect(synced.Status).toBe('Synced');
  expect(synced.TotalCount).toBe(32);
  expect(statuses).toEqual(['Starting', 'Syncing', 'Synced']);
  expect(session.cmdlets.getMigrationUserStatistics({ identity: 'sara.lindqvist@contoso.com' })[0].SkippedItemCount).toBe(1);
  expect(session.world.tenant.mailboxes.length).toBeGreaterThanOrEqual(25);
  expect(() => session.cmdlets.newMigrationBatch({ name: 'Again', sourceEndpoint: 'CutoverEndpoint' })).toThrow(CmdletError);
});
