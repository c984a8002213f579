/**
 * Get/New/Set/Remove-AcceptedDomain in Exchange Online (reference/exchange-cmdlets/Get-AcceptedDomain.md,
 * New-AcceptedDomain.md). In Microsoft 365 the accepted domains are the tenant's verified domains plus
 * the initial onmicrosoft.com domain (S1 Step 1): New- accepts only a domain already verified in the
 * admin center; Set- changes the domain type or the default; Remove- refuses the default and initial domains.
 */
import { defineCmdlet, type CmdletContext } from '../../src/engine/cmdlet';
import type { World } from '../../src/model/world';
import { acceptedDomainObject, TYPES } from '../exchange-types';
import { acceptDomain, findAcceptedDomain, listAcceptedDomains, removeAcceptedDomain, setAcceptedDomain, type AcceptedDomainView, type DomainOutcome, type DomainType } from '../../src/model/accepted-domains';
import { GET_ACCEPTED_DOMAIN } from './syntax/get-accepted-domain';
import { NEW_ACCEPTED_DOMAIN } from './syntax/new-accepted-domain';
import { SET_ACCEPTED_DOMAIN } from './syntax/set-accepted-domain';
import { REMOVE_ACCEPTED_DOMAIN } from './syntax/remove-accepted-domain';
import { declare, enumName, fail, identityOf, inTransaction, limitResults, reading, runspaceId, str } from './context';
import { EXO_MODULE } from './connection';
import { shouldProcessExchange } from '../exchange-confirm';

type Domain = AcceptedDomainView;

function findDomain(w: World, identity: string): Domain {
  const d = findAcceptedDomain(w, identity);
  if (!d) fail('ObjectNotFound', [identity, serverOf(w)], identity);
  return d!;
}

/** Turns a refused outcome of the model into the cmdlet's error (throws). */
function check(w: World, outcome: DomainOutcome, domain: string): void {
  if (outcome === 'not-found') fail('ObjectNotFound', [domain, serverOf(w)], domain);
  if (outcome === 'not-verified') fail('AcceptedDomainNotVerified', [domain], domain);
  if (outcome === 'exists') fail('AcceptedDomainExists', [domain], domain);
  if (outcome === 'initial') fail('AcceptedDomainInitial', [domain], domain);
  if (outcome === 'default') fail('AcceptedDomainIsDefault', [domain], domain);
}

/** The directory server name Exchange Online's not-found errors mention. */
export function serverOf(w: World): string {
  return `${w.tenant.name.toUpperCase()}PR01A001.PROD.OUTLOOK.COM`;
}

function write(ctx: CmdletContext, d: Domain): void {
  ctx.writeObject(acceptedDomainObject(d, runspaceId(ctx)));
}

export const getAcceptedDomainCmdlet = defineCmdlet({
  ...declare(GET_ACCEPTED_DOMAIN, {}),
  process(ctx) {
    reading(ctx, (w) => {
      const id = identityOf(ctx.params.Identity);
      const rows = id ? [findDomain(w, id)] : listAcceptedDomains(w);
      for (const d of limitResults(ctx, rows)) write(ctx, d);
    });
  },
});

export const newAcceptedDomainCmdlet = defineCmdlet({
  ...declare({ ...NEW_ACCEPTED_DOMAIN, source: EXO_MODULE }, {}),
  process(ctx) {
    const domainName = str(ctx, 'DomainName') ?? '';
    const type = (enumName(ctx, 'DomainType') ?? 'Authoritative') as DomainType;
    const done = inTransaction(ctx, (w) => {
      if (!shouldProcessExchange(ctx, 'New-AcceptedDomain', str(ctx, 'Name') ?? domainName, domainName)) return false;
      check(w, acceptDomain(w, domainName, type), domainName);
      return true;
    });
    if (done) reading(ctx, (w) => write(ctx, findDomain(w, domainName)));
  },
});

export const setAcceptedDomainCmdlet = defineCmdlet({
  ...declare({ ...SET_ACCEPTED_DOMAIN, source: EXO_MODULE }, {
    CanHaveCloudCache: 'cloud cache is not emulated',
    EnableNego2Authentication: 'Nego2 authentication is not emulated',
    MailFlowRegion: 'mail flow is not emulated',
    MatchSubDomains: 'mail flow to subdomains is not emulated',
    OutboundOnly: 'mail flow to subdomains is not emulated',
    SendingFromDomainDisabled: 'outbound mail is not emulated',
    SendingToDomainDisabled: 'outbound mail is not emulated',
  }),
  outputType: [TYPES.acceptedDomain],
  process(ctx) {
    const id = identityOf(ctx.params.Identity) ?? '';
    inTransaction(ctx, (w) => {
      const d = findDomain(w, id);
      if (!shouldProcessExchange(ctx, 'Set-AcceptedDomain', d.name)) return;
      check(w, setAcceptedDomain(w, id, { domainType: enumName(ctx, 'DomainType') as DomainType | undefined }), id);
    });
  },
});

export const removeAcceptedDomainCmdlet = defineCmdlet({
  ...declare({ ...REMOVE_ACCEPTED_DOMAIN, source: EXO_MODULE }, {}),
  process(ctx) {
    const id = identityOf(ctx.params.Identity) ?? '';
    inTransaction(ctx, (w) => {
      const d = findDomain(w, id);
      if (d.isInitial) check(w, 'initial', d.name);
      if (d.isDefault) check(w, 'default', d.name);
      if (!shouldProcessExchange(ctx, 'Remove-AcceptedDomain', d.name)) return;
      check(w, removeAcceptedDomain(w, id), d.name);
    });
  },
});

export const ACCEPTED_DOMAIN_CMDLETS = [getAcceptedDomainCmdlet, newAcceptedDomainCmdlet, setAcceptedDomainCmdlet, removeAcceptedDomainCmdlet];
