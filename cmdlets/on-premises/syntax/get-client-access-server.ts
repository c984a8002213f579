/**
 * Get-ClientAccessServer: the Exchange Server parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Get-ClientAccessServer.md, CC BY 4.0), with its help synopsis (the rest of
 * its help is in cmdlets/reference-help/pages.ts). Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const GET_CLIENT_ACCESS_SERVER: CmdletMetadata = {
  "name": "Get-ClientAccessServer",
  "source": "Microsoft.Exchange.Management.PowerShell.E2010",
  "parameters": [
    {
      "name": "Identity",
      "type": "ClientAccessServerIdParameter",
      "sets": {
        "__AllParameterSets": {
          "position": 0,
          "valueFromPipeline": true
        }
      }
    },
    {
      "name": "DomainController",
      "type": "Fqdn"
    },
    {
      "name": "IncludeAlternateServiceAccountCredentialPassword",
      "type": "SwitchParameter"
    },
    {
      "name": "IncludeAlternateServiceAccountCredentialStatus",
      "type": "SwitchParameter"
    }
  ],
  "outputType": [
    "Microsoft.Exchange.Data.Directory.Management.ClientAccessServer"
  ],
  "help": {
    "synopsis": "Use the Get-ClientAccessServer cmdlet to view settings that are associated with the Client Access server role.",
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/get-clientaccessserver",
    "referencePage": "Get-ClientAccessServer"
  }
};
