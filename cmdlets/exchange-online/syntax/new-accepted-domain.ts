/**
 * New-AcceptedDomain: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/New-AcceptedDomain.md, CC BY 4.0), with its help synopsis (the rest of
 * its help is in cmdlets/reference-help/pages.ts). Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const NEW_ACCEPTED_DOMAIN: CmdletMetadata = {
  "name": "New-AcceptedDomain",
  "source": "ExchangeOnlineManagement",
  "parameters": [
    {
      "name": "Name",
      "type": "String",
      "sets": {
        "__AllParameterSets": {
          "position": 0,
          "mandatory": true
        }
      }
    },
    {
      "name": "DomainName",
      "type": "SmtpDomainWithSubdomains",
      "sets": {
        "__AllParameterSets": {
          "mandatory": true
        }
      }
    },
    {
      "name": "DomainType",
      "type": "AcceptedDomainType",
      "enumValues": [
        "Authoritative",
        "ExternalRelay",
        "InternalRelay"
      ]
    }
  ],
  "supportsShouldProcess": true,
  "confirmImpact": "Medium",
  "outputType": [
    "Microsoft.Exchange.Data.Directory.SystemConfiguration.AcceptedDomain"
  ],
  "help": {
    "synopsis": "Use the New-AcceptedDomain cmdlet to create an accepted domain in your organization. An accepted domain is any SMTP namespace for which an Exchange organization sends and receives email.",
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/new-accepteddomain",
    "referencePage": "New-AcceptedDomain"
  }
};
