/**
 * DNS as a learner drives it: the public zone at the registrar (Set/Get/Remove-LabDnsRecord), the
 * DC's internal zone (DnsServer module) and what resolvers answer (Resolve-DnsName), following
 * seed 001's TTL advice, Step 5 (MX to Microsoft 365) and the post-migration Autodiscover CNAME.
 */
import { describe, expect, it } from 'vitest';
import { createSession, type Session } from '../../src/session';

const session = (): Session => createSession({ scenario: 'contoso', realTime: () => 0 });
const ok = (s: Session, line: string): string => {
  const r = s.run(line);
  expect(r.errors.map((e) => e.message)).toEqual([]);
  return r.text;
};
const dns = (s: Session) => JSON.stringify(s.store.read().dns);

describe('the MX switch (seed 001: reduce email delays, Step 5)', () => {
  it('lowers the TTL a day ahead, points MX at Microsoft 365, and resolvers see the old MX until the old TTL expires', () => {
    const s = session();
    expect(ok(s, 'Resolve-DnsName contoso.com -Type MX')).toMatch(/contoso\.com\s+MX\s+3600\s+Answer\s+mail\.contoso\.com\s+10/);

    // A day ahead: the TTL only. Resolvers holding the 3,600 s answer keep it for up to an hour.
    ok(s, "Set-LabDnsRecord -Zone contoso.com -Name '@' -Type MX -TTL 300");
    expect(ok(s, 'Resolve-DnsName contoso.com -Type MX')).toMatch(/MX\s+3600\s+Answer\s+mail\.contoso\.com/);
    ok(s, "Set-LabClock -Advance '1d'");
    expect(ok(s, 'Resolve-DnsName contoso.com -Type MX')).toMatch(/MX\s+300\s+Answer\s+mail\.contoso\.com/);

    // The switch: old MX for at most the 300 s now in force.
    const set = ok(s, "Set-LabDnsRecord -Zone contoso.com -Name '@' -Type MX -Value contoso-com.mail.protection.outlook.com -Preference 0 -PassThru");
    expect(set).toMatch(/contoso\.com contoso\.com MX\s+300 0\s+contoso-com\.mail\.protection\.outlook\.com \d+\/\d+\/\d{4}/);
    expect(ok(s, 'Resolve-DnsName contoso.com -Type MX')).toMatch(/mail\.contoso\.com\s+10/);
    expect(s.run("(Get-LabDnsRecord contoso.com '@' MX).CachedValue").output).toEqual(['10 mail.contoso.com']);
    ok(s, 'Set-LabClock -Advance 299');
    expect(ok(s, 'Resolve-DnsName contoso.com -Type MX')).toMatch(/mail\.contoso\.com\s+10/);
    ok(s, 'Set-LabClock -Advance 1');
    const after = ok(s, 'Resolve-DnsName contoso.com -Type MX');
    expect(after.split('\n')[1]).toMatch(/^Name\s+Type\s+TTL\s+Section\s+NameExchange\s+Preference$/);
    expect(after).toMatch(/contoso\.com\s+MX\s+300\s+Answer\s+contoso-com\.mail\.protection\.outlook\.com\s+0/);
    expect(s.run("(Get-LabDnsRecord contoso.com '@' MX).PropagatedAt").output).toEqual([null]);
  });

  it('without lowering the TTL first, the old MX stays visible for the full hour', () => {
    const s = session();
    ok(s, "Set-LabDnsRecord contoso.com '@' MX contoso-com.mail.protection.outlook.com -Preference 0");
    ok(s, "Set-LabClock -Advance '59m'");
    expect(ok(s, 'Resolve-DnsName contoso.com -Type MX')).toContain('mail.contoso.com');
    ok(s, "Set-LabClock -Advance '1m'");
    expect(ok(s, 'Resolve-DnsName contoso.com -Type MX')).toContain('contoso-com.mail.protection.outlook.com');
  });

  it('adds the verification TXT beside the SPF record and removes it again', () => {
    const s = session();
    ok(s, "Set-LabDnsRecord -Zone contoso.com -Name '@' -Type TXT -Value MS=ms11112222 -Append");
    expect(s.run("(Get-LabDnsRecord contoso.com '@' TXT).Value").output).toEqual(['v=spf1 mx -all', expect.stringMatching(/^MS=ms\d+$/), 'MS=ms11112222']);
    ok(s, "Set-LabClock -Advance '1h'");
    expect(ok(s, 'Resolve-DnsName contoso.com -Type TXT')).toMatch(/TXT\s+3600\s+Answer\s+\{MS=ms11112222\}/);
    ok(s, "Remove-LabDnsRecord -Zone contoso.com -Name '@' -Type TXT -Value MS=ms11112222 -Confirm:$false");
    expect(s.run("(Get-LabDnsRecord contoso.com '@' TXT).Value").output).not.toContain('MS=ms11112222');
  });

  it('takes SRV records as priority weight port target, or the target with -Priority/-Weight/-Port', () => {
    const s = session();
    ok(s, 'Set-LabDnsRecord -Zone contoso.com -Name _autodiscover._tcp -Type SRV -Value autodiscover.outlook.com -Port 443');
    expect(s.run('(Get-LabDnsRecord contoso.com _autodiscover._tcp SRV).Value').output).toEqual(['0 0 443 autodiscover.outlook.com']);
    const r = ok(s, 'Resolve-DnsName _autodiscover._tcp.contoso.com -Type SRV');
    expect(r.split('\n')[1]).toMatch(/^Name\s+Type\s+TTL\s+Section\s+NameTarget\s+Priority\s+Weight\s+Port$/);
    expect(r).toMatch(/_autodiscover\._tcp\.contoso… SRV\s+3600\s+Answer\s+autodiscover\.outlook\.com\s+0\s+0\s+443/);
  });

  it('-WhatIf changes nothing', () => {
    const s = session();
    const before = dns(s);
    const r = s.run("Set-LabDnsRecord -Zone contoso.com -Name '@' -Type MX -TTL 300 -WhatIf");
    expect(r.text).toBe('What if: Performing the operation "Set DNS record (TTL 300: 10 mail.contoso.com)" on target "MX contoso.com".\n');
    s.run("Remove-LabDnsRecord contoso.com autodiscover CNAME -WhatIf");
    expect(dns(s)).toBe(before);
  });
});

describe('the Autodiscover CNAME in public and internal DNS (post-migration tasks)', () => {
  it('is seen outside once propagated and inside at once from the DC', () => {
    const s = session();
    ok(s, 'Set-LabDnsRecord -Zone contoso.com -Name autodiscover -Type CNAME -Value autodiscover.outlook.com');
    expect(ok(s, 'Resolve-DnsName autodiscover.contoso.com -Type CNAME')).toMatch(/autodiscover\.contoso\.com\s+CNAME\s+3600\s+Answer\s+mail\.contoso\.com/);
    ok(s, "Set-LabClock -Advance '1h'");
    const outside = ok(s, 'Resolve-DnsName autodiscover.contoso.com');
    expect(outside.split('\n')[1]).toMatch(/^Name\s+Type\s+TTL\s+Section\s+NameHost$/);
    expect(outside).toMatch(/autodiscover\.contoso\.com\s+CNAME\s+3600\s+Answer\s+autodiscover\.outlook\.com/);
    expect(outside).toMatch(/IPAddress\s+: 52\.96\.0\.2/);

    // Inside, the DC still answers from its own zone: the CAS.
    expect(ok(s, 'Resolve-DnsName autodiscover.contoso.com -Type CNAME -Server DC01')).toMatch(/CNAME\s+3600\s+Answer\s+mail\.contoso\.com/);
    // The alias exists already: the DC refuses a second CNAME (9709) until the old one is removed.
    const dup = s.run('Add-DnsServerResourceRecordCName -ZoneName contoso.com -Name autodiscover -HostNameAlias autodiscover.outlook.com');
    expect(dup.errors[0]!.fullyQualifiedErrorId).toBe('WIN32 9709,Add-DnsServerResourceRecordCName');
    expect(dup.text).toBe('Add-DnsServerResourceRecordCName: Failed to create resource record autodiscover in zone contoso.com on server DC01.\n');
    ok(s, 'Remove-DnsServerResourceRecord -ZoneName contoso.com -Name autodiscover -RRType CName -Force');
    ok(s, 'Add-DnsServerResourceRecordCName -ZoneName contoso.com -Name autodiscover -HostNameAlias autodiscover.outlook.com');
    const inside = ok(s, 'Resolve-DnsName autodiscover.contoso.com -Type CNAME -Server dc01.corp.contoso.com');
    expect(inside).toMatch(/autodiscover\.contoso\.com\s+CNAME\s+3600\s+Answer\s+autodiscover\.outlook\.com/);
    const rr = ok(s, 'Get-DnsServerResourceRecord -ZoneName contoso.com -Name autodiscover');
    expect(rr.split('\n')[1]).toMatch(/^HostName\s+RecordType Type\s+Timestamp\s+TimeToLive RecordData$/);
    expect(rr).toMatch(/autodiscover\s+CNAME\s+5\s+0\s+01:00:00 autodiscover\.outlook\.com\./);
  });

  it('changes an internal record with Set-DnsServerResourceRecord -OldInputObject -NewInputObject', () => {
    const s = session();
    ok(s, "$old = Get-DnsServerResourceRecord -ZoneName contoso.com -Name autodiscover -RRType CName; $new = $old.Clone(); $new.RecordData.HostNameAlias = 'autodiscover.outlook.com'; $new.TimeToLive = [timespan]::FromMinutes(5)");
    ok(s, 'Set-DnsServerResourceRecord -ZoneName contoso.com -OldInputObject $old -NewInputObject $new');
    expect(ok(s, 'Resolve-DnsName autodiscover.contoso.com -Type CNAME -Server 10.0.0.10')).toMatch(/CNAME\s+300\s+Answer\s+autodiscover\.outlook\.com/);
    // The old object is gone now: a second Set with it fails.
    const again = s.run('Set-DnsServerResourceRecord -ZoneName contoso.com -OldInputObject $old -NewInputObject $new');
    expect(again.text).toBe('Set-DnsServerResourceRecord: Resource record in OldInputObject not found in zone contoso.com on server DC01.\n');
  });

  it('adds MX and TXT records to the internal zone with the generic and the MX cmdlets', () => {
    const s = session();
    ok(s, 'Add-DnsServerResourceRecord -ZoneName contoso.com -Txt -Name "@" -DescriptiveText "MS=ms12345678"');
    ok(s, "Add-DnsServerResourceRecordMX -ZoneName contoso.com -Name '.' -MailExchange contoso-com.mail.protection.outlook.com -Preference 0");
    ok(s, 'Add-DnsServerResourceRecord -ZoneName corp.contoso.com -A -Name app01 -IPv4Address 10.0.0.50');
    const rr = ok(s, "Get-DnsServerResourceRecord -ZoneName contoso.com -Name '@' -Node");
    expect(rr).toMatch(/@\s+MX\s+15\s+0\s+01:00:00 \[0\]\[contoso-com\.mail\.protection\.o…/);
    expect(s.run("(Get-DnsServerResourceRecord contoso.com -Name '@' -RRType Mx).RecordData.MailExchange").output).toEqual(['mail.contoso.com.', 'contoso-com.mail.protection.outlook.com.']);
    expect(rr).toMatch(/@\s+TXT\s+16\s+0\s+01:00:00 MS=ms12345678/);
    expect(ok(s, 'Resolve-DnsName app01.corp.contoso.com -Server DC01')).toMatch(/app01\.corp\.contoso\.com\s+A\s+3600\s+Answer\s+10\.0\.0\.50/);
    // Outside, the AD domain does not exist.
    expect(s.run('Resolve-DnsName app01.corp.contoso.com').text).toBe('Resolve-DnsName: app01.corp.contoso.com : DNS name does not exist\n');
  });
});

describe('bad input: the real errors, nothing changed', () => {
  const cases: [string, string, string][] = [
    ['Get-DnsServerResourceRecord -ZoneName fabrikam.com', 'WIN32 9601,Get-DnsServerResourceRecord', 'Get-DnsServerResourceRecord: Failed to get the zone information for fabrikam.com on server DC01.\n'],
    ['Get-DnsServerResourceRecord -ZoneName contoso.com -Name owa', 'WIN32 9714,Get-DnsServerResourceRecord', 'Get-DnsServerResourceRecord: Failed to get owa record in contoso.com zone on DC01 server.\n'],
    ['Add-DnsServerResourceRecordCName -ZoneName fabrikam.com -Name autodiscover -HostNameAlias autodiscover.outlook.com', 'WIN32 9601,Add-DnsServerResourceRecordCName', 'Add-DnsServerResourceRecordCName: Failed to get the zone information for fabrikam.com on server DC01.\n'],
    ['Add-DnsServerResourceRecord -ZoneName corp.contoso.com -A -Name dc01 -IPv4Address 10.0.0.10', 'WIN32 9711,Add-DnsServerResourceRecord', 'Add-DnsServerResourceRecord: Failed to create resource record dc01 in zone corp.contoso.com on server DC01.\n'],
    ['Remove-DnsServerResourceRecord -ZoneName contoso.com -Name owa -RRType CName -Force', 'WIN32 9714,Remove-DnsServerResourceRecord', 'Remove-DnsServerResourceRecord: Failed to get owa record in contoso.com zone on DC01 server.\n'],
    ['Get-DnsServerResourceRecord -ZoneName contoso.com -ComputerName EXCH-SRV-01', 'WIN32 1722,Get-DnsServerResourceRecord', 'Get-DnsServerResourceRecord: Failed to get information for server EXCH-SRV-01.\n'],
    ['Resolve-DnsName owa.contoso.com -Type MX', 'DNS_ERROR_RCODE_NAME_ERROR,Resolve-DnsName', 'Resolve-DnsName: owa.contoso.com : DNS name does not exist\n'],
    ["Set-LabDnsRecord -Zone fabrikam.com -Name '@' -Type MX -Value mail.fabrikam.com", 'LabDnsZoneNotFound,Set-LabDnsRecord', "Set-LabDnsRecord: The registrar hosts no zone 'fabrikam.com'. Hosted zones: contoso.com.\n"],
    ['Set-LabDnsRecord -Zone contoso.com -Name mail -Type A -Value mail.contoso.com', 'LabDnsInvalidValue,Set-LabDnsRecord', "Set-LabDnsRecord: 'mail.contoso.com' is not a valid A record value: an A record holds an IPv4 address (203.0.113.25).\n"],
    ['Set-LabDnsRecord -Zone contoso.com -Name owa -Type CNAME -TTL 300', 'LabDnsValueMissing,Set-LabDnsRecord', 'Set-LabDnsRecord: A CNAME record needs -Value.\n'],
    ['Set-LabDnsRecord -Zone contoso.com -Name mail -Type CNAME -Value autodiscover.outlook.com', 'LabDnsCnameCollision,Set-LabDnsRecord', "Set-LabDnsRecord: 'mail.contoso.com' already has other records: a CNAME cannot sit beside them (and no record beside a CNAME). Remove them first.\n"],
    ['Remove-LabDnsRecord -Zone contoso.com -Name owa -Type CNAME -Confirm:$false', 'LabDnsRecordNotFound,Remove-LabDnsRecord', "Remove-LabDnsRecord: The zone 'contoso.com' has no CNAME record named 'owa.contoso.com'.\n"],
    ["Remove-LabDnsRecord -Zone contoso.com -Name '@' -Type TXT -Value MS=ms00000000 -Confirm:$false", 'LabDnsRecordNotFound,Remove-LabDnsRecord', "Remove-LabDnsRecord: The zone 'contoso.com' has no TXT record named 'contoso.com' with the value 'MS=ms00000000'.\n"],
  ];
  for (const [line, fqid, text] of cases) {
    it(line, () => {
      const s = session();
      const before = dns(s);
      const r = s.run(line);
      expect(r.success).toBe(false);
      expect(r.errors[0]!.fullyQualifiedErrorId).toBe(fqid);
      expect(r.text).toBe(text);
      expect(dns(s)).toBe(before);
    });
  }

  it('refuses a record type outside the set, at binding', () => {
    const s = session();
    const before = dns(s);
    const lab = s.run("Set-LabDnsRecord -Zone contoso.com -Name '@' -Type MXX -Value x.contoso.com");
    expect(lab.errors[0]!.fullyQualifiedErrorId).toBe('ParameterArgumentValidationError,Set-LabDnsRecord');
    const rr = s.run('Get-DnsServerResourceRecord -ZoneName contoso.com -RRType Cname2');
    expect(rr.errors[0]!.fullyQualifiedErrorId).toBe('ParameterArgumentValidationError,Get-DnsServerResourceRecord');
    const res = s.run('Resolve-DnsName contoso.com -Type MXX');
    expect(res.errors[0]!.fullyQualifiedErrorId).toBe('CannotConvertArgumentNoMessage,Resolve-DnsName');
    expect(dns(s)).toBe(before);
  });

  it('answers an existing name without such records with the zone SOA (no error)', () => {
    const s = session();
    const r = s.run('Resolve-DnsName mail.contoso.com -Type MX');
    expect(r.success).toBe(true);
    expect(r.text).toMatch(/contoso\.com\s+SOA\s+3600\s+Authority\s+ns1\.contoso\.com/);
  });
});
