/**
 * Set-AcceptedDomain: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Set-AcceptedDomain.md, CC BY 4.0), with its help synopsis (the rest of
 * its help is in cmdlets/reference-help/pages.ts). Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const SET_ACCEPTED_DOMAIN: CmdletMetadata = {
  "name": "Set-AcceptedDomain",
  "source": "ExchangeOnlineManagement",
  "parameters": [
    {
      "name": "Identity",
      "type": "AcceptedDomainIdParameter",
      "sets": {
        "__AllParameterSets": {
          "position": 0,
          "mandatory": true,
          "valueFromPipeline": true
        }
      }
    },
    {
      "name": "CanHaveCloudCache",
      "type": "Boolean"
    },
    {
      "name": "DomainType",
      "type": "AcceptedDomainType",
      "enumValues": [
        "Authoritative",
        "ExternalRelay",
        "InternalRelay"
      ]
    },
    {
      "name": "EnableNego2Authentication",
      "type": "Boolean"
    },
    {
      "name": "MailFlowRegion",
      "type": "String"
    },
    {
      "name": "MatchSubDomains",
      "type": "Boolean"
    },
    {
      "name": "OutboundOnly",
      "type": "Boolean"
    },
    {
      "name": "SendingFromDomainDisabled",
      "type": "Boolean"
    },
    {
      "name": "SendingToDomainDisabled",
      "type": "Boolean"
    }
  ],
  "supportsShouldProcess": true,
  "confirmImpact": "Medium",
  "outputType": [
    "Microsoft.Exchange.Data.Directory.SystemConfiguration.AcceptedDomain"
  ],
  "help": {
    "synopsis": "Use the Set-AcceptedDomain cmdlet to modify existing accepted domains in your organization. An accepted domain is any SMTP namespace for which an Exchange organization sends and receives email.",
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/set-accepteddomain",
    "referencePage": "Set-AcceptedDomain"
  }
};
