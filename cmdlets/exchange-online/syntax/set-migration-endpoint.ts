/**
 * Set-MigrationEndpoint: the Exchange Online parameter sets and parameters of the reference page
 * (../shared/reference/exchange-cmdlets-all/Set-MigrationEndpoint.md, CC BY 4.0), with its help synopsis (the rest of
 * its help is in cmdlets/reference-help/pages.ts). Generated from the page by test/exchange-cmdlets/syntax-modules.ts (UPDATE_SYNTAX=1 npx vitest run
 * test/exchange-cmdlets/syntax.test.ts rewrites it; the same test fails when it is stale). Behaviour lives in the noun module.
 */
import type { CmdletMetadata } from '../../../src/engine/cmdlet';

export const SET_MIGRATION_ENDPOINT: CmdletMetadata = {
  "name": "Set-MigrationEndpoint",
  "source": "ExchangeOnlineManagement",
  "parameters": [
    {
      "name": "Identity",
      "type": "MigrationEndpointIdParameter",
      "sets": {
        "__AllParameterSets": {
          "position": 0,
          "mandatory": true,
          "valueFromPipeline": true
        }
      }
    },
    {
      "name": "AcceptUntrustedCertificates",
      "type": "Boolean"
    },
    {
      "name": "ApplicationId",
      "type": "String"
    },
    {
      "name": "AppSecretKeyVaultUrl",
      "type": "String"
    },
    {
      "name": "Authentication",
      "type": "AuthenticationMethod",
      "enumValues": [
        "Basic",
        "Digest",
        "Ntlm",
        "Fba",
        "WindowsIntegrated",
        "LiveIdFba",
        "LiveIdBasic",
        "WSSecurity",
        "Certificate",
        "NegoEx",
        "OAuth",
        "Adfs",
        "Kerberos",
        "Negotiate",
        "LiveIdNegotiate",
        "Misconfigured"
      ]
    },
    {
      "name": "Credentials",
      "type": "PSCredential"
    },
    {
      "name": "ExchangeServer",
      "type": "String"
    },
    {
      "name": "MailboxPermission",
      "type": "MigrationMailboxPermission",
      "enumValues": [
        "Admin",
        "FullAccess"
      ]
    },
    {
      "name": "MaxConcurrentIncrementalSyncs",
      "type": "Unlimited"
    },
    {
      "name": "MaxConcurrentMigrations",
      "type": "Unlimited"
    },
    {
      "name": "NspiServer",
      "type": "String"
    },
    {
      "name": "Partition",
      "type": "MailboxIdParameter"
    },
    {
      "name": "Port",
      "type": "Int32"
    },
    {
      "name": "PublicFolderDatabaseServerLegacyDN",
      "type": "String"
    },
    {
      "name": "RemoteServer",
      "type": "Fqdn"
    },
    {
      "name": "RpcProxyServer",
      "type": "Fqdn"
    },
    {
      "name": "Security",
      "type": "IMAPSecurityMechanism",
      "enumValues": [
        "None",
        "Ssl",
        "Tls"
      ]
    },
    {
      "name": "ServiceAccountKeyFileData",
      "type": "Byte[]"
    },
    {
      "name": "SkipVerification",
      "type": "SwitchParameter"
    },
    {
      "name": "SourceMailboxLegacyDN",
      "type": "String"
    },
    {
      "name": "TestMailbox",
      "type": "MailboxIdParameter"
    }
  ],
  "supportsShouldProcess": true,
  "confirmImpact": "Medium",
  "help": {
    "synopsis": "Use the Set-MigrationEndpoint cmdlet to edit settings for cutover or staged Exchange migrations, IMAP migrations, Google Workspace (formerly G Suite) migrations, and remote moves.",
    "onlineUri": "https://learn.microsoft.com/powershell/module/exchangepowershell/set-migrationendpoint",
    "referencePage": "Set-MigrationEndpoint"
  }
};
