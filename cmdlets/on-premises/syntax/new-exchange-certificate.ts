/**
 * New-ExchangeCertificate: the Exchange Server parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/New-ExchangeCertificate.md, CC BY 4.0), with its help synopsis, description and
 * examples. Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const NEW_EXCHANGE_CERTIFICATE: CmdletMetadata = {
  "name": "New-ExchangeCertificate",
  "source": "Microsoft.Exchange.Management.PowerShell.E2010",
  "defaultParameterSet": "Certificate",
  "parameters": [
    {
      "name": "BinaryEncoded",
      "type": "SwitchParameter",
      "sets": {
        "Request": {}
      },
      "description": "The BinaryEncoded switch specifies whether to encode the new certificate request by using Distinguished Encoding Rules (DER). You don't need to specify a value with this switch."
    },
    {
      "name": "DomainController",
      "type": "Fqdn",
      "sets": {
        "Request": {},
        "Certificate": {}
      },
      "description": "The DomainController parameter specifies the domain controller that's used by this cmdlet to read data from or write data to Active Directory. You identify the domain controller by its fully qualified domain name (FQDN). For example, dc01.contoso.com."
    },
    {
      "name": "DomainName",
      "type": "MultiValuedProperty",
      "sets": {
        "Request": {},
        "Certificate": {}
      },
      "description": "The DomainName parameter specifies one or more FQDNs or server names for theSubject Alternative Name field (also known as the Subject Alt Name or SAN field) of the certificate request or self-signed certificate."
    },
    {
      "name": "Force",
      "type": "SwitchParameter",
      "sets": {
        "Request": {},
        "Certificate": {}
      },
      "description": "The Force switch hides warning or confirmation messages. You don't need to specify a value with this switch."
    },
    {
      "name": "FriendlyName",
      "type": "String",
      "sets": {
        "Request": {},
        "Certificate": {}
      },
      "description": "The FriendlyName parameter specifies a friendly name for the certificate request or self-signed certificate. The value must be less than 64 characters."
    },
    {
      "name": "GenerateRequest",
      "type": "SwitchParameter",
      "sets": {
        "Request": {}
      },
      "description": "The GenerateRequest switch specifies that you're creating a certificate request for a certification authority (CA). You don't need to specify a value with this switch."
    },
    {
      "name": "IncludeAcceptedDomains",
      "type": "SwitchParameter",
      "sets": {
        "Request": {},
        "Certificate": {}
      },
      "description": "The IncludeAcceptedDomains switch specifies that all accepted domains in the Exchange organization are included in the Subject Alternative Name field of the certificate request or self-signed certificate. You don't need to specify a value with this switch."
    },
    {
      "name": "IncludeAutoDiscover",
      "type": "SwitchParameter",
      "sets": {
        "Request": {},
        "Certificate": {}
      },
      "description": "The IncludeAutoDiscover switch specifies whether to add a Subject Alternative Namevalue with the prefix autodiscover for each accepted domain in the Exchange organization. You don't need to specify a value with this switch."
    },
    {
      "name": "IncludeServerFQDN",
      "type": "SwitchParameter",
      "sets": {
        "Request": {},
        "Certificate": {}
      },
      "description": "The IncludeServerFQDN switch specifies that the FQDN of the Exchange server is included in the Subject Alternative Name field of the new certificate request or self-signed certificate. You don't need to specify a value with this switch."
    },
    {
      "name": "IncludeServerNetBIOSName",
      "type": "SwitchParameter",
      "sets": {
        "Request": {},
        "Certificate": {}
      },
      "description": "The IncludeServerNetBIOSName switch specifies that the NetBIOS name of the Exchange server is included in the Subject Alternative Name field of the new certificate request or self-signed certificate. You don't need to specify a value with this switch"
    },
    {
      "name": "Instance",
      "type": "X509Certificate2",
      "sets": {
        "Request": {
          "valueFromPipeline": true
        },
        "Certificate": {
          "valueFromPipeline": true
        }
      },
      "description": "This parameter is deprecated and no longer used."
    },
    {
      "name": "KeySize",
      "type": "Int32",
      "sets": {
        "Request": {},
        "Certificate": {}
      },
      "description": "The KeySize parameter specifies the size (in bits) of the RSA public key that's associated with the new certificate request or self-signed certificate. Valid values are:"
    },
    {
      "name": "PrivateKeyExportable",
      "type": "Boolean",
      "sets": {
        "Request": {},
        "Certificate": {}
      },
      "description": "The PrivateKeyExportable parameter specifies whether the certificate has an exportable private key, and controls whether you can export the certificate from the server (and import the certificate on other servers). Valid values are:"
    },
    {
      "name": "RequestFile",
      "type": "String",
      "sets": {
        "Request": {}
      },
      "description": "The RequestFile parameter specifies the name and path of the certificate request file. The file contains the same information that's displayed on-screen when you generate a Base64 encoded certificate request (you don't use the BinaryEncoded switch)."
    },
    {
      "name": "Server",
      "type": "ServerIdParameter",
      "sets": {
        "Request": {},
        "Certificate": {}
      },
      "description": "The Server parameter specifies the Exchange server where you want to run this command. You can use any value that uniquely identifies the server. For example:"
    },
    {
      "name": "Services",
      "type": "AllowedServices",
      "sets": {
        "Certificate": {}
      },
      "description": "The Services parameter specifies the Exchange services that the new self-signed certificate is enabled for. Valid values are:"
    },
    {
      "name": "SubjectKeyIdentifier",
      "type": "String",
      "sets": {
        "Request": {},
        "Certificate": {}
      },
      "description": "The SubjectKeyIdentifier parameter specifies the unique subject key identifier for a newself-signed certificate. For example, run the command: $ski = [System.Guid]::NewGuid().ToString(\"N\"), and use the value $ski for this parameter."
    },
    {
      "name": "SubjectName",
      "type": "X500DistinguishedName",
      "sets": {
        "Request": {},
        "Certificate": {}
      },
      "description": "The SubjectName parameter specifies the Subject field of the certificate request or self-signed certificate."
    }
  ],
  "supportsShouldProcess": true,
  "confirmImpact": "Medium",
  "outputType": [
    "Microsoft.Exchange.Management.SystemConfigurationTasks.ExchangeCertificate"
  ],
  "help": {
    "synopsis": "Use the New-ExchangeCertificate cmdlet to create and renew self-signed certificates, and to create certificate requests (also known as certificate signing requests or CSRs) for new certificates and certificate renewals from a certification authority (CA).",
    "description": "Exchange uses certificates for Transport Layer Security (TLS) encryption.\n\nThere are many factors to consider when you configure certificates for TLS services. You need to understand how these factors might affect your overall configuration. For more information, see Digital certificates and encryption in Exchange Server.",
    "examples": [
      {
        "title": "Example 1",
        "code": "New-ExchangeCertificate",
        "remarks": "This example creates a self-signed certificate with the following settings:\n\n- The Subject value is CN=<ServerName> (for example, CN=Mailbox01). - The Domains (subject alternative names) value is <ServerName>,<ServerFQDN> (for example, Mailbox01,Mailbox01.contoso.com). - The Services value is IMAP,POP,SMTP. - The Services value SMTP grants the Network Services local security group read access to the certificate's private key. - The Services value SMTP and the Subject value that contains the server name publishes the certificate to Active Directory so that Exchange direct trust can validate the authenticity of the server for mutual TLS.\n\nIf you don't want this certificate to replace the existing self-signed certificate that was created during Exchange setup, be sure to select \"No\" in the prompt that asks you overwrite the existing default SMTP certificate."
      },
      {
        "title": "Example 2",
        "code": "Get-ExchangeCertificate -Thumbprint c4248cd7065c87cb942d60f7293feb7d533a4afc | New-ExchangeCertificate -PrivateKeyExportable $true",
        "remarks": "This example shows how to renew a certificate with a specific thumbprint value. You can find the thumbprint value in one of two ways:\n\n- Select the certificate in the Exchange admin center and then select Edit to view properties of the certificate. The thumbprint value is shown in the Exchange Certificate window. - Run the Get-ExchangeCertificate cmdlet to return a list of all certificates installed on the server with their thumbprint values.\n\nSetting the PrivateKeyExportable parameter to the value $true allows the renewed certificate to be exported from the server (and imported on other servers)."
      },
      {
        "title": "Example 3",
        "code": "New-ExchangeCertificate -GenerateRequest -SubjectName \"c=US,o=Woodgrove Bank,cn=mail.woodgrovebank.com\" -DomainName autodiscover.woodgrovebank.com,mail.fabrikam.com,autodiscover.fabrikam.com -RequestFile \"C:\\Cert Requests\\woodgrovebank.req\"",
        "remarks": "In Exchange 2013, this example creates a new certificate request for a certification authority that has the following settings:\n\n- The request is Base64 encoded. - The Subject value is c=US,o=Woodgrove Bank,cn=mail.woodgrovebank.com. - The Domains (subject alternative names) value contains the additional valuesautodiscover.woodgrovebank.com, mail.fabrikam.com, and autodiscover.fabrikam.com. - The command output is displayed onscreen and is also written to the text file C:\\\\Cert Requests\\\\woodgrovebank.req.\n\nNote: The RequestFile parameter is available only in Exchange 2013. To create a new certificate request file in Exchange 2016 or Exchange 2019, see Example 4 and Example 5.\n\nAfter you create the certificate request, you send the output to the CA. After you receive the certificate from the CA, you install the certificate by using the Import-ExchangeCertificate cmdlet, and you assign the certificate to Exchange services by using the Enable-ExchangeCertificate cmdlet.\n\nIf the CA requires the certificate request in a file that's encoded by DER, use the BinaryEncoding switch and save the file with the .pfx extension."
      },
      {
        "title": "Example 4",
        "code": "$txtrequest = New-ExchangeCertificate -GenerateRequest -SubjectName \"c=US,o=Woodgrove Bank,cn=mail.woodgrovebank.com\" -DomainName autodiscover.woodgrovebank.com,mail.fabrikam.com,autodiscover.fabrikam.com\n\n[System.IO.File]::WriteAllBytes('\\\\FileServer01\\Data\\woodgrovebank.req', [System.Text.Encoding]::Unicode.GetBytes($txtrequest))",
        "remarks": "This example creates a new Base64 encoded certificate request for a certification authority using the same certificate settings as Example 3.\n\nThis method is required in Exchange 2016 and Exchange 2019 because the RequestFile parameter is not available."
      },
      {
        "title": "Example 6",
        "code": "Get-ExchangeCertificate -Thumbprint 8A141F7F2BBA8041973399723BD2598D2ED2D831 | New-ExchangeCertificate -GenerateRequest -RequestFile \"C:\\Cert Requests\\fabrikam_renewal.req\"",
        "remarks": "In Exchange 2013, this example creates a request to renew an existing certificate that was issued by a certification authority. The certificate request has the following settings:\n\n- The thumbprint value of the existing certificate is 8A141F7F2BBA8041973399723BD2598D2ED2D831. You can find the thumbprint value by using the Get-ExchangeCertificate cmdlet. - The request is Base64 encoded. - The output is displayed onscreen and is also written to the text file C:\\\\Cert Requests\\\\fabrikam\\_renewal.req.\n\nNote: The RequestFile parameter is available only in Exchange 2013. To create a certificate renewal request for a certification authority in Exchange 2016 or Exchange 2019, see Example 7 and Example 8.\n\nAfter you create the certificate renewal request, you send the output to the CA. After you receive the renewed certificate from the CA, you install the certificate by using the Import-ExchangeCertificate cmdlet."
      },
      {
        "title": "Example 7",
        "code": "$txtrequest = Get-ExchangeCertificate -Thumbprint 8A141F7F2BBA8041973399723BD2598D2ED2D831 | New-ExchangeCertificate -GenerateRequest\n\n[System.IO.File]::WriteAllBytes('C:\\Cert Requests\\fabrikam_renewal.req', [System.Text.Encoding]::Unicode.GetBytes($txtrequest))",
        "remarks": "This example create a Base64 encoded certificate renewal request file for a certification authority using the same certificate settings as Example 6.\n\nThis method is required in Exchange 2016 and Exchange 2019 because the RequestFile parameter is not available."
      },
      {
        "title": "Example 8",
        "code": "$binrequest = Get-ExchangeCertificate -Thumbprint 8A141F7F2BBA8041973399723BD2598D2ED2D831 | New-ExchangeCertificate -GenerateRequest\n\n[System.IO.File]::WriteAllBytes('C:\\Cert Requests\\fabrikam_renewal.pfx', $binrequest.FileData)",
        "remarks": "This example creates a new DER encoded (binary) certificate renewal request file for a certification authority using the same certificate settings as Example 7."
      }
    ],
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/new-exchangecertificate"
  }
};
