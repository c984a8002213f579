/**
 * Set-User: the Exchange Server parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Set-User.md, CC BY 4.0), with its help synopsis (the rest of
 * its help is in cmdlets/reference-help/pages.ts). Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const SET_USER: CmdletMetadata = {
  "name": "Set-User",
  "source": "Microsoft.Exchange.Management.PowerShell.E2010",
  "parameters": [
    {
      "name": "Identity",
      "type": "UserIdParameter",
      "sets": {
        "__AllParameterSets": {
          "position": 0,
          "mandatory": true,
          "valueFromPipeline": true
        }
      }
    },
    {
      "name": "AllowUMCallsFromNonUsers",
      "type": "AllowUMCallsFromNonUsersFlags"
    },
    {
      "name": "Arbitration",
      "type": "SwitchParameter"
    },
    {
      "name": "AssistantName",
      "type": "String"
    },
    {
      "name": "AuthenticationPolicy",
      "type": "String"
    },
    {
      "name": "CertificateSubject",
      "type": "MultiValuedProperty"
    },
    {
      "name": "City",
      "type": "String"
    },
    {
      "name": "Company",
      "type": "String"
    },
    {
      "name": "CountryOrRegion",
      "type": "CountryInfo"
    },
    {
      "name": "CreateDTMFMap",
      "type": "Boolean"
    },
    {
      "name": "Department",
      "type": "String"
    },
    {
      "name": "DisplayName",
      "type": "String"
    },
    {
      "name": "DomainController",
      "type": "Fqdn"
    },
    {
      "name": "Fax",
      "type": "String"
    },
    {
      "name": "FirstName",
      "type": "String"
    },
    {
      "name": "GeoCoordinates",
      "type": "GeoCoordinates"
    },
    {
      "name": "HomePhone",
      "type": "String"
    },
    {
      "name": "IgnoreDefaultScope",
      "type": "SwitchParameter"
    },
    {
      "name": "Initials",
      "type": "String"
    },
    {
      "name": "LastName",
      "type": "String"
    },
    {
      "name": "LinkedCredential",
      "type": "PSCredential"
    },
    {
      "name": "LinkedDomainController",
      "type": "String"
    },
    {
      "name": "LinkedMasterAccount",
      "type": "UserIdParameter"
    },
    {
      "name": "Manager",
      "type": "UserContactIdParameter"
    },
    {
      "name": "MobilePhone",
      "type": "String"
    },
    {
      "name": "Name",
      "type": "String"
    },
    {
      "name": "Notes",
      "type": "String"
    },
    {
      "name": "Office",
      "type": "String"
    },
    {
      "name": "OtherFax",
      "type": "MultiValuedProperty"
    },
    {
      "name": "OtherHomePhone",
      "type": "MultiValuedProperty"
    },
    {
      "name": "OtherTelephone",
      "type": "MultiValuedProperty"
    },
    {
      "name": "Pager",
      "type": "String"
    },
    {
      "name": "PermanentlyClearPreviousMailboxInfo",
      "type": "SwitchParameter"
    },
    {
      "name": "Phone",
      "type": "String"
    },
    {
      "name": "PhoneticDisplayName",
      "type": "String"
    },
    {
      "name": "PostalCode",
      "type": "String"
    },
    {
      "name": "PostOfficeBox",
      "type": "MultiValuedProperty"
    },
    {
      "name": "PublicFolder",
      "type": "SwitchParameter"
    },
    {
      "name": "RemotePowerShellEnabled",
      "type": "Boolean"
    },
    {
      "name": "ResetPasswordOnNextLogon",
      "type": "Boolean"
    },
    {
      "name": "SamAccountName",
      "type": "String"
    },
    {
      "name": "SeniorityIndex",
      "type": "Int32"
    },
    {
      "name": "SimpleDisplayName",
      "type": "String"
    },
    {
      "name": "SkipDualWrite",
      "type": "SwitchParameter"
    },
    {
      "name": "StateOrProvince",
      "type": "String"
    },
    {
      "name": "StreetAddress",
      "type": "String"
    },
    {
      "name": "TelephoneAssistant",
      "type": "String"
    },
    {
      "name": "Title",
      "type": "String"
    },
    {
      "name": "UMCallingLineIds",
      "type": "MultiValuedProperty"
    },
    {
      "name": "UMDtmfMap",
      "type": "MultiValuedProperty"
    },
    {
      "name": "UserPrincipalName",
      "type": "String"
    },
    {
      "name": "WebPage",
      "type": "String"
    },
    {
      "name": "WindowsEmailAddress",
      "type": "SmtpAddress"
    }
  ],
  "supportsShouldProcess": true,
  "confirmImpact": "Medium",
  "help": {
    "synopsis": "Use the Set-User cmdlet to modify user attributes. You can use this cmdlet to modify all objects that have user accounts (for example, user mailboxes, mail users, and user accounts).",
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/set-user",
    "referencePage": "Set-User"
  }
};
