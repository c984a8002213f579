/**
 * Set-ClientAccessServer: the Exchange Server parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Set-ClientAccessServer.md, CC BY 4.0), with its help synopsis, description and
 * examples. Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const SET_CLIENT_ACCESS_SERVER: CmdletMetadata = {
  "name": "Set-ClientAccessServer",
  "source": "Microsoft.Exchange.Management.PowerShell.E2010",
  "defaultParameterSet": "Identity",
  "parameters": [
    {
      "name": "Identity",
      "type": "ClientAccessServerIdParameter",
      "sets": {
        "AlternateServiceAccount": {
          "position": 0,
          "mandatory": true,
          "valueFromPipeline": true
        },
        "Identity": {
          "position": 0,
          "mandatory": true,
          "valueFromPipeline": true
        }
      },
      "description": "The Identity parameter specifies the server that you want to modify. You can use any value that uniquely identifies the server. For example:"
    },
    {
      "name": "AlternateServiceAccountCredential",
      "type": "PSCredential[]",
      "sets": {
        "AlternateServiceAccount": {}
      },
      "description": "The AlternateServiceAccountCredential parameter specifies an alternative service account username and password that's typically used for Kerberos authentication in Exchange Server 2010 coexistence environments. You can specify multiple values separated by commas."
    },
    {
      "name": "Array",
      "type": "ClientAccessArrayIdParameter",
      "sets": {
        "Identity": {}
      },
      "description": "This parameter is reserved for internal Microsoft use."
    },
    {
      "name": "AutoDiscoverServiceInternalUri",
      "type": "Uri",
      "sets": {
        "Identity": {}
      },
      "description": "The AutoDiscoverServiceInternalUri parameter specifies the internal URL of the Autodiscover service."
    },
    {
      "name": "AutoDiscoverSiteScope",
      "type": "MultiValuedProperty",
      "sets": {
        "Identity": {}
      },
      "description": "The AutoDiscoverSiteScope parameter specifies the Active Directory site that the Autodiscover service is authoritative for. Clients that connect to the Autodiscover service by using the internal URL need to exist in the specified site."
    },
    {
      "name": "CleanUpInvalidAlternateServiceAccountCredentials",
      "type": "SwitchParameter",
      "sets": {
        "AlternateServiceAccount": {}
      },
      "description": "The CleanUpInvalidAlternateServiceAccountCredentials switch specifies whether to remove a previously configured alternate service account that's no longer valid. You don't need to specify a value with this switch."
    },
    {
      "name": "DomainController",
      "type": "Fqdn",
      "sets": {
        "AlternateServiceAccount": {},
        "Identity": {}
      },
      "description": "The DomainController parameter specifies the domain controller that's used by this cmdlet to read data from or write data to Active Directory. You identify the domain controller by its fully qualified domain name (FQDN). For example, dc01.contoso.com."
    },
    {
      "name": "IrmLogEnabled",
      "type": "Boolean",
      "sets": {
        "AlternateServiceAccount": {},
        "Identity": {}
      },
      "description": "The IrmLogEnabled parameter specifies whether logging is enabled for Information Rights Management (IRM). Valid values are $true or $false. The default value is $true."
    },
    {
      "name": "IrmLogMaxAge",
      "type": "EnhancedTimeSpan",
      "sets": {
        "AlternateServiceAccount": {},
        "Identity": {}
      },
      "description": "The IrmLogMaxAge parameter specifies the max age for IRM logs. Logs older than the specified value are deleted."
    },
    {
      "name": "IrmLogMaxDirectorySize",
      "type": "Unlimited",
      "sets": {
        "AlternateServiceAccount": {},
        "Identity": {}
      },
      "description": "The IrmLogMaxDirectorySize parameter specifies the maximum directory size for IRM logs. When the maximum directory size is reached, the server deletes the old log files first."
    },
    {
      "name": "IrmLogMaxFileSize",
      "type": "ByteQuantifiedSize",
      "sets": {
        "AlternateServiceAccount": {},
        "Identity": {}
      },
      "description": "The IrmLogMaxFileSize parameter specifies the maximum size of the IRM log. This value can't be larger than the IrmLogMaxDirectorySize parameter value."
    },
    {
      "name": "IrmLogPath",
      "type": "LocalLongFullPath",
      "sets": {
        "AlternateServiceAccount": {},
        "Identity": {}
      },
      "description": "The IrmLogPath parameter specifies the location of the IRM log files. The default location is %ExchangeInstallPath%Logging\\\\IRMLogs."
    },
    {
      "name": "IsOutOfService",
      "type": "Boolean",
      "sets": {
        "AlternateServiceAccount": {},
        "Identity": {}
      },
      "description": "This parameter is reserved for internal Microsoft use."
    },
    {
      "name": "RemoveAlternateServiceAccountCredentials",
      "type": "SwitchParameter",
      "sets": {
        "AlternateServiceAccount": {}
      },
      "description": "The RemoveAlternateServiceAccountCredentials switch specifies whether to remove a previously distributed alternate service account. You don't need to specify a value with this switch."
    }
  ],
  "supportsShouldProcess": true,
  "confirmImpact": "Medium",
  "help": {
    "synopsis": "Use the Set-ClientAccessServer cmdlet to modify settings that are associated with the Client Access server role.",
    "description": "",
    "examples": [
      {
        "title": "Example 1",
        "code": "Set-ClientAccessServer -Identity \"MBX-01\" -AutoDiscoverServiceInternalUri \"https://mbx01.contoso.com/autodiscover/autodiscover.xml\" -AutoDiscoverSiteScope \"Mail\"",
        "remarks": "This example configures the internal Autodiscover URL for the Active Directory site named Mail in the client access services on the server named MBX-01."
      }
    ],
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/set-clientaccessserver"
  }
};
