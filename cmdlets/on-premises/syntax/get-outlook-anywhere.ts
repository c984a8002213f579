/**
 * Get-OutlookAnywhere: the Exchange Server parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Get-OutlookAnywhere.md, CC BY 4.0), with its help synopsis (the rest of
 * its help is in cmdlets/reference-help/pages.ts). Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const GET_OUTLOOK_ANYWHERE: CmdletMetadata = {
  "name": "Get-OutlookAnywhere",
  "source": "Microsoft.Exchange.Management.PowerShell.E2010",
  "defaultParameterSet": "Identity",
  "parameters": [
    {
      "name": "Identity",
      "type": "VirtualDirectoryIdParameter",
      "sets": {
        "Identity": {
          "position": 0,
          "valueFromPipeline": true
        }
      }
    },
    {
      "name": "Server",
      "type": "ServerIdParameter",
      "sets": {
        "Server": {
          "mandatory": true,
          "valueFromPipeline": true
        }
      }
    },
    {
      "name": "ADPropertiesOnly",
      "type": "SwitchParameter",
      "sets": {
        "Server": {},
        "Identity": {}
      }
    },
    {
      "name": "DomainController",
      "type": "Fqdn",
      "sets": {
        "Server": {},
        "Identity": {}
      }
    },
    {
      "name": "ShowMailboxVirtualDirectories",
      "type": "SwitchParameter",
      "sets": {
        "Server": {},
        "Identity": {}
      }
    }
  ],
  "outputType": [
    "Microsoft.Exchange.Data.Directory.SystemConfiguration.ADRpcHttpVirtualDirectory"
  ],
  "help": {
    "synopsis": "Use the Get-OutlookAnywhere cmdlet to view Outlook Anywhere virtual directories that are used in Internet Information Services (IIS) on Microsoft Exchange servers.",
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/get-outlookanywhere",
    "referencePage": "Get-OutlookAnywhere"
  }
};
