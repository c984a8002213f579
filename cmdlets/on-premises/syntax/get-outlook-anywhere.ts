/**
 * Get-OutlookAnywhere: the Exchange Server parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Get-OutlookAnywhere.md, CC BY 4.0), with its help synopsis, description and
 * examples. Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
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
      },
      "description": "The Identity parameter specifies the Outlook Anywhere virtual directory that you want to view. You can use any value that uniquely identifies the virtual directory. For example:"
    },
    {
      "name": "Server",
      "type": "ServerIdParameter",
      "sets": {
        "Server": {
          "mandatory": true,
          "valueFromPipeline": true
        }
      },
      "description": "The Server parameter specifies the Exchange server that hosts the virtual directory. You can use any value that uniquely identifies the server. For example:"
    },
    {
      "name": "ADPropertiesOnly",
      "type": "SwitchParameter",
      "sets": {
        "Server": {},
        "Identity": {}
      },
      "description": "The ADPropertiesOnly switch specifies whether to return only the virtual directory properties that are stored in Active Directory. You don't need to specify a value with this switch."
    },
    {
      "name": "DomainController",
      "type": "Fqdn",
      "sets": {
        "Server": {},
        "Identity": {}
      },
      "description": "The DomainController parameter specifies the domain controller that's used by this cmdlet to read data from or write data to Active Directory. You identify the domain controller by its fully qualified domain name (FQDN). For example, dc01.contoso.com."
    },
    {
      "name": "ShowMailboxVirtualDirectories",
      "type": "SwitchParameter",
      "sets": {
        "Server": {},
        "Identity": {}
      },
      "description": "The ShowMailboxVirtualDirectories switch shows information about backend virtual directories on Mailbox servers. You don't need to specify a value with this switch."
    }
  ],
  "outputType": [
    "Microsoft.Exchange.Data.Directory.SystemConfiguration.ADRpcHttpVirtualDirectory"
  ],
  "help": {
    "synopsis": "Use the Get-OutlookAnywhere cmdlet to view Outlook Anywhere virtual directories that are used in Internet Information Services (IIS) on Microsoft Exchange servers.",
    "description": "",
    "examples": [
      {
        "title": "Example 1",
        "code": "Get-OutlookAnywhere -Server MBX01",
        "remarks": "This example returns all Outlook Anywhere virtual directories on the server named MBX01."
      },
      {
        "title": "Example 2",
        "code": "Get-OutlookAnywhere -Identity \"EXCH01\\Rpc (Default Web Site)\"",
        "remarks": "This example returns information about the Outlook Anywhere virtual directory named Rpc on the default web site of the server named EXCH01."
      }
    ],
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/get-outlookanywhere"
  }
};
