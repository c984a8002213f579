/**
 * The on-premises side through the real session: remote sessions, where each cmdlet exists, the
 * preparation fixes of the seed articles on their scenario variants (hidden mailbox, UM, missing
 * permissions), and the errors as the shell prints them with the world unchanged.
 */
import { describe, expect, it } from 'vitest';
import { seedSession, step } from '../e2e/seed-helpers';
import type { Session } from '../../src/session';

const ADMIN = ['CONTOSO\\administrator', 'P@ssw0rd!'];
const CONNECT = '$s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri http://EXCH-SRV-01.corp.contoso.com/PowerShell/ -Credential $cred';

function connected(scenario = 'contoso', answers = ADMIN): Session {
  const s = seedSession([...answers], scenario);
  step(s, '$cred = Get-Credential');
  step(s, CONNECT);
  return s;
}

function cutover(s: Session, user = 'administrator@contoso.com'): void {
  step(s, `New-MigrationEndpoint -ExchangeOutlookAnywhere -Autodiscover -Name CutoverEndpoint -EmailAddress ${user} -Credentials $cred | Out-Null`);
  step(s, 'New-MigrationBatch -Name CutoverBatch -SourceEndpoint CutoverEndpoint -AutoStart | Out-Null');
  s.advance('3d');
}

/** Runs a failing command: its errors as [FullyQualifiedErrorId, category, message], and whether the world stayed the same. */
function fails(s: Session, script: string): { errors: string[][]; unchanged: boolean } {
  const before = s.store.exportJson();
  const r = s.run(script);
  return { errors: r.errors.map((e) => [e.fullyQualifiedErrorId, e.category, e.message]), unchanged: s.store.exportJson() === before };
}

describe('where each cmdlet exists', () => {
  it('an on-premises cmdlet typed in the Exchange Online session is not found, as pwsh says', () => {
    const s = seedSession([]);
    expect(fails(s, 'Set-ClientAccessServer -Identity EXCH-SRV-01 -AutoDiscoverServiceInternalUri $null')).toEqual({
      errors: [['CommandNotFoundException', 'ObjectNotFound', "The term 'Set-ClientAccessServer' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again."]],
      unchanged: true,
    });
  });

  it('Get-Command shows ExchangeOnlineManagement for Exchange Online cmdlets and the tmp_ module for imported ones', () => {
    const s = connected();
    step(s, 'Import-PSSession $s -Prefix OnPrem | Out-Null');
    expect(step(s, '(Get-Command Get-MigrationBatch).Source')).toBe('ExchangeOnlineManagement\n');
    expect(step(s, '(Get-Command Set-OnPremClientAccessServer).Source')).toMatch(/^tmp_[a-z0-9]{8}\.[a-z0-9]{3}\n$/);
    expect(step(s, 'Set-OnPremClientAccessServer -Identity EXCH-SRV-01 -AutoDiscoverServiceInternalUri $null')).toBe('');
    expect(s.store.read().onPrem.servers[0].autoDiscoverServiceInternalUri).toBeNull();
  });

  it('Import-PSSession without -AllowClobber keeps Exchange Online\'s Get-Mailbox and says so', () => {
    const s = connected();
    const r = s.run('Import-PSSession $s | Out-Null');
    // Every Exchange Management Shell cmdlet that Exchange Online also has is skipped.
    expect(r.warnings).toEqual(['Get-Mailbox', 'Set-Mailbox', 'Get-User', 'Get-MailboxPermission', 'Get-MailboxStatistics', 'Get-DistributionGroup', 'Get-DistributionGroupMember'].map((c) => `Proxy creation has been skipped for the following command: '${c}', because it would shadow an existing local command.  Use the AllowClobber parameter if you want to shadow existing local commands.`));
    expect(step(s, '(Get-Command Get-Mailbox).Source')).toBe('ExchangeOnlineManagement\n');
  });

  it('Disconnect-ExchangeOnline removes the Exchange Online cmdlets and Connect-ExchangeOnline brings them back', () => {
    const s = seedSession([]);
    step(s, 'Disconnect-ExchangeOnline -Confirm:$false');
    expect(fails(s, 'Get-MigrationBatch').errors[0][0]).toBe('CommandNotFoundException');
    expect(step(s, 'Connect-ExchangeOnline -UserPrincipalName admin@contoso.onmicrosoft.com')).toBe(
      'This is the Exchange Online PowerShell emulator. Connected to contoso.onmicrosoft.com as admin@contoso.onmicrosoft.com; no network traffic leaves this machine.\n',
    );
    expect(step(s, 'Get-MigrationBatch')).toBe('');
    expect(step(s, '(Get-ConnectionInformation).UserPrincipalName')).toBe('admin@contoso.onmicrosoft.com\n');
  });

  it('Connect-ExchangeOnline with an account outside the tenant fails', () => {
    const s = seedSession([]);
    expect(fails(s, 'Connect-ExchangeOnline -UserPrincipalName admin@fabrikam.com -ShowBanner:$false').errors).toEqual([
      ['MsalUiRequiredException,Connect-ExchangeOnline', 'AuthenticationError', 'AADSTS50034: The user account admin@fabrikam.com does not exist in the contoso.onmicrosoft.com directory. To sign into this application, the account must be added to the directory.'],
    ]);
  });
});

describe('remote session failures', () => {
  it.each([
    ['an unknown server', '$x = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri http://EXCH-SRV-09.corp.contoso.com/PowerShell/ -Credential $cred', '[EXCH-SRV-09.corp.contoso.com] Connecting to remote server EXCH-SRV-09.corp.contoso.com failed with the following error message : The WinRM client cannot process the request because the server name cannot be resolved. For more information, see the about_Remote_Troubleshooting Help topic.'],
    ['no credential from a machine outside the domain', '$x = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri http://EXCH-SRV-01.corp.contoso.com/PowerShell/', '[EXCH-SRV-01.corp.contoso.com] Connecting to remote server EXCH-SRV-01.corp.contoso.com failed with the following error message : The WinRM client cannot process the request. Default credentials with Negotiate over HTTP can be used only if the target machine is part of the TrustedHosts list or the Allow implicit credentials for Negotiate option is specified. For more information, see the about_Remote_Troubleshooting Help topic.'],
  ])('%s', (_n, script, message) => {
    const s = seedSession([...ADMIN]);
    step(s, '$cred = Get-Credential');
    expect(fails(s, script)).toEqual({ errors: [['PSSessionOpenFailed,Microsoft.PowerShell.Commands.NewPSSessionCommand', 'OpenError', message]], unchanged: true });
  });

  it('a wrong password is refused', () => {
    const s = seedSession(['CONTOSO\\administrator', 'nope']);
    step(s, '$cred = Get-Credential');
    expect(fails(s, CONNECT).errors).toEqual([
      ['PSSessionOpenFailed,Microsoft.PowerShell.Commands.NewPSSessionCommand', 'OpenError', '[EXCH-SRV-01.corp.contoso.com] Connecting to remote server EXCH-SRV-01.corp.contoso.com failed with the following error message : Access is denied. For more information, see the about_Remote_Troubleshooting Help topic.'],
    ]);
  });

  it('an unknown server identity in the shell', () => {
    const s = connected();
    expect(fails(s, 'Invoke-Command -Session $s { Set-ClientAccessServer -Identity EXCH-SRV-02 -AutoDiscoverServiceInternalUri $null }')).toEqual({
      errors: [['ManagementObjectNotFoundException,Set-ClientAccessServer', 'NotSpecified', "The operation couldn't be performed because object 'EXCH-SRV-02' couldn't be found on 'DC01.corp.contoso.com'."]],
      unchanged: true,
    });
  });
});

describe('preparation fixes of the seed articles', () => {
  it('R15: a hidden mailbox fails to migrate until it is shown again and retried', () => {
    const s = connected('contoso-hidden-mailbox');
    cutover(s);
    expect(step(s, "(Get-MigrationUser ines.moreau@contoso.com).Status")).toBe('Failed\n');
    expect(step(s, '(Get-MigrationUserStatistics ines.moreau@contoso.com).Error')).toBe("A source e-mail address ines.moreau@contoso.com couldn't be found in the on-premises domain.\n");
    expect(step(s, 'Invoke-Command -Session $s { Get-Mailbox -ResultSize Unlimited | Where-Object {$_.HiddenFromAddressListsEnabled} | Set-Mailbox -HiddenFromAddressListsEnabled $false }')).toBe('');
    step(s, 'Start-MigrationBatch -Identity CutoverBatch');
    s.advance('1d');
    expect(step(s, "(Get-MigrationUser ines.moreau@contoso.com).Status")).toBe('Synced\n');
  });

  it('R16: UM-enabled mailboxes are disabled with Disable-UMMailbox before the batch', () => {
    const s = connected('contoso-um-enabled', [...ADMIN, 'Y', 'Y']);
    expect(step(s, 'Invoke-Command -Session $s { Get-Mailbox -ResultSize Unlimited | Where-Object {$_.UMEnabled} | ForEach-Object { $_.Alias } }')).toBe('kenji.tanaka\nnadia.farouk\n');
    const r = s.run('Invoke-Command -Session $s { Disable-UMMailbox -Identity kenji.tanaka -Confirm:$false; Disable-UMMailbox -Identity nadia.farouk -Confirm:$false }');
    expect(r.errors).toEqual([]);
    expect(s.store.read().onPrem.mailboxes.filter((m) => m.umEnabled)).toEqual([]);
    expect(fails(s, 'Invoke-Command -Session $s { Disable-UMMailbox -Identity kenji.tanaka -Confirm:$false }').errors).toEqual([
      ['UserAlreadyUmDisabledException,Disable-UMMailbox', 'InvalidOperation', 'The user "Kenji Tanaka" is already disabled for Unified Messaging.'],
    ]);
    cutover(s);
    expect(step(s, '(Get-MigrationBatch CutoverBatch).Status')).toBe('Synced\n');
  });

  it('R14: FullAccess granted with Add-MailboxPermission lets the failed users migrate', () => {
    const s = connected('contoso-missing-permissions');
    cutover(s, 'zoe.larsen@contoso.com');
    expect(step(s, "Get-MigrationUser -Status Failed | ForEach-Object { $_.Identity }")).toBe('grace.walsh@contoso.com\nfelix.bauer@contoso.com\nhana.sato@contoso.com\n');
    const granted = step(s, "Invoke-Command -Session $s { 'grace.walsh','felix.bauer','hana.sato' | ForEach-Object { Add-MailboxPermission -Identity $_ -User CONTOSO\\administrator -AccessRights FullAccess } } | Format-Table Identity,User,AccessRights -AutoSize");
    expect(granted).toContain('corp.contoso.com/Users/Grace Walsh CONTOSO\\administrator {FullAccess}');
    const again = s.run("Invoke-Command -Session $s { Add-MailboxPermission -Identity grace.walsh -User CONTOSO\\administrator -AccessRights FullAccess }");
    expect(again.warnings).toEqual(['An existing permission entry was found for user: administrator.']);
    step(s, 'Start-MigrationBatch -Identity CutoverBatch');
    s.advance('1d');
    expect(step(s, '(Get-MigrationUser -Status Failed | Measure-Object).Count')).toBe('0\n');
  });

  it('R9: Outlook Anywhere off fails the test until Set-OutlookAnywhere publishes it', () => {
    const s = connected('contoso-oa-disabled');
    const tmsa = 'Test-MigrationServerAvailability -ExchangeOutlookAnywhere -Autodiscover -EmailAddress administrator@contoso.com -Credentials $cred';
    expect(step(s, `${tmsa} | Format-List Result,Message`)).toBe('\nResult  : Failed\nMessage : Unable to connect to the server. Please check the connection settings you supplied and try again.\n\n');
    expect(step(s, 'Invoke-Command -Session $s { Get-OutlookAnywhere }')).toBe('');
    step(s, "Invoke-Command -Session $s { Set-OutlookAnywhere -Identity 'EXCH-SRV-01\\Rpc (Default Web Site)' -ExternalHostname mail.contoso.com -ClientAuthenticationMethod Basic -IISAuthenticationMethods Basic,Ntlm }");
    expect(step(s, 'Invoke-Command -Session $s { Get-OutlookAnywhere | Format-List ServerName,ExternalHostname,ClientAuthenticationMethod,IISAuthenticationMethods }')).toBe(
      '\nServerName                 : EXCH-SRV-01\nExternalHostname           : mail.contoso.com\nClientAuthenticationMethod : Basic\nIISAuthenticationMethods   : {Basic, Ntlm}\n\n',
    );
    expect(step(s, `(${tmsa}).Result`)).toBe('Success\n');
  });

  it('R10: Get-ExchangeCertificate shows why the test fails on a self-signed certificate', () => {
    const s = connected('contoso-selfsigned-cert');
    expect(step(s, 'Invoke-Command -Session $s { Get-ExchangeCertificate | Format-List Issuer,IsSelfSigned,Status }')).toBe('\nIssuer       : CN=EXCH-SRV-01\nIsSelfSigned : True\nStatus       : Untrusted\n\n');
  });
});
