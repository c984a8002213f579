/**
 * Get-ClientAccessServer: the Exchange Server parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Get-ClientAccessServer.md, CC BY 4.0), with its help synopsis, description and
 * examples. Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
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
      },
      "description": "The Identity parameter specifies the server with the Client Access server role installed that you want to view."
    },
    {
      "name": "DomainController",
      "type": "Fqdn",
      "description": "The DomainController parameter specifies the domain controller that's used by this cmdlet to read data from or write data to Active Directory. You identify the domain controller by its fully qualified domain name (FQDN). For example, dc01.contoso.com."
    },
    {
      "name": "IncludeAlternateServiceAccountCredentialPassword",
      "type": "SwitchParameter",
      "description": "The IncludeAlternateServiceAccountCredentialPassword switch specifies whether to include the password of the alternate service account in the results. You don't need to specify a value with this switch."
    },
    {
      "name": "IncludeAlternateServiceAccountCredentialStatus",
      "type": "SwitchParameter",
      "description": "The IncludeAlternateServiceAccountCredentialStatus parameter specifies whether to include the status of the alternate service account in the results. You don't need to specify a value with this switch."
    }
  ],
  "outputType": [
    "Microsoft.Exchange.Data.Directory.Management.ClientAccessServer"
  ],
  "help": {
    "synopsis": "Use the Get-ClientAccessServer cmdlet to view settings that are associated with the Client Access server role.",
    "description": "",
    "examples": [
      {
        "title": "Example 1",
        "code": "Get-ClientAccessServer",
        "remarks": "This example returns a summary list of all Exchange servers in your organization that have the Client Access server role installed."
      },
      {
        "title": "Example 2",
        "code": "Get-ClientAccessServer -Identity mail.contoso.com | Format-List",
        "remarks": "This example returns detailed information for the server mail.contoso.com."
      }
    ],
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/get-clientaccessserver"
  }
};
