/** Staged (EOA + CSV) and IMAP batches end to end on a modified contoso (CSV doc, ST). */
import { describe, expect, it } from 'vitest';
import { world, cutoverEndpoint, rejects, DAY } from './helpers';
import { newMigrationEndpoint } from '../../src/model/migration/endpoints';
import { newMigrationBatch, setMigrationBatch, usersOf } from '../../src/model/migration/batches';
import { advanceMigration } from '../../src/model/migration/simulator';
import { findUser, countUsers } from '../../src/model/migration/users';

describe('staged migration', () => {
  it('converts pre-provisioned mail users into mailboxes; users without one fail', () => {
    const w = world();
    w.onPrem.version = 2007;
    for (const a of ['sara.lindqvist', 'tomas.novak'])
      w.tenant.mailUsers.push({ alias: a, displayName: a, primarySmtpAddress: `${a}@contoso.com`, externalEmailAddress: `${a}@contoso.com`, emailAddresses: [`SMTP:${a}@contoso.com`] });
    cutoverEndpoint(w);
    const csv = 'EmailAddress,Password,ForceChangePassword\r\nsara.lindqvist@contoso.com,Welcome123!,True\r\ntomas.novak@contoso.com,,\r\npriya.chandra@contoso.com,,\r\n';
    const { batch } = newMigrationBatch(w, { name: 'Staged1', sourceEndpoint: 'CutoverEndpoint', csvData: new TextEncoder().encode(csv), autoStart: true });
    expect([batch.kind, batch.csvRowCount]).toEqual(['Staged', 3]);
    advanceMigration(w, w.clock.now + 2 * DAY);
    expect(batch.status).toBe('SyncedWithErrors');
    expect(findUser(w.tenant.migration, 'priya.chandra@contoso.com').error).toBe("No mail-enabled user with the address 'priya.chandra@contoso.com' exists in Microsoft 365. Provision it (directory synchronization) before a staged migration.");
    expect(w.tenant.mailUsers.some((m) => m.alias === 'sara.lindqvist')).toBe(false);
    expect(w.tenant.mailboxes.some((m) => m.primarySmtpAddress === 'sara.lindqvist@contoso.com')).toBe(true);
    // A second staged batch may not take users of the first.
    rejects(w, () => newMigrationBatch(w, { name: 'Staged2', sourceEndpoint: 'CutoverEndpoint', csvData: 'EmailAddress\ntomas.novak@contoso.com\n' }), 'UserInAnotherBatch', "The user 'tomas.novak@contoso.com' already belongs to migration batch 'Staged1'.");
    // Set-MigrationBatch -CSVData adds users and the batch syncs again.
    w.tenant.mailUsers.push({ alias: 'marco.rossi', displayName: 'Marco', primarySmtpAddress: 'marco.rossi@contoso.com', externalEmailAddress: 'marco.rossi@contoso.com', emailAddresses: [] });
    setMigrationBatch(w, 'Staged1', { csvData: 'EmailAddress\nmarco.rossi@contoso.com\n', addUsers: true });
    expect(batch.status).toBe('Syncing');
    advanceMigration(w, w.clock.now + 2 * DAY);
    expect(countUsers(usersOf(w.tenant.migration, batch))).toMatchObject({ totalCount: 4, syncedCount: 3, failedCount: 1 });
  });
});

describe('IMAP migration', () => {
  it('copies into existing cloud mailboxes with per-user IMAP logons', () => {
    const w = world();
    w.onPrem.servers[0]!.openPorts.push(993);
    newMigrationEndpoint(w, { name: 'Imap', endpointType: 'IMAP', remoteServer: 'mail.contoso.com' });
    w.tenant.mailboxes.push({ alias: 'sara', displayName: 'Sara', userPrincipalName: 'sara@contoso.onmicrosoft.com', primarySmtpAddress: 'sara@contoso.onmicrosoft.com', emailAddresses: [], sizeBytes: 0, itemCount: 0, hiddenFromAddressLists: false, createdAt: w.clock.now, disabled: false, disabledAt: null, origin: 'Cloud' });
    const csv = 'EmailAddress,UserName,Password\nsara@contoso.onmicrosoft.com,contoso\\administrator,P@ssw0rd!\nnobody@contoso.onmicrosoft.com,contoso\\administrator,P@ssw0rd!\n';
    const { batch } = newMigrationBatch(w, { name: 'Imap1', sourceEndpoint: 'Imap', csvData: csv, autoStart: true, excludeFolders: ['Junk Email'] });
    advanceMigration(w, w.clock.now + DAY);
    expect(batch.status).toBe('SyncedWithErrors');
    const src = w.onPrem.mailboxes.find((m) => m.samAccountName === 'administrator')!;
    expect(findUser(w.tenant.migration, 'sara@contoso.onmicrosoft.com').syncedItemCount).toBe(src.itemCount);
    expect(findUser(w.tenant.migration, 'nobody@contoso.onmicrosoft.com').error).toBe("No mailbox with the address 'nobody@contoso.onmicrosoft.com' exists in Microsoft 365. Create the mailbox before an IMAP migration.");
  });
  it('a wrong IMAP password fails the user', () => {
    const w = world();
    newMigrationEndpoint(w, { name: 'Imap', endpointType: 'IMAP', remoteServer: 'mail.contoso.com', skipVerification: true });
    w.tenant.mailboxes.push({ alias: 'sara', displayName: 'Sara', userPrincipalName: 'sara@contoso.onmicrosoft.com', primarySmtpAddress: 'sara@contoso.onmicrosoft.com', emailAddresses: [], sizeBytes: 0, itemCount: 0, hiddenFromAddressLists: false, createdAt: w.clock.now, disabled: false, disabledAt: null, origin: 'Cloud' });
    newMigrationBatch(w, { name: 'Imap1', sourceEndpoint: 'Imap', csvData: 'EmailAddress,UserName,Password\nsara@contoso.onmicrosoft.com,administrator,wrong\n', autoStart: true });
    advanceMigration(w, w.clock.now + DAY);
    expect(findUser(w.tenant.migration, 'sara@contoso.onmicrosoft.com').error).toBe("The IMAP server rejected the logon for 'administrator'.");
  });
});
