/**
 * Outlook's Autodiscover lookup, played against the world: which service a client reaches for a
 * mailbox, and why, step by step.
 *
 * The order is Microsoft's ("Autodiscover for Exchange" and "Generate a list of Autodiscover
 * endpoints", learn.microsoft.com/exchange/client-developer/exchange-web-services/autodiscover-for-exchange
 * and .../how-to-generate-a-list-of-autodiscover-endpoints):
 *   1. a domain-joined client first reads the Service Connection Point from Active Directory
 *      (the Client Access servers' AutoDiscoverServiceInternalUri; a $null one publishes nothing);
 *   2. https://<domain>/autodiscover/autodiscover.xml;
 *   3. https://autodiscover.<domain>/autodiscover/autodiscover.xml;
 *   4. an unauthenticated GET of http://autodiscover.<domain>/autodiscover/autodiscover.xml, which
 *      follows a redirect (autodiscover.outlook.com answers it with Exchange Online's endpoint);
 *   5. the DNS SRV record _autodiscover._tcp.<domain>.
 * The first endpoint that answers for the mailbox wins. A client inside resolves names through the
 * domain controller's DNS (its internal zones, authoritative for the names they hold; other names are
 * forwarded to the Internet); a client outside through the public zones, with propagation.
 */
import type { ReadonlyWorld } from '../store/state-store';
import type { DeepReadonly } from '../store/readonly';
import type { DnsRecordType, DnsValue, DnsZone } from './dns';
import { findZone, normaliseDnsName } from './dns-records';
import { findCloudRecipient, findOnPremRecipient, onPremHostNames } from './mail-flow';

export type AutodiscoverFrom = 'Inside' | 'Outside';
export type AutodiscoverResult = 'OnPremises' | 'ExchangeOnline' | 'Failed';
export type AutodiscoverMethod = 'Scp' | 'RootDomain' | 'AutodiscoverDomain' | 'Redirect' | 'Srv';
/**
 * Found: the endpoint answered for the mailbox (the lookup ends). Skipped: nothing to try.
 * NotResolved: the name has no address. NoAnswer: the host is no Autodiscover service.
 * CertificateMismatch: the HTTPS host's certificate is for another name. NotFound: the service
 * answered that it has no mailbox for the address.
 */
export type AutodiscoverOutcome = 'Found' | 'Skipped' | 'NotResolved' | 'NoAnswer' | 'CertificateMismatch' | 'NotFound';

export interface AutodiscoverStep {
  order: number;
  method: AutodiscoverMethod;
  target: string;
  outcome: AutodiscoverOutcome;
  detail: string;
}

export interface AutodiscoverLookup {
  emailAddress: string;
  from: AutodiscoverFrom;
  result: AutodiscoverResult;
  steps: AutodiscoverStep[];
}

/** Exchange Online's Autodiscover host (the CNAME target the cutover article names). */
export const EXO_AUTODISCOVER = 'autodiscover.outlook.com';
const EXO_REDIRECT = 'https://autodiscover-s.outlook.com/autodiscover/autodiscover.xml';

function valuesAt(zones: readonly DeepReadonly<DnsZone>[], name: string, type: DnsRecordType, now: number): DeepReadonly<DnsValue>[] {
  const rs = findZone(zones, name)?.records.find((r) => r.name === name && r.type === type);
  if (!rs) return [];
  if (rs.previous && now < rs.previous.visibleUntil) return [...rs.previous.values];
  return [...rs.values];
}

/** The zones that answer for `name` from where the client is. */
function zonesFor(world: ReadonlyWorld, from: AutodiscoverFrom, name: string): readonly DeepReadonly<DnsZone>[] {
  if (from === 'Inside' && findZone(world.dns.internalZones, name)) return world.dns.internalZones;
  return world.dns.zones;
}

export function lookupRecords(world: ReadonlyWorld, from: AutodiscoverFrom, name: string, type: DnsRecordType, now: number): DeepReadonly<DnsValue>[] {
  const n = normaliseDnsName(name);
  return valuesAt(zonesFor(world, from, n), n, type, now);
}

/** A name followed through its CNAMEs: the chain of names and the final addresses. */
export interface Resolution {
  chain: string[];
  addresses: string[];
}

export function resolveHost(world: ReadonlyWorld, from: AutodiscoverFrom, name: string, now: number): Resolution {
  const chain = [normaliseDnsName(name)];
  for (let i = 0; i < 8; i++) {
    const cname = lookupRecords(world, from, chain[chain.length - 1]!, 'CNAME', now);
    if (cname.length === 0) break;
    chain.push(normaliseDnsName(cname[0]!.value));
  }
  const last = chain[chain.length - 1]!;
  return { chain, addresses: lookupRecords(world, from, last, 'A', now).map((v) => v.value) };
}

type Host = { kind: 'OnPremises' } | { kind: 'ExchangeOnline' } | { kind: 'Other'; address: string | null } | { kind: 'Unresolved' };

/** What a host name reaches: the on-premises servers, Exchange Online's Autodiscover, something else, or nothing. */
function reach(world: ReadonlyWorld, from: AutodiscoverFrom, host: string, now: number): { host: Host; res: Resolution } {
  const res = resolveHost(world, from, host, now);
  const names = onPremHostNames(world);
  // Server names resolve inside (the AD domain's own records); outside, only published names do.
  if (from === 'Inside' && res.chain.some((n) => names.has(n))) return { host: { kind: 'OnPremises' }, res };
  if (res.chain.some((n) => n === EXO_AUTODISCOVER || n.endsWith('.outlook.com'))) return { host: { kind: 'ExchangeOnline' }, res };
  if (res.addresses.length === 0) return { host: { kind: 'Unresolved' }, res };
  const onPremIps = new Set<string>();
  for (const n of names) for (const a of resolveHost(world, 'Outside', n, now).addresses) onPremIps.add(a);
  if (res.addresses.some((a) => onPremIps.has(a))) return { host: { kind: 'OnPremises' }, res };
  return { host: { kind: 'Other', address: res.addresses[0]! }, res };
}

function describeChain(res: Resolution): string {
  const parts = res.chain.slice(1).map((n) => `CNAME ${n}`);
  if (res.addresses.length) parts.push(`A ${res.addresses[0]}`);
  return parts.length ? `${res.chain[0]} -> ${parts.join(' -> ')}` : res.chain[0]!;
}

function hostOfUrl(url: string): string | null {
  const m = /^[a-z]+:\/\/([^/:]+)/i.exec(url.trim());
  return m ? normaliseDnsName(m[1]!) : null;
}

export function autodiscoverLookup(world: ReadonlyWorld, emailAddress: string, from: AutodiscoverFrom, now: number): AutodiscoverLookup {
  const address = emailAddress.trim().toLowerCase();
  const domain = address.slice(address.lastIndexOf('@') + 1);
  const steps: AutodiscoverStep[] = [];
  const add = (method: AutodiscoverMethod, target: string, outcome: AutodiscoverOutcome, detail: string) =>
    void steps.push({ order: steps.length + 1, method, target, outcome, detail });
  const onPremHas = findOnPremRecipient(world, address) !== null;
  const cloud = findCloudRecipient(world, address);
  const done = (result: AutodiscoverResult): AutodiscoverLookup => ({ emailAddress, from, result, steps });

  /** An HTTPS endpoint on a host that reached `h`: on premises answers for its mailboxes; Exchange Online's certificate is not the domain's. */
  const https = (method: AutodiscoverMethod, url: string, host: string): AutodiscoverResult | null => {
    const { host: h, res } = reach(world, from, host, now);
    const via = describeChain(res);
    switch (h.kind) {
      case 'Unresolved':
        add(method, url, 'NotResolved', `${host} does not resolve ${from === 'Inside' ? 'on the internal DNS' : 'in public DNS'}.`);
        return null;
      case 'Other':
        add(method, url, 'NoAnswer', `${via}: no Autodiscover service answers there.`);
        return null;
      case 'ExchangeOnline':
        if (res.chain[0] === EXO_AUTODISCOVER) break;
        add(method, url, 'CertificateMismatch', `${via}: the certificate of ${EXO_AUTODISCOVER} is not valid for ${host}; Outlook tries the next method.`);
        return null;
      case 'OnPremises':
        if (!onPremHas) {
          add(method, url, 'NotFound', `${via}: the on-premises Autodiscover service has no mailbox for ${address}.`);
          return null;
        }
        add(method, url, 'Found', `${via}: the on-premises Exchange server answered with its settings for ${address}.`);
        return 'OnPremises';
    }
    return exoAnswer(method, url, `${via}`);
  };

  const exoAnswer = (method: AutodiscoverMethod, target: string, via: string): AutodiscoverResult | null => {
    if (!cloud) {
      add(method, target, 'NotFound', `${via}: Exchange Online has no mailbox for ${address}.`);
      return null;
    }
    add(method, target, 'Found', `${via}: Exchange Online answered with its settings for ${address}.`);
    return 'ExchangeOnline';
  };

  if (from === 'Inside') {
    const scp = world.onPrem.servers.filter((s) => s.roles.includes('ClientAccess') && s.autoDiscoverServiceInternalUri);
    if (scp.length === 0) add('Scp', 'Active Directory', 'Skipped', 'No Client Access server publishes an Autodiscover URL (AutoDiscoverServiceInternalUri is empty).');
    for (const s of scp) {
      const url = s.autoDiscoverServiceInternalUri!;
      const host = hostOfUrl(url);
      if (!host) {
        add('Scp', url, 'NoAnswer', `The SCP of ${s.name} holds no usable URL.`);
        continue;
      }
      const r = https('Scp', url, host);
      if (r) return done(r);
    }
  }

  const rootUrl = `https://${domain}/autodiscover/autodiscover.xml`;
  const r2 = https('RootDomain', rootUrl, domain);
  if (r2) return done(r2);

  const adHost = `autodiscover.${domain}`;
  const r3 = https('AutodiscoverDomain', `https://${adHost}/autodiscover/autodiscover.xml`, adHost);
  if (r3) return done(r3);

  // The HTTP redirect method: only a redirect counts (Outlook never takes settings over plain HTTP).
  const redirectUrl = `http://${adHost}/autodiscover/autodiscover.xml`;
  const { host: rh, res: rres } = reach(world, from, adHost, now);
  if (rh.kind === 'ExchangeOnline') {
    const r4 = exoAnswer('Redirect', redirectUrl, `${describeChain(rres)}: redirected to ${EXO_REDIRECT}`);
    if (r4) return done(r4);
  } else if (rh.kind === 'Unresolved') add('Redirect', redirectUrl, 'NotResolved', `${adHost} does not resolve ${from === 'Inside' ? 'on the internal DNS' : 'in public DNS'}.`);
  else add('Redirect', redirectUrl, 'NoAnswer', `${describeChain(rres)}: no redirect is returned.`);

  const srvName = `_autodiscover._tcp.${domain}`;
  const srv = [...lookupRecords(world, from, srvName, 'SRV', now)].sort((a, b) => a.preference - b.preference);
  if (srv.length === 0) add('Srv', srvName, 'NotResolved', `${srvName} has no SRV record.`);
  else {
    const value = srv[0]!.value.trim();
    // "priority weight port target" or the target alone.
    const target = normaliseDnsName(/^\d+\s+\d+\s+\d+\s+(\S+)$/.exec(value)?.[1] ?? value);
    const url = `https://${target}/autodiscover/autodiscover.xml`;
    const { host: sh, res: sres } = reach(world, from, target, now);
    let r5: AutodiscoverResult | null = null;
    if (sh.kind === 'ExchangeOnline') r5 = exoAnswer('Srv', url, `${srvName} -> ${describeChain(sres)}`);
    else if (sh.kind === 'OnPremises') r5 = https('Srv', url, target);
    else add('Srv', url, sh.kind === 'Unresolved' ? 'NotResolved' : 'NoAnswer', `${srvName} -> ${describeChain(sres)}: no Autodiscover service answers there.`);
    if (r5) return done(r5);
  }
  return done('Failed');
}
