/**
 * The default scenario: the organization of the two seed articles (S0, S1). Exchange 2010 at
 * contoso.com, one Mailbox/CAS server, Outlook Anywhere with a CA-issued certificate, 25
 * mailboxes, the migration administrator with FullAccess everywhere, a tenant with contoso.com
 * verified, and MX still pointing on-premises. Every command of the seed articles succeeds on it.
 */
import type { ScenarioSpec } from './spec';

export const CONTOSO: ScenarioSpec = {
  name: 'contoso',
  description: 'Healthy Exchange 2010 organization of 25 mailboxes ready for a cutover migration (the seed articles).',
  seed: 20250106,
  start: '2025-01-06T09:00:00Z',
  onPrem: {
    version: 2010,
    organizationName: 'Contoso',
    domain: 'contoso.com',
    adDomain: 'corp.contoso.com',
    netbios: 'CONTOSO',
    servers: [
      {
        name: 'EXCH-SRV-01',
        fqdn: 'EXCH-SRV-01.corp.contoso.com',
        roles: ['Mailbox', 'ClientAccess', 'HubTransport'],
        autodiscoverInternalUri: 'https://autodiscover.contoso.com/Autodiscover/Autodiscover.xml',
        outlookAnywhere: {
          enabled: true,
          externalHostName: 'mail.contoso.com',
          authentication: ['Basic', 'Ntlm'],
          certificate: {
            names: ['mail.contoso.com', 'autodiscover.contoso.com'],
            issuer: 'CN=Example Public Server CA G2, O=Example Trust Services',
            selfSigned: false,
            trusted: true,
            expires: '2026-03-31T23:59:59Z',
          },
        },
        openPorts: [25, 443],
      },
    ],
    databases: [{ name: 'Mailbox Database 0815437251', server: 'EXCH-SRV-01' }],
    admin: { samAccountName: 'administrator', displayName: 'Administrator', password: 'P@ssw0rd!', domainAdmin: true, fullAccessOnAll: true },
    mailboxes: [
      { name: 'Administrator', alias: 'administrator', sizeMB: 42 },
      { name: 'Sara Lindqvist', sizeMB: 1830, manager: 'administrator' },
      { name: 'Tomas Novak', sizeMB: 1210, manager: 'sara.lindqvist' },
      { name: 'Priya Chandra', sizeMB: 965, manager: 'sara.lindqvist' },
      { name: 'Marco Rossi', sizeMB: 2240, manager: 'sara.lindqvist' },
      { name: 'Elena Petrov', sizeMB: 730, manager: 'tomas.novak' },
      { name: 'Jonas Weber', sizeMB: 415, manager: 'tomas.novak' },
      { name: 'Aisha Okafor', sizeMB: 1575, manager: 'tomas.novak', delegates: ['noah.jansen'] },
      { name: 'Kenji Tanaka', sizeMB: 288, manager: 'priya.chandra' },
      { name: 'Lucia Mendes', sizeMB: 1120, manager: 'priya.chandra' },
      { name: 'Omar Haddad', sizeMB: 640, manager: 'priya.chandra' },
      { name: 'Grace Walsh', sizeMB: 3050, manager: 'marco.rossi' },
      { name: 'Felix Bauer', sizeMB: 512, manager: 'marco.rossi' },
      { name: 'Hana Sato', sizeMB: 890, manager: 'marco.rossi' },
      { name: 'Victor Costa', sizeMB: 156, manager: 'elena.petrov' },
      { name: 'Nadia Farouk', sizeMB: 1340, manager: 'elena.petrov' },
      { name: 'Noah Jansen', sizeMB: 475, manager: 'aisha.okafor' },
      { name: 'Ines Moreau', sizeMB: 720, manager: 'aisha.okafor' },
      { name: 'Daniel Eriksen', sizeMB: 1960, manager: 'grace.walsh' },
      { name: 'Mei Zhang', sizeMB: 305, manager: 'grace.walsh' },
      { name: 'Rafael Torres', sizeMB: 1045, manager: 'grace.walsh' },
      { name: 'Zoe Larsen', sizeMB: 85, manager: 'lucia.mendes' },
      { name: 'Reception Desk', alias: 'reception', sizeMB: 210, type: 'SharedMailbox' },
      { name: 'Conference Room Fjord', alias: 'room.fjord', sizeMB: 12, type: 'RoomMailbox' },
      { name: 'Help Desk', alias: 'helpdesk', sizeMB: 680, type: 'SharedMailbox', aliases: ['support@contoso.com'] },
    ],
    contacts: [
      { name: 'Fabrikam Sales', email: 'sales@fabrikam.com', alias: 'fabrikam.sales' },
      { name: 'Northwind Support', email: 'support@northwindtraders.com', alias: 'northwind.support' },
      { name: 'Adatum Accounts', email: 'accounts@adatum.com', alias: 'adatum.accounts' },
    ],
    groups: [
      { name: 'All Staff', alias: 'allstaff', type: 'Distribution', members: ['sara.lindqvist', 'tomas.novak', 'priya.chandra', 'marco.rossi', 'elena.petrov', 'jonas.weber', 'aisha.okafor', 'kenji.tanaka', 'lucia.mendes', 'omar.haddad', 'grace.walsh', 'felix.bauer', 'hana.sato', 'victor.costa', 'nadia.farouk', 'noah.jansen', 'ines.moreau', 'daniel.eriksen', 'mei.zhang', 'rafael.torres', 'zoe.larsen'] },
      { name: 'Sales Team', alias: 'sales', type: 'Distribution', members: ['marco.rossi', 'grace.walsh', 'felix.bauer', 'hana.sato', 'fabrikam.sales'] },
      { name: 'Finance', alias: 'finance', type: 'Security', mailEnabled: true, members: ['priya.chandra', 'lucia.mendes', 'omar.haddad', 'adatum.accounts'] },
      { name: 'IT Operations', alias: 'itops', type: 'Distribution', members: ['tomas.novak', 'elena.petrov', 'helpdesk'] },
    ],
    directorySync: false,
  },
  tenant: {
    name: 'contoso',
    initialDomain: 'contoso.onmicrosoft.com',
    domains: [{ name: 'contoso.com', verified: true }],
    licenses: [{ sku: 'ENTERPRISEPACK', displayName: 'Office 365 E3', total: 30 }],
    directorySync: false,
    admin: { userPrincipalName: 'admin@contoso.onmicrosoft.com' },
  },
  dns: {
    records: [
      { name: 'contoso.com', type: 'MX', ttl: 3600, value: 'mail.contoso.com', preference: 10 },
      { name: 'mail.contoso.com', type: 'A', ttl: 3600, value: '203.0.113.25' },
      { name: 'autodiscover.contoso.com', type: 'CNAME', ttl: 3600, value: 'mail.contoso.com' },
    ],
  },
  files: {
    location: 'C:\\Users\\Administrator',
    directories: ['C:\\Users\\Administrator\\Desktop', 'C:\\Users\\Administrator\\Documents', 'C:\\Migration'],
  },
};
