/**
 * Test-NetConnection from the admin workstation and Set-LabFirewall (the firewall in front of an
 * on-premises server): an Exchange 2003 server whose firewall blocks the RPC ports
 * (contoso-exchange2003-ports-closed) until they are opened.
 */
import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/session';

const s2003 = () => createSession({ scenario: 'contoso-exchange2003-ports-closed', connected: false, realTime: () => 0 });

describe('Test-NetConnection', () => {
  it('a closed port: TcpTestSucceeded False and the warning pwsh writes; an open one: True', () => {
    const s = s2003();
    const r = s.run('Test-NetConnection EXCH-SRV-01.corp.contoso.com -Port 6004');
    expect(r.warnings).toEqual(['TCP connect to (10.0.0.20 : 6004) failed']);
    expect(r.text).toBe(
      'WARNING: TCP connect to (10.0.0.20 : 6004) failed\n\nComputerName     : EXCH-SRV-01.corp.contoso.com\nRemoteAddress    : 10.0.0.20\nRemotePort       : 6004\nInterfaceAlias   : Ethernet\nSourceAddress    : 10.0.0.50\nTcpTestSucceeded : False\n\n',
    );
    expect(s.run('Test-NetConnection mail.contoso.com -Port 443 -InformationLevel Quiet').output).toEqual([true]);
    expect(s.run('(Test-NetConnection mail.contoso.com).PingSucceeded').output).toEqual([true]);
  });

  it('a name that does not resolve: a warning, and False with -InformationLevel Quiet', () => {
    const r = s2003().run('Test-NetConnection nosuch.contoso.com -Port 443 -InformationLevel Quiet');
    expect([r.warnings, r.output]).toEqual([['Name resolution of nosuch.contoso.com failed'], [false]]);
  });
});

describe('Set-LabFirewall', () => {
  it('opens the RPC ports: Test-NetConnection and the migration service then get through', () => {
    const s = s2003();
    s.run("$Credentials = New-Object System.Management.Automation.PSCredential('administrator@contoso.com', (ConvertTo-SecureString 'P@ssw0rd!' -AsPlainText -Force))");
    s.run('Connect-ExchangeOnline');
    const test = '(Test-MigrationServerAvailability -ExchangeOutlookAnywhere -ExchangeServer EXCH-SRV-01.corp.contoso.com -RpcProxyServer mail.contoso.com -Authentication NTLM -EmailAddress administrator@contoso.com -Credentials $Credentials).Result.ToString()';
    expect(s.run(test).output).toEqual(['Failed']);
    expect(s.run('Set-LabFirewall -ComputerName EXCH-SRV-01 -OpenPort 6001,6002,6004 -PassThru').output).toEqual([25, 443, 6001, 6002, 6004]);
    expect(s.run('Test-NetConnection EXCH-SRV-01.corp.contoso.com -Port 6004 -InformationLevel Quiet').output).toEqual([true]);
    expect(s.run(test).output).toEqual(['Success']);
    s.run('Set-LabFirewall EXCH-SRV-01 -ClosePort 6002');
    expect(s.world.onPrem.servers[0]!.openPorts).toEqual([25, 443, 6001, 6004]);
  });

  it('an unknown server: an error naming the servers, and nothing changes', () => {
    const s = s2003();
    const r = s.run('Set-LabFirewall -ComputerName NOPE -OpenPort 6001');
    expect(r.errors.map((e) => e.message)).toEqual(["Cannot find a server named 'NOPE'. The servers are: EXCH-SRV-01."]);
    expect(s.world.onPrem.servers[0]!.openPorts).toEqual([25, 443]);
  });
});
