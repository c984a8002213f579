/**
 * Disable-OutlookAnywhere: the Exchange Server parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Disable-OutlookAnywhere.md, CC BY 4.0), with its help synopsis, description and
 * examples. Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const DISABLE_OUTLOOK_ANYWHERE: CmdletMetadata = {
  "name": "Disable-OutlookAnywhere",
  "source": "Microsoft.Exchange.Management.PowerShell.E2010",
  "defaultParameterSet": "Identity",
  "parameters": [
    {
      "name": "Identity",
      "type": "VirtualDirectoryIdParameter",
      "sets": {
        "Identity": {
          "position": 0,
          "mandatory": true,
          "valueFromPipeline": true
        }
      },
      "description": "The Identity parameter specifies the Outlook Anywhere virtual directory that you want to disable. You can use any value that uniquely identifies the virtual directory. For example:"
    },
    {
      "name": "DomainController",
      "type": "Fqdn",
      "sets": {
        "Identity": {},
        "Server": {}
      },
      "description": "The DomainController parameter specifies the domain controller that's used by this cmdlet to read data from or write data to Active Directory. You identify the domain controller by its fully qualified domain name (FQDN). For example, dc01.contoso.com."
    },
    {
      "name": "Server",
      "type": "ServerIdParameter",
      "sets": {
        "Server": {
          "valueFromPipeline": true
        }
      },
      "description": "The Server parameter specifies the Client Access server where you want to run this command. You can use any value that uniquely identifies the server. For example:"
    }
  ],
  "supportsShouldProcess": true,
  "confirmImpact": "Medium",
  "help": {
    "synopsis": "Use the Disable-OutlookAnywhere cmdlet to disable Outlook Anywhere on Exchange Server 2010 Client Access servers.",
    "description": "Enabling Outlook Anywhere on the Client Access server prevents the server from accepting external connections by Outlook 2003 or later clients by using Outlook Anywhere.\n\nWhen you run this cmdlet, it can take as long as an hour for the settings to become effective, depending on how long it takes for Active Directory to replicate.",
    "examples": [
      {
        "title": "Example 1",
        "code": "Disable-OutlookAnywhere -Server CAS01",
        "remarks": "This example disables Outlook Anywhere on the Client Access server named CAS01."
      },
      {
        "title": "Example 2",
        "code": "Disable-OutlookAnywhere -Identity: \"exch01\\rpc (Default Web Site)\"",
        "remarks": "This example disables Outlook Anywhere on the specified virtual directory on the Client Access server named exch01."
      }
    ],
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/disable-outlookanywhere"
  }
};
