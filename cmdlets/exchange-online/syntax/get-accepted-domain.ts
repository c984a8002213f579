/**
 * Get-AcceptedDomain: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Get-AcceptedDomain.md, CC BY 4.0), with its help synopsis, description and
 * examples. Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const GET_ACCEPTED_DOMAIN: CmdletMetadata = {
  "name": "Get-AcceptedDomain",
  "source": "ExchangeOnlineManagement",
  "parameters": [
    {
      "name": "Identity",
      "type": "AcceptedDomainIdParameter",
      "sets": {
        "__AllParameterSets": {
          "position": 0,
          "valueFromPipeline": true
        }
      },
      "description": "The Identity parameter specifies a string value for the accepted domain. Enter either the GUID or the name of the accepted domain."
    },
    {
      "name": "ResultSize",
      "type": "Unlimited",
      "description": "The ResultSize parameter specifies the maximum number of results to return. If you want to return all requests that match the query, use unlimited for the value of this parameter. The default value is 1000."
    }
  ],
  "outputType": [
    "Microsoft.Exchange.Data.Directory.SystemConfiguration.AcceptedDomain"
  ],
  "help": {
    "synopsis": "Use the Get-AcceptedDomain cmdlet to view the configuration information for the accepted domains in your organization.",
    "description": "",
    "examples": [
      {
        "title": "Example 1",
        "code": "Get-AcceptedDomain",
        "remarks": "This example lists all the accepted domains in your organization."
      },
      {
        "title": "Example 2",
        "code": "Get-AcceptedDomain | Where{$_.DomainType -eq 'Authoritative'}",
        "remarks": "This example lists all the authoritative accepted domains in your organization."
      }
    ],
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/get-accepteddomain"
  }
};
