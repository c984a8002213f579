/**
 * Get/New/Set/Remove-AcceptedDomain in Exchange Online (reference/exchange-cmdlets/Get-AcceptedDomain.md,
 * New-AcceptedDomain.md). In Microsoft 365 the accepted domains are the tenant's verified domains plus
 * the initial onmicrosoft.com domain (S1 Step 1): New- accepts only a domain already verified in the
 * admin center; Set- changes the domain type or the default; Remove- refuses the default and initial domains.
 */
import { defineCmdlet, type CmdletContext, type ParameterDeclaration } from '../../src/engine/cmdlet';
import type { World } from '../../src/model/world';
import { acceptedDomainObject, TYPES } from '../exchange-types';
import { GET_ACCEPTED_DOMAIN } from './syntax/get-accepted-domain';
import { NEW_ACCEPTED_DOMAIN } from './syntax/new-accepted-domain';
import { declare, enumName, fail, identityOf, inTransaction, reading, runspaceId, str, unlimited } from './context';
import { EXO_MODULE } from './connection';

type Domain = { name: string; domainType: 'Authoritative' | 'InternalRelay' | 'ExternalRelay'; isDefault: boolean };

/** The accepted domains as Exchange Online lists them: the initial domain first, then the verified ones. */
function acceptedDomains(w: World): Domain[] {
  const anyDefault = w.tenant.domains.some((d) => d.verified && d.isDefault);
  return [
    { name: w.tenant.initialDomain, domainType: 'Authoritative' as const, isDefault: !anyDefault },
    ...w.tenant.domains.filter((d) => d.verified).map((d) => ({ name: d.name, domainType: d.domainType, isDefault: d.isDefault })),
  ];
}

function findDomain(w: World, identity: string): Domain {
  const d = acceptedDomains(w).find((x) => x.name.toLowerCase() === identity.trim().toLowerCase());
  if (!d) fail('ObjectNotFound', [identity, serverOf(w)], identity);
  return d!;
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
      const rows = id ? [findDomain(w, id)] : acceptedDomains(w);
      const size = unlimited(ctx, 'ResultSize') ?? 1000;
      for (const d of size === 'Unlimited' ? rows : rows.slice(0, size)) write(ctx, d);
    });
  },
});

export const newAcceptedDomainCmdlet = defineCmdlet({
  ...declare({ ...NEW_ACCEPTED_DOMAIN, source: EXO_MODULE }, {}),
  process(ctx) {
    const domainName = str(ctx, 'DomainName') ?? '';
    const type = (enumName(ctx, 'DomainType') ?? 'Authoritative') as Domain['domainType'];
    const done = inTransaction(ctx, (w) => {
      if (!ctx.shouldProcess(domainName)) return false;
      const d = w.tenant.domains.find((x) => x.name.toLowerCase() === domainName.toLowerCase());
      if (domainName.toLowerCase() === w.tenant.initialDomain.toLowerCase()) fail('AcceptedDomainExists', [domainName], domainName);
      if (!d || !d.verified) fail('AcceptedDomainNotVerified', [domainName], domainName);
      // A verified domain is already accepted unless it was removed (domainType kept as the marker of acceptance).
      d!.domainType = type;
      return true;
    });
    if (done) reading(ctx, (w) => write(ctx, findDomain(w, domainName)));
  },
});

const IDENTITY: ParameterDeclaration = {
  name: 'Identity',
  type: 'AcceptedDomainIdParameter',
  sets: { __AllParameterSets: { position: 0, mandatory: true, valueFromPipeline: true } },
  description: 'The accepted domain: its name or domain name (contoso.com).',
};

export const setAcceptedDomainCmdlet = defineCmdlet({
  name: 'Set-AcceptedDomain',
  source: EXO_MODULE,
  supportsShouldProcess: true,
  confirmImpact: 'Medium',
  parameters: [
    IDENTITY,
    { name: 'DomainType', type: 'AcceptedDomainType', enumValues: ['Authoritative', 'ExternalRelay', 'InternalRelay'], description: 'Authoritative, InternalRelay or ExternalRelay.' },
    { name: 'MakeDefault', type: 'SwitchParameter', description: 'Makes the domain the default accepted domain.' },
    { name: 'MatchSubDomains', type: 'Boolean', description: 'Accepts mail for subdomains.', noEffect: 'mail flow to subdomains is not emulated' },
    { name: 'OutboundOnly', type: 'Boolean', description: 'Marks the domain as outbound only.', noEffect: 'mail flow to subdomains is not emulated' },
    { name: 'SendingFromDomainDisabled', type: 'Boolean', description: 'Disables sending from the domain.', noEffect: 'outbound mail is not emulated' },
  ],
  outputType: [TYPES.acceptedDomain],
  help: {
    synopsis: 'Use the Set-AcceptedDomain cmdlet to modify an existing accepted domain.',
    examples: [{ code: 'Set-AcceptedDomain -Identity contoso.com -MakeDefault', remarks: 'Makes contoso.com the default accepted domain.' }],
    onlineUri: 'https://learn.microsoft.com/powershell/module/exchangepowershell/set-accepteddomain',
  },
  process(ctx) {
    const id = identityOf(ctx.params.Identity) ?? '';
    inTransaction(ctx, (w) => {
      findDomain(w, id);
      if (!ctx.shouldProcess(id)) return;
      const d = w.tenant.domains.find((x) => x.name.toLowerCase() === id.toLowerCase());
      const type = enumName(ctx, 'DomainType') as Domain['domainType'] | undefined;
      if (d && type) d.domainType = type;
      if (ctx.params.MakeDefault === true) for (const x of w.tenant.domains) x.isDefault = d !== undefined && x === d;
    });
  },
});

export const removeAcceptedDomainCmdlet = defineCmdlet({
  name: 'Remove-AcceptedDomain',
  source: EXO_MODULE,
  supportsShouldProcess: true,
  confirmImpact: 'High',
  parameters: [IDENTITY],
  help: {
    synopsis: 'Use the Remove-AcceptedDomain cmdlet to remove an accepted domain.',
    examples: [{ code: 'Remove-AcceptedDomain -Identity fabrikam.com', remarks: 'Removes the accepted domain fabrikam.com.' }],
    onlineUri: 'https://learn.microsoft.com/powershell/module/exchangepowershell/remove-accepteddomain',
  },
  process(ctx) {
    const id = identityOf(ctx.params.Identity) ?? '';
    inTransaction(ctx, (w) => {
      const d = findDomain(w, id);
      if (d.name.toLowerCase() === w.tenant.initialDomain.toLowerCase()) fail('AcceptedDomainInitial', [d.name], d.name);
      if (d.isDefault) fail('AcceptedDomainIsDefault', [d.name], d.name);
      if (!ctx.shouldProcess(id)) return;
      w.tenant.domains.splice(w.tenant.domains.findIndex((x) => x.name.toLowerCase() === d.name.toLowerCase()), 1);
    });
  },
});

export const ACCEPTED_DOMAIN_CMDLETS = [getAcceptedDomainCmdlet, newAcceptedDomainCmdlet, setAcceptedDomainCmdlet, removeAcceptedDomainCmdlet];
