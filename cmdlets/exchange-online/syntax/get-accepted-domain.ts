/**
 * Get-AcceptedDomain: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Get-AcceptedDomain.md, CC BY 4.0), with its help synopsis (the rest of
 * its help is in cmdlets/reference-help/pages.ts). Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
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
      }
    },
    {
      "name": "ResultSize",
      "type": "Unlimited"
    }
  ],
  "outputType": [
    "Microsoft.Exchange.Data.Directory.SystemConfiguration.AcceptedDomain"
  ],
  "help": {
    "synopsis": "Use the Get-AcceptedDomain cmdlet to view the configuration information for the accepted domains in your organization.",
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/get-accepteddomain",
    "referencePage": "Get-AcceptedDomain"
  }
};
