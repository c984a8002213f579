/**
 * Set-AcceptedDomain: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Set-AcceptedDomain.md, CC BY 4.0), with its help synopsis, description and
 * examples. Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
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
      },
      "description": "The Identity parameter specifies the accepted domain you want to modify. You can use any value that uniquely identifies the accepted domain object. For example, you can use the name, GUID or distinguished name (DN) of the accepted domain."
    },
    {
      "name": "CanHaveCloudCache",
      "type": "Boolean",
      "description": "{{ Fill CanHaveCloudCache Description }}"
    },
    {
      "name": "DomainType",
      "type": "AcceptedDomainType",
      "enumValues": [
        "Authoritative",
        "ExternalRelay",
        "InternalRelay"
      ],
      "description": "The DomainType parameter specifies the accepted domain type. Valid values are:"
    },
    {
      "name": "EnableNego2Authentication",
      "type": "Boolean",
      "description": "This parameter is reserved for internal Microsoft use."
    },
    {
      "name": "MailFlowRegion",
      "type": "String",
      "description": "{{ Fill MailFlowRegion Description }}"
    },
    {
      "name": "MatchSubDomains",
      "type": "Boolean",
      "description": "The MatchSubDomains parameter enables mail to be sent by and received from users on any subdomain of this accepted domain. The default value is $false."
    },
    {
      "name": "OutboundOnly",
      "type": "Boolean",
      "description": "The OutboundOnly parameter specifies whether this accepted domain is an internal relay domain for the on-premises deployment for organizations that have coexistence with a cloud-based organization."
    },
    {
      "name": "SendingFromDomainDisabled",
      "type": "Boolean",
      "description": "The SendingFromDomainDisabled parameter specifies whether to allow email to be sent from addresses in the domain. Valid values are:"
    },
    {
      "name": "SendingToDomainDisabled",
      "type": "Boolean",
      "description": "The SendingToDomainDisabled specifies whether to prevent delivery of messages sent to recipients in the domain. Valid values are:"
    }
  ],
  "supportsShouldProcess": true,
  "confirmImpact": "Medium",
  "outputType": [
    "Microsoft.Exchange.Data.Directory.SystemConfiguration.AcceptedDomain"
  ],
  "help": {
    "synopsis": "Use the Set-AcceptedDomain cmdlet to modify existing accepted domains in your organization. An accepted domain is any SMTP namespace for which an Exchange organization sends and receives email.",
    "description": "",
    "examples": [
      {
        "title": "Example 1",
        "code": "Set-AcceptedDomain -Identity Contoso -MakeDefault $true",
        "remarks": "This example makes the accepted domain Contoso the default accepted domain."
      }
    ],
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/set-accepteddomain"
  }
};
