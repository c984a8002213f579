/**
 * Set-User: the Exchange Server parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Set-User.md, CC BY 4.0), with its help synopsis, description and
 * examples. Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
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
      },
      "description": "The Identity parameter specifies the user that you want to modify. You can use any value that uniquely identifies the user. For example:"
    },
    {
      "name": "AllowUMCallsFromNonUsers",
      "type": "AllowUMCallsFromNonUsersFlags",
      "description": "The AllowUMCallsFromNonUsers parameter specifies whether to exclude the user from Unified Messaging directory searches."
    },
    {
      "name": "Arbitration",
      "type": "SwitchParameter",
      "description": "The Arbitration switch is required to modify arbitration mailboxes. You don't need to specify a value with this switch."
    },
    {
      "name": "AssistantName",
      "type": "String",
      "description": "The AssistantName parameter specifies the name of the user's assistant."
    },
    {
      "name": "AuthenticationPolicy",
      "type": "String",
      "description": "The AuthenticationPolicy parameter specifies the authentication policy to apply to the user. You can use any value that uniquely identifies the policy. For example:"
    },
    {
      "name": "CertificateSubject",
      "type": "MultiValuedProperty",
      "description": "The CertificateSubject parameter specifies the value of the subject field of the user's digital certificate."
    },
    {
      "name": "City",
      "type": "String",
      "description": "The City parameter specifies the user's city."
    },
    {
      "name": "Company",
      "type": "String",
      "description": "The Company parameter specifies the user's company."
    },
    {
      "name": "CountryOrRegion",
      "type": "CountryInfo",
      "description": "The CountryOrRegion parameter specifies the user's country or region. A valid value is a valid ISO 3166-1 two-letter country code (for example, AU for Australia) or the corresponding friendly name for the country (which might be different from the official ISO 3166 Maintenance Agency short name)."
    },
    {
      "name": "CreateDTMFMap",
      "type": "Boolean",
      "description": "The CreateDTMFMap parameter specifies whether to create a dual-tone multiple-frequency (DTMF) map for the recipient. This allows the recipient to be identified by using a telephone keypad in Unified Messaging (UM) environments. Valid values are:"
    },
    {
      "name": "Department",
      "type": "String",
      "description": "The Department parameter specifies the user's department."
    },
    {
      "name": "DisplayName",
      "type": "String",
      "description": "The DisplayName parameter specifies the display name of the user. The display name is visible in the Exchange admin center and in Active Directory. The maximum length is 256 characters. If the value contains spaces, enclose the value in quotation marks (\")."
    },
    {
      "name": "DomainController",
      "type": "Fqdn",
      "description": "The DomainController parameter specifies the domain controller that's used by this cmdlet to read data from or write data to Active Directory. You identify the domain controller by its fully qualified domain name (FQDN). For example, dc01.contoso.com."
    },
    {
      "name": "Fax",
      "type": "String",
      "description": "The Fax parameter specifies the user's fax number."
    },
    {
      "name": "FirstName",
      "type": "String",
      "description": "The FirstName parameter specifies the user's first name."
    },
    {
      "name": "GeoCoordinates",
      "type": "GeoCoordinates",
      "description": "The GeoCoordinates parameter specifies the user's location in latitude, longitude and (optionally) altitude coordinates. A valid value for this parameter uses one of the following formats:"
    },
    {
      "name": "HomePhone",
      "type": "String",
      "description": "The HomePhone parameter specifies the user's home telephone number."
    },
    {
      "name": "IgnoreDefaultScope",
      "type": "SwitchParameter",
      "description": "The IgnoreDefaultScope switch tells the command to ignore the default recipient scope setting for the Exchange PowerShell session, and to use the entire forest as the scope. You don't need to specify a value with this switch."
    },
    {
      "name": "Initials",
      "type": "String",
      "description": "The Initials parameter specifies the user's middle initials."
    },
    {
      "name": "LastName",
      "type": "String",
      "description": "The LastName parameter specifies the user's last name."
    },
    {
      "name": "LinkedCredential",
      "type": "PSCredential",
      "description": "The LinkedCredential parameter specifies the username and password that's used to access the domain controller specified by the LinkedDomainController parameter."
    },
    {
      "name": "LinkedDomainController",
      "type": "String",
      "description": "The LinkedDomainController parameter specifies the domain controller in the forest where the user account resides, if this user is a linked user. The domain controller in the forest where the user account resides is used to get security information for the account specified by the LinkedMasterAccount parameter."
    },
    {
      "name": "LinkedMasterAccount",
      "type": "UserIdParameter",
      "description": "The LinkedMasterAccount parameter specifies the master account in the forest where the user account resides, if this user is a linked user. The master account is the account to which the user links. The master account grants access to the user. You can use one of the following values:"
    },
    {
      "name": "Manager",
      "type": "UserContactIdParameter",
      "description": "The Manager parameter specifies the user's manager."
    },
    {
      "name": "MobilePhone",
      "type": "String",
      "description": "The MobilePhone parameter specifies the user's primary mobile phone number."
    },
    {
      "name": "Name",
      "type": "String",
      "description": "The Name parameter specifies the unique name of the user. The maximum length is 64 characters. If the value contains spaces, enclose the value in quotation marks (\")."
    },
    {
      "name": "Notes",
      "type": "String",
      "description": "The Notes parameters specifies additional information about the object. If the value contains spaces, enclose the value in quotation marks (\")."
    },
    {
      "name": "Office",
      "type": "String",
      "description": "The Office parameter specifies the user's physical office name or number."
    },
    {
      "name": "OtherFax",
      "type": "MultiValuedProperty",
      "description": "The OtherFax parameter specifies the user's alternative fax number."
    },
    {
      "name": "OtherHomePhone",
      "type": "MultiValuedProperty",
      "description": "The OtherHomePhone parameter specifies the user's alternative home telephone number."
    },
    {
      "name": "OtherTelephone",
      "type": "MultiValuedProperty",
      "description": "The OtherTelephone parameter specifies the user's alternative telephone number."
    },
    {
      "name": "Pager",
      "type": "String",
      "description": "The Pager parameter specifies the user's pager number."
    },
    {
      "name": "PermanentlyClearPreviousMailboxInfo",
      "type": "SwitchParameter",
      "description": "The PermanentlyClearPreviousMailboxInfo switch specifies whether to clear the Exchange Online mailbox attributes on a user. You don't need to specify a value with this switch."
    },
    {
      "name": "Phone",
      "type": "String",
      "description": "The Phone parameter specifies the user's office telephone number."
    },
    {
      "name": "PhoneticDisplayName",
      "type": "String",
      "description": "The PhoneticDisplayName parameter specifies an alternate spelling of the user's name that's used for text to speech in Unified Messaging (UM) environments. Typically, you use this parameter when the pronunciation and spelling of the user's name don't match. The maximum length is 256 characters. If the value contains spaces, enclose the value in quotation marks (\")."
    },
    {
      "name": "PostalCode",
      "type": "String",
      "description": "The PostalCode parameter specifies the user's zip code or postal code."
    },
    {
      "name": "PostOfficeBox",
      "type": "MultiValuedProperty",
      "description": "The PostOfficeBox parameter specifies the user's post office box number."
    },
    {
      "name": "PublicFolder",
      "type": "SwitchParameter",
      "description": "The PublicFolder switch is required to modify public folder mailboxes. You don't need to specify a value with this switch."
    },
    {
      "name": "RemotePowerShellEnabled",
      "type": "Boolean",
      "description": "The RemotePowerShellEnabled parameter specifies whether the user has access to Exchange PowerShell. Valid values are:"
    },
    {
      "name": "ResetPasswordOnNextLogon",
      "type": "Boolean",
      "description": "The ResetPasswordOnNextLogon parameter specifies whether the user must change their password the next time they log on. Valid values are:"
    },
    {
      "name": "SamAccountName",
      "type": "String",
      "description": "The SamAccountName parameter (also known as the pre-Windows 2000 user account or group name) specifies an object identifier that's compatible with older versions of Microsoft Windows client and server operating systems. The value can contain letters, numbers, spaces, periods (.), and the following characters: !, #, $, %, ^, &, -, \\_, {, }, and ~. The last character can't be a period. Unicode characters are allowed, but accented characters might generate collisions (for example, o and ö match). The maximum length is 20 characters."
    },
    {
      "name": "SeniorityIndex",
      "type": "Int32",
      "description": "The SeniorityIndex parameter specifies the order in which this user is displayed in a hierarchical address book. A user with a value of 2 is displayed higher in an address book than a user with a value of 1."
    },
    {
      "name": "SimpleDisplayName",
      "type": "String",
      "description": "The SimpleDisplayName parameter is used to display an alternative description of the object when only a limited set of characters is permitted. Valid characters are:"
    },
    {
      "name": "SkipDualWrite",
      "type": "SwitchParameter",
      "description": "This parameter is reserved for internal Microsoft use."
    },
    {
      "name": "StateOrProvince",
      "type": "String",
      "description": "The StateOrProvince parameter specifies the user's state or province."
    },
    {
      "name": "StreetAddress",
      "type": "String",
      "description": "The StreetAddress parameter specifies the user's physical address."
    },
    {
      "name": "TelephoneAssistant",
      "type": "String",
      "description": "The TelephoneAssistant parameter specifies the telephone number of the user's assistant."
    },
    {
      "name": "Title",
      "type": "String",
      "description": "The Title parameter specifies the user's title."
    },
    {
      "name": "UMCallingLineIds",
      "type": "MultiValuedProperty",
      "description": "The UMCallingLineIds parameter specifies telephone numbers or extensions that can be mapped to a Unified Messaging (UM)-enabled user. You can specify more than one telephone number for each user, separated by a comma. This parameter accepts digits less than 128 characters in length and might include an optional plus sign (+) preceding the numbers. Each UM-enabled user must have a unique UMCallingLineIds parameter value."
    },
    {
      "name": "UMDtmfMap",
      "type": "MultiValuedProperty",
      "description": "The UMDtmfMap parameter specifies the dual-tone multiple-frequency (DTMF) map values for the recipient. This allows the recipient to be identified by using a telephone keypad in Unified Messaging (UM) environments. Typically, these DTMF values are automatically created and updated, but you can use this parameter to make changes manually. This parameter uses the following syntax:"
    },
    {
      "name": "UserPrincipalName",
      "type": "String",
      "description": "The UserPrincipalName parameter specifies the logon name for the user account. The UPN uses an email address format: username@domain. Typically, the domain value is the domain where the user account resides."
    },
    {
      "name": "WebPage",
      "type": "String",
      "description": "The WebPage parameter specifies the user's Web page."
    },
    {
      "name": "WindowsEmailAddress",
      "type": "SmtpAddress",
      "description": "The WindowsEmailAddress parameter specifies the Windows email address for this recipient. This is a common Active Directory attribute that's present in all environments, including environments without Exchange. Using the WindowsEmailAddress parameter on a recipient has one of the following results:"
    }
  ],
  "supportsShouldProcess": true,
  "confirmImpact": "Medium",
  "help": {
    "synopsis": "Use the Set-User cmdlet to modify user attributes. You can use this cmdlet to modify all objects that have user accounts (for example, user mailboxes, mail users, and user accounts).",
    "description": "The Set-User cmdlet contains no mail-related properties for mailboxes or mail users. To modify the mail-related properties for a user, you need to use the corresponding cmdlet based on the object type (for example, Set-Mailbox or Set-MailUser).",
    "examples": [
      {
        "title": "Example 1",
        "code": "Set-User -Identity Contoso\\Jill -DisplayName \"Jill Frank\"",
        "remarks": "This example sets the display name for user Jill Frank."
      },
      {
        "title": "Example 2",
        "code": "Set-User -Identity Kweku@fabrikam.com -LinkedMasterAccount $null",
        "remarks": "This example unlinks the linked mailbox Kweku@fabrikam.com and converts it to a user mailbox by setting the LinkedMasterAccount parameter to $null.\n\nPerforming this procedure on a linked mailbox removes all permissions on the mailbox such as Send As, Full Access, folder and calendar delegation."
      }
    ],
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/set-user"
  }
};
