/**
 * Import-ExchangeCertificate: the Exchange Server parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Import-ExchangeCertificate.md, CC BY 4.0), with its help synopsis, description and
 * examples. Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const IMPORT_EXCHANGE_CERTIFICATE: CmdletMetadata = {
  "name": "Import-ExchangeCertificate",
  "source": "Microsoft.Exchange.Management.PowerShell.E2010",
  "defaultParameterSet": "FileData",
  "parameters": [
    {
      "name": "FileData",
      "type": "Byte[]",
      "sets": {
        "FileData": {
          "mandatory": true
        }
      },
      "description": "The FileData parameter specifies the contents of the certificate file that you want to import."
    },
    {
      "name": "FileName",
      "type": "String",
      "sets": {
        "Instance": {
          "mandatory": true
        }
      },
      "description": "The FileName parameter specifies the certificate file that you want to import. Typically, you use this parameter for PKCS #12 binary certificate files that have .cer, .crt, .der, .p12, or .pfx filename extensions. This type of binary certificate file is protected by a password when the file contains the private key or chain of trust."
    },
    {
      "name": "Instance",
      "type": "String[]",
      "sets": {
        "FileName": {
          "mandatory": true,
          "valueFromPipeline": true
        }
      },
      "description": "This parameter is deprecated and no longer used."
    },
    {
      "name": "DomainController",
      "type": "Fqdn",
      "sets": {
        "FileData": {},
        "FileName": {},
        "Instance": {}
      },
      "description": "The DomainController parameter specifies the domain controller that's used by this cmdlet to read data from or write data to Active Directory. You identify the domain controller by its fully qualified domain name (FQDN). For example, dc01.contoso.com."
    },
    {
      "name": "FriendlyName",
      "type": "String",
      "sets": {
        "FileData": {},
        "FileName": {},
        "Instance": {}
      },
      "description": "The FriendlyName parameter specifies a friendly name for the certificate. The value must be less than 64 characters."
    },
    {
      "name": "Password",
      "type": "SecureString",
      "sets": {
        "FileData": {},
        "FileName": {},
        "Instance": {}
      },
      "description": "The Password parameter specifies the password that's required to import the certificate."
    },
    {
      "name": "PrivateKeyExportable",
      "type": "Boolean",
      "sets": {
        "FileData": {},
        "FileName": {},
        "Instance": {}
      },
      "description": "The PrivateKeyExportable parameter specifies whether the certificate has an exportable private key and controls whether you can export the certificate from this server. Valid values are:"
    },
    {
      "name": "Server",
      "type": "ServerIdParameter",
      "sets": {
        "FileData": {},
        "FileName": {},
        "Instance": {}
      },
      "description": "The Server parameter specifies the Exchange server where you want to run this command. You can use any value that uniquely identifies the server. For example:"
    }
  ],
  "supportsShouldProcess": true,
  "confirmImpact": "Medium",
  "outputType": [
    "Microsoft.Exchange.Management.SystemConfigurationTasks.ExchangeCertificate"
  ],
  "help": {
    "synopsis": "Use the Import-ExchangeCertificate cmdlet to import certificates on Exchange servers. You use this cmdlet to install certificates that were exported from other servers, and to complete pending certification requests (also known as certificate signing requests or CSRs) from certification authorities (CAs).",
    "description": "You can use the Import-ExchangeCertificate cmdlet to import the following types of certificate files on an Exchange server:\n\n- APKCS #7 certificate or chain of certificates file (.p7b or .p7c) that was issued by a certification authority (CA). PKCS #7 is the Cryptographic Message Syntax Standard, a syntax used for digitally signing or encrypting data using public key cryptography, including certificates. For more information, see PKCS #7 Cryptographic Messaging Syntax Concepts. - A PKCS #12 certificate file (.cer, .crt, .der, .p12, or .pfx) that contains the private key. PKCS #12 is the Personal Information Exchange Syntax Standard, a file format used to store certificates with corresponding private keys that are protected by a password. For more information, see PKCS #12: Personal Information Exchange Syntax v1.1.",
    "examples": [
      {
        "title": "Example 1",
        "code": "Import-ExchangeCertificate -Server Mailbox01 -FileName \"\\\\FileServer01\\Data\\Exported Fabrikam Cert.pfx\" -Password (Get-Credential).password",
        "remarks": "In Exchange 2013, this example imports the certificate from the PKCS #12 file from \\\\\\\\FileServer01\\\\Data\\\\Exported Fabrikam Cert.pfx to the Exchange server named Mailbox01. This file requires the password of the file. This certificate could have been exported from another server or issued by a certification authority.\n\nTo export the certificate in Exchange 2016 or Exchange 2019, use the FileData parameter as described in Example 2."
      },
      {
        "title": "Example 2",
        "code": "Import-ExchangeCertificate -Server Mailbox01 -FileData ([System.IO.File]::ReadAllBytes('\\\\FileServer01\\Data\\Exported Fabrikam Cert.pfx')) -Password (Get-Credential).password",
        "remarks": "This example imports the same certificate file from Example 1. This method is required in Exchange 2016 and Exchange 2019 because the FileName parameter is not available."
      },
      {
        "title": "Example 3",
        "code": "Import-ExchangeCertificate -FileData ([System.IO.File]::ReadAllBytes('C:\\Certificates\\Fabrikam IssuedCert.p7b'))",
        "remarks": "This example imports a chain of certificates from the PKCS #7 file C:\\\\Certificates\\\\Fabrikam IssuedCert.p7b on the local Exchange server."
      }
    ],
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/import-exchangecertificate"
  }
};
