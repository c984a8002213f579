/**
 * New-AcceptedDomain: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/New-AcceptedDomain.md, CC BY 4.0), with its help synopsis, description and
 * examples. Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
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
      },
      "description": "The Name parameter specifies a unique name for the accepted domain object."
    },
    {
      "name": "DomainName",
      "type": "SmtpDomainWithSubdomains",
      "sets": {
        "__AllParameterSets": {
          "mandatory": true
        }
      },
      "description": "The DomainName parameter specifies the SMTP domain that you want to establish as an accepted domain. Valid input for the DomainName parameter is an SMTP domain. You can use a wildcard character to specify all subdomains of a specified domain, as shown in the following example: \\*.contoso.com."
    },
    {
      "name": "DomainType",
      "type": "AcceptedDomainType",
      "enumValues": [
        "Authoritative",
        "ExternalRelay",
        "InternalRelay"
      ],
      "description": "The DomainType parameter specifies the type of accepted domain that you want to configure. Valid values are Authoritative, InternalRelay or ExternalRelay. You must set at least one value."
    }
  ],
  "supportsShouldProcess": true,
  "confirmImpact": "Medium",
  "outputType": [
    "Microsoft.Exchange.Data.Directory.SystemConfiguration.AcceptedDomain"
  ],
  "help": {
    "synopsis": "Use the New-AcceptedDomain cmdlet to create an accepted domain in your organization. An accepted domain is any SMTP namespace for which an Exchange organization sends and receives email.",
    "description": "",
    "examples": [
      {
        "title": "Example 1",
        "code": "New-AcceptedDomain -DomainName Contoso.com -DomainType Authoritative -Name Contoso",
        "remarks": "This example creates the new authoritative accepted domain Contoso."
      }
    ],
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/new-accepteddomain"
  }
};
