/**
 * The PowerShell module `exo-shell export-module` writes, generated from the cmdlet metadata (never
 * by hand): one proxy function per emulated Exchange Online, Graph, lab and Exchange Server cmdlet,
 * shaped as the proxies Import-PSSession generates for a remote Exchange session (a param block with
 * [Parameter(...)] per parameter set, positions, pipeline binding, aliases, comment-based help), each
 * sending its bound parameters to `exo-shell serve` (src/remote/protocol.ts). Pure: metadata in, text out.
 *
 * Files: ExoEmulator.psd1 (manifest), ExoEmulator.psm1 (the transport, the Exchange Online / Graph /
 * lab / remoting functions), ExoEmulator.OnPremises.psm1 (the Exchange Management Shell's functions,
 * imported by the module's Import-PSSession, with its -Prefix), ExoEmulator.Format.ps1xml (the views
 * exo-shell uses, for the deserialized types pwsh receives).
 */
import type { CmdletMetadata, ParameterDeclaration } from '../engine/cmdlet';
import { ALL_PARAMETER_SETS } from '../engine/cmdlet';
import { registeredViews, type ViewDefinition } from '../formatting/views';
import { exchangeCmdlets } from '../../cmdlets';
import { ON_PREMISES_CMDLETS } from '../../cmdlets/on-premises';
import { withReferenceHelp } from '../../cmdlets/reference-help';

export const MODULE_NAME = 'ExoEmulator';
export const ON_PREMISES_MODULE = 'ExoEmulator.OnPremises';
export const MODULE_VERSION = '1.0.0';

/**
 * Emulated commands the module leaves to pwsh: shadowing Import-Module would break module loading, and
 * Invoke-Command runs a script block, which the protocol does not carry (it runs cmdlets only).
 */
const NOT_PROXIED = new Set(['import-module', 'invoke-command']);

/** pwsh's common parameters (and ShouldProcess's): an advanced function gets them from [CmdletBinding()]. */
const COMMON = new Set(
  ['Verbose', 'Debug', 'ErrorAction', 'WarningAction', 'InformationAction', 'ProgressAction', 'ErrorVariable', 'WarningVariable', 'InformationVariable', 'OutVariable', 'OutBuffer', 'PipelineVariable', 'WhatIf', 'Confirm'].map((s) =>
    s.toLowerCase(),
  ),
);
const COMMON_ALIASES = new Set(['vb', 'db', 'ea', 'wa', 'infa', 'proga', 'ev', 'wv', 'iv', 'ov', 'ob', 'pv', 'wi', 'cf']);

/**
 * .NET types that exist in pwsh as such. Everything else is an Exchange type (MigrationBatchIdParameter,
 * Unlimited, MultiValuedProperty, Fqdn, ...) that does not exist client-side: [object], as proxies of a
 * remote session without the Exchange assemblies take it; the server converts the value as the
 * emulator's binder does (a name, or an object whose Identity/Name is used).
 */
const PWSH_TYPES: Record<string, string> = {
  String: 'string',
  'String[]': 'string[]',
  SwitchParameter: 'switch',
  Boolean: 'bool',
  Int32: 'int',
  'Int32[]': 'int[]',
  Int64: 'long',
  UInt16: 'uint16',
  UInt32: 'uint32',
  Double: 'double',
  DateTime: 'datetime',
  TimeSpan: 'timespan',
  PSCredential: 'pscredential',
  'PSCredential[]': 'pscredential[]',
  SecureString: 'securestring',
  Hashtable: 'hashtable',
  IDictionary: 'System.Collections.IDictionary',
  'Object[]': 'object[]',
  Object: 'object',
  PSObject: 'psobject',
  'Byte[]': 'byte[]',
  Guid: 'guid',
  // A URI travels as its text (the emulator's binder reads strings).
  Uri: 'string',
  'Uri[]': 'string[]',
  // The server takes the block's text (the emulator's Invoke-Command is not proxied).
  ScriptBlock: 'scriptblock',
};

/** The pwsh type a parameter is declared with in the proxy, and whether it carries a ValidateSet of its enum names. */
export function proxyType(p: ParameterDeclaration): string {
  const known = PWSH_TYPES[p.type];
  if (known) return known;
  const array = p.type.endsWith('[]');
  // Enums the emulator knows by their names: strings, checked by a ValidateSet below.
  if (p.enumValues?.length) return array ? 'string[]' : 'string';
  return array ? 'object[]' : 'object';
}

/** A PowerShell single-quoted string literal. */
export function psQuote(s: string): string {
  return `'${s.replace(/['\u2018\u2019\u201a\u201b]/g, (m) => m + m)}'`;
}

function psNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(n);
}

/** `[Parameter(...)]` lines for one parameter, one per set it belongs to (Import-PSSession's shape). */
function parameterAttributes(p: ParameterDeclaration): string[] {
  const sets = p.sets ?? { [ALL_PARAMETER_SETS]: {} };
  return Object.entries(sets).map(([set, m]) => {
    const args: string[] = [];
    if (set !== ALL_PARAMETER_SETS) args.push(`ParameterSetName=${psQuote(set)}`);
    if (m.mandatory) args.push('Mandatory=$true');
    if (m.position !== undefined) args.push(`Position=${m.position}`);
    if (m.valueFromPipeline) args.push('ValueFromPipeline=$true');
    if (m.valueFromPipelineByPropertyName) args.push('ValueFromPipelineByPropertyName=$true');
    if (m.valueFromRemainingArguments) args.push('ValueFromRemainingArguments=$true');
    if (m.helpMessage) args.push(`HelpMessage=${psQuote(m.helpMessage)}`);
    return `    [Parameter(${args.join(', ')})]`;
  });
}

function validationAttributes(p: ParameterDeclaration, type: string): string[] {
  const out: string[] = [];
  if (p.allowNull) out.push('    [AllowNull()]');
  if (p.allowEmptyString) out.push('    [AllowEmptyString()]');
  if (p.allowEmptyString && type.endsWith('[]')) out.push('    [AllowEmptyCollection()]');
  if (p.validateNotNullOrEmpty) out.push('    [ValidateNotNullOrEmpty()]');
  const set = p.validateSet?.length ? p.validateSet : p.enumValues?.length && !PWSH_TYPES[p.type] ? p.enumValues : undefined;
  // An enum of flags (several names joined with commas) is left to the server.
  if (set && !p.enumMultipleConverter) out.push(`    [ValidateSet(${set.map(psQuote).join(', ')})]`);
  if (p.validateRange && /^(int|long|double|uint16|uint32|int\[\])$/.test(type)) out.push(`    [ValidateRange(${psNumber(p.validateRange[0])}, ${psNumber(p.validateRange[1])})]`);
  if (p.validateLength) out.push(`    [ValidateLength(${p.validateLength[0]}, ${p.validateLength[1]})]`);
  if (p.validateCount) out.push(`    [ValidateCount(${p.validateCount[0]}, ${p.validateCount[1]})]`);
  if (p.validatePattern) out.push(`    [ValidatePattern(${psQuote(p.validatePattern)})]`);
  return out;
}

/** Text safe inside a `<# #>` help comment. */
function helpText(s: string): string {
  return s.replace(/#>/g, '# >').replace(/<#/g, '< #').replace(/\r\n?/g, '\n');
}

function commentHelp(c: CmdletMetadata, params: ParameterDeclaration[]): string[] {
  const h = c.help;
  const lines = ['<#', '.SYNOPSIS', helpText(h.synopsis || c.name)];
  lines.push('', '.DESCRIPTION', helpText(h.description || h.synopsis || c.name));
  for (const p of params) {
    const text = p.description ?? '';
    lines.push('', `.PARAMETER ${p.name}`, helpText(text + (p.noEffect ? ` (No effect in exo-emulator: ${p.noEffect}.)` : '')));
  }
  for (const e of h.examples ?? []) {
    lines.push('', '.EXAMPLE', helpText(e.code));
    if (e.title || e.remarks) lines.push('', helpText([e.title, e.remarks].filter(Boolean).join('\n\n')));
  }
  if (h.notes) lines.push('', '.NOTES', helpText(h.notes));
  if (h.onlineUri) lines.push('', '.LINK', h.onlineUri);
  lines.push('#>');
  return lines.map((l) => (l ? '    ' + l : l));
}

export interface ProxyOptions {
  /** Exchange Management Shell functions send the name they were invoked by (a -Prefix the server knows too). */
  onPremises?: boolean;
  /** Statements run before the request (the connection functions). */
  before?: string[];
  /** Statements run after a successful request, with `$answer` the output objects. */
  after?: string[];
  /** Parameters the client keeps for itself (not sent): declared here in addition to the cmdlet's. */
  extraParameters?: ParameterDeclaration[];
}

/** One proxy function's text. */
export function proxyFunction(declared: CmdletMetadata, options: ProxyOptions = {}): string {
  const c = withReferenceHelp(declared);
  const params = [...c.parameters.filter((p) => !COMMON.has(p.name.toLowerCase())), ...(options.extraParameters ?? [])];
  const shouldProcess = !!c.supportsShouldProcess || c.parameters.some((p) => /^(whatif|confirm)$/i.test(p.name));
  const binding: string[] = [];
  if (c.defaultParameterSet) binding.push(`DefaultParameterSetName=${psQuote(c.defaultParameterSet)}`);
  if (shouldProcess) binding.push('SupportsShouldProcess=$true');
  if (shouldProcess && c.confirmImpact) binding.push(`ConfirmImpact=${psQuote(c.confirmImpact)}`);
  const usedAliases = new Set<string>();
  const paramText = params.map((p) => {
    const type = proxyType(p);
    const lines = [...parameterAttributes(p)];
    const aliases = (p.aliases ?? []).filter((a) => {
      const k = a.toLowerCase();
      if (COMMON_ALIASES.has(k) || usedAliases.has(k) || params.some((q) => q.name.toLowerCase() === k)) return false;
      usedAliases.add(k);
      return true;
    });
    if (aliases.length) lines.push(`    [Alias(${aliases.map(psQuote).join(', ')})]`);
    lines.push(...validationAttributes(p, type));
    lines.push(`    [${type}]`, `    \${${p.name}}`);
    return lines.join('\n');
  });
  const impact = shouldProcess ? (c.confirmImpact ?? 'Medium') : 'None';
  const send = options.onPremises ? '$MyInvocation.MyCommand.Name' : psQuote(c.name);
  const keep = (options.extraParameters ?? []).map((p) => psQuote(p.name));
  const body = [
    ...(options.before ?? []),
    `$answer = Invoke-ExoEmulatorCommand -CommandName ${send} -BoundParameters $PSBoundParameters -Cmdlet $PSCmdlet -ConfirmImpact ${psQuote(impact)}${keep.length ? ` -ClientParameters @(${keep.join(', ')})` : ''}`,
    ...(options.after ?? ['$answer']),
  ];
  return [
    `function ${c.name} {`,
    ...commentHelp(c, params),
    `    [CmdletBinding(${binding.join(', ')})]`,
    // Output types as the cmdlet declares them, deserialized (what pwsh holds after the answer).
    ...(c.outputType?.length ? [`    [OutputType(${c.outputType.map((t) => psQuote(t)).join(', ')})]`] : []),
    '    param(',
    paramText.join(',\n\n'),
    '    )',
    '    process {',
    ...body.map((l) => '        ' + l),
    '    }',
    '}',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// The transport, in PowerShell: one HttpClient, the request as CliXml (PSSerializer), the answer's
// records written to the caller's streams. Errors are rebuilt with ErrorRecord.FromPSObjectForRemoting,
// the method pwsh's own remoting uses for a remote error (System.Management.Automation, ErrorPackage.cs):
// the record keeps the server's FullyQualifiedErrorId exactly and wraps a RemoteException, as errors
// from a remote Exchange session do. It is not public, hence reflection; without it (another pwsh), a
// plain ErrorRecord whose id is the server's (pwsh then appends the function's name).

const TRANSPORT = String.raw`
Set-StrictMode -Version 3
$script:ExoConnection = @{ Url = $env:EXO_EMULATOR_URL; Token = $env:EXO_EMULATOR_TOKEN }
$script:ExoHttp = $null
$script:ExoFromRemoting = [System.Management.Automation.ErrorRecord].GetMethod('FromPSObjectForRemoting', [System.Reflection.BindingFlags]'NonPublic,Static')

function Get-ExoEmulatorConnection {
    <#
    .SYNOPSIS
    The exo-shell serve this module talks to: its URL and whether a token is set.
    #>
    [CmdletBinding()]
    param()
    [pscustomobject]@{ Url = $script:ExoConnection.Url; HasToken = -not [string]::IsNullOrEmpty($script:ExoConnection.Token) }
}

function Set-ExoEmulatorConnection {
    <#
    .SYNOPSIS
    Points the module at an exo-shell serve (its URL and token), as EXO_EMULATOR_URL and EXO_EMULATOR_TOKEN do.
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory=$true, Position=0)][string]$Url, [Parameter(Mandatory=$true, Position=1)][string]$Token)
    $script:ExoConnection = @{ Url = $Url.TrimEnd('/'); Token = $Token }
}

function Send-ExoEmulatorRequest {
    # A failure to reach the server ends the command (statement-terminating, as a lost remote session does).
    param([string]$CommandName, [hashtable]$Parameters, $Cmdlet)
    $c = $script:ExoConnection
    if ([string]::IsNullOrEmpty($c.Url) -or [string]::IsNullOrEmpty($c.Token)) {
        $ex = [System.InvalidOperationException]::new("No exo-emulator server: set EXO_EMULATOR_URL and EXO_EMULATOR_TOKEN (printed by exo-shell serve), or run Connect-ExchangeOnline -ConnectionUri <url> -Token <token>.")
        $Cmdlet.ThrowTerminatingError([System.Management.Automation.ErrorRecord]::new($ex, 'ExoEmulatorNotConnected', 'ConnectionError', $CommandName))
    }
    if ($null -eq $script:ExoHttp) {
        $handler = [System.Net.Http.HttpClientHandler]::new()
        $handler.UseProxy = $false
        $script:ExoHttp = [System.Net.Http.HttpClient]::new($handler)
    }
    $xml = [System.Management.Automation.PSSerializer]::Serialize(@{ Command = $CommandName; Parameters = $Parameters }, 4)
    $request = [System.Net.Http.HttpRequestMessage]::new([System.Net.Http.HttpMethod]::Post, $c.Url.TrimEnd('/') + '/invoke')
    $request.Headers.Authorization = [System.Net.Http.Headers.AuthenticationHeaderValue]::new('Bearer', $c.Token)
    $request.Content = [System.Net.Http.StringContent]::new($xml, [System.Text.Encoding]::UTF8, 'application/clixml+xml')
    try {
        $response = $script:ExoHttp.SendAsync($request).GetAwaiter().GetResult()
    } catch {
        $ex = [System.Net.Http.HttpRequestException]::new("exo-emulator server $($c.Url) cannot be reached: $($_.Exception.Message)")
        $Cmdlet.ThrowTerminatingError([System.Management.Automation.ErrorRecord]::new($ex, 'ExoEmulatorUnreachable', 'ConnectionError', $c.Url))
    }
    $text = $response.Content.ReadAsStringAsync().GetAwaiter().GetResult()
    if ([int]$response.StatusCode -ne 200 -and [int]$response.StatusCode -ne 400) {
        $ex = [System.Net.Http.HttpRequestException]::new("exo-emulator server answered $([int]$response.StatusCode): $text")
        $Cmdlet.ThrowTerminatingError([System.Management.Automation.ErrorRecord]::new($ex, "ExoEmulatorHttp$([int]$response.StatusCode)", 'ConnectionError', $c.Url))
    }
    ,[System.Management.Automation.PSSerializer]::DeserializeAsList($text)
}

function ConvertTo-ExoEmulatorErrorRecord {
    param($Serialized)
    if ($null -ne $script:ExoFromRemoting) {
        try { return $script:ExoFromRemoting.Invoke($null, @([psobject]$Serialized)) } catch { }
    }
    $ex = [System.Exception]::new([string]$Serialized.Exception.Message)
    [System.Management.Automation.ErrorRecord]::new($ex, [string]$Serialized.FullyQualifiedErrorId, [System.Management.Automation.ErrorCategory][int]$Serialized.ErrorCategory_Category, $Serialized.TargetObject)
}

function Invoke-ExoEmulatorCommand {
    param([string]$CommandName, $BoundParameters, $Cmdlet, [string]$ConfirmImpact = 'None', [string[]]$ClientParameters = @())
    $parameters = @{}
    foreach ($key in @($BoundParameters.Keys)) {
        if ($ClientParameters -contains $key) { continue }
        $value = $BoundParameters[$key]
        if ($value -is [System.Management.Automation.SwitchParameter]) { $value = $value.IsPresent }
        elseif ($value -is [enum]) { $value = $value.ToString() }
        $parameters[$key] = $value
    }
    $whatIf = $parameters.ContainsKey('WhatIf') -and $parameters['WhatIf']
    if ($ConfirmImpact -ne 'None' -and -not $whatIf) {
        # Exchange asks with its own text: the server gives it (a -WhatIf run), pwsh asks (ShouldProcess).
        $preference = $Cmdlet.GetVariableValue('ConfirmPreference')
        $asked = $BoundParameters.ContainsKey('Confirm')
        $need = if ($asked) { [bool]$BoundParameters['Confirm'] } else { [string]$preference -ne 'None' -and [int][System.Management.Automation.ConfirmImpact]$ConfirmImpact -ge [int][System.Management.Automation.ConfirmImpact][string]$preference }
        if ($need) {
            $preview = $parameters.Clone()
            $preview['WhatIf'] = $true
            $records = Send-ExoEmulatorRequest -CommandName $CommandName -Parameters $preview -Cmdlet $Cmdlet
            $text = (@($records | Where-Object { $_['Stream'] -eq 'Host' } | ForEach-Object { $_['Text'] }) -join "\n") -replace '^What if: ', ''
            if ($text -eq '') { $text = "Performing the operation ""$CommandName""." }
            if (-not $Cmdlet.ShouldProcess($text, "Are you sure you want to perform this action?` + '`n' + String.raw`$text", 'Confirm')) { return }
        }
    }
    $parameters.Remove('Confirm')
    $records = Send-ExoEmulatorRequest -CommandName $CommandName -Parameters $parameters -Cmdlet $Cmdlet
    $terminating = $null
    foreach ($r in $records) {
        switch ($r['Stream']) {
            'Output' { $r['Value'] }
            'Warning' { $Cmdlet.WriteWarning([string]$r['Message']) }
            'Verbose' { $Cmdlet.WriteVerbose([string]$r['Message']) }
            'Debug' { $Cmdlet.WriteDebug([string]$r['Message']) }
            'Information' { $Cmdlet.WriteInformation($r['MessageData'], [string[]]@()) }
            'Host' {
                $m = [System.Management.Automation.HostInformationMessage]@{ Message = [string]$r['Text']; NoNewLine = $false }
                $Cmdlet.WriteInformation($m, [string[]]@('PSHOST'))
            }
            'Progress' {
                $p = [System.Management.Automation.ProgressRecord]::new([int]$r['ActivityId'], [string]$r['Activity'], [string]$r['StatusDescription'])
                $p.ParentActivityId = [int]$r['ParentActivityId']
                if ($null -ne $r['CurrentOperation']) { $p.CurrentOperation = [string]$r['CurrentOperation'] }
                $p.PercentComplete = [int]$r['PercentComplete']
                $p.SecondsRemaining = [int]$r['SecondsRemaining']
                $p.RecordType = [string]$r['RecordType']
                $Cmdlet.WriteProgress($p)
            }
            'Error' {
                $record = ConvertTo-ExoEmulatorErrorRecord $r['Value']
                if ($r['Terminating']) { $terminating = $record } else { $Cmdlet.WriteError($record) }
            }
        }
    }
    if ($null -ne $terminating) { $Cmdlet.ThrowTerminatingError($terminating) }
}
`;

/** The parameters the connection functions take beside the cmdlet's own (they point the module at a server). */
const CONNECT_EXTRA: ParameterDeclaration[] = [
  { name: 'Token', type: 'String', description: 'The token exo-shell serve printed (EXO_EMULATOR_TOKEN). With -ConnectionUri http://127.0.0.1:<port>, points the module at that server.' },
];

/** Statements of the connection functions: an emulator URL and token given are the module's connection. */
const CONNECT_BEFORE = [
  "if ($PSBoundParameters.ContainsKey('ConnectionUri') -and [string]$PSBoundParameters['ConnectionUri'] -match '^https?://(127\\.0\\.0\\.1|localhost|\\[::1\\])(:\\d+)?/?$') {",
  "    $script:ExoConnection.Url = ([string]$PSBoundParameters['ConnectionUri']).TrimEnd('/')",
  "    [void]$PSBoundParameters.Remove('ConnectionUri')",
  '}',
  "if ($PSBoundParameters.ContainsKey('Token')) { $script:ExoConnection.Token = $Token }",
];

function remotingFunction(c: CmdletMetadata): string {
  const name = c.name.toLowerCase();
  if (name === 'new-pssession') {
    return proxyFunction(c, {
      before: [
        "if ($ConfigurationName -ne 'Microsoft.Exchange') { return Microsoft.PowerShell.Core\\New-PSSession @PSBoundParameters }",
      ],
    });
  }
  if (name === 'import-pssession') {
    return proxyFunction(c, {
      before: [
        "if ($Session -is [System.Management.Automation.Runspaces.PSSession]) { return Microsoft.PowerShell.Utility\\Import-PSSession @PSBoundParameters }",
      ],
      after: [
        // The server imported the Exchange Management Shell's commands (with the prefix): the same functions here.
        'foreach ($info in @($answer)) {',
        "    $prefix = if ($PSBoundParameters.ContainsKey('Prefix')) { $Prefix } else { '' }",
        "    $names = @($info.ExportedCommands | ForEach-Object { [string]$_ } | ForEach-Object { if ($prefix) { $_ -replace ('^([^-]+-)' + [regex]::Escape($prefix)), '$1' } else { $_ } })",
        `    if ($names.Count -gt 0) { Import-Module (Join-Path $PSScriptRoot '${ON_PREMISES_MODULE}.psm1') -Function $names -Prefix $prefix -Global -Force -DisableNameChecking -PassThru }`,
        '}',
      ],
    });
  }
  if (name === 'remove-pssession') {
    return proxyFunction(c, {
      before: ["if (@($Session | Where-Object { $_ -is [System.Management.Automation.Runspaces.PSSession] }).Count -gt 0) { return Microsoft.PowerShell.Core\\Remove-PSSession @PSBoundParameters }"],
      after: ['$answer', `Remove-Module ${ON_PREMISES_MODULE} -ErrorAction Ignore`],
    });
  }
  return proxyFunction(c);
}

export interface GeneratedModule {
  /** File name -> text. */
  files: Record<string, string>;
  /** The functions of ExoEmulator.psm1 and of ExoEmulator.OnPremises.psm1. */
  functions: string[];
  onPremisesFunctions: string[];
}

/** The cmdlets the main module proxies: Exchange Online, Graph, the lab, remoting (the session registers them connected). */
export function moduleCmdlets(): CmdletMetadata[] {
  return exchangeCmdlets({ connected: true }).filter((c) => !NOT_PROXIED.has(c.name.toLowerCase()));
}

export function onPremisesCmdlets(): CmdletMetadata[] {
  return ON_PREMISES_CMDLETS;
}

const GENERATED_NOTE = '# Generated by `exo-shell export-module` from exo-emulator\'s cmdlet metadata (src/remote/module-gen.ts). Do not edit.';

export function generateModule(): GeneratedModule {
  const main = moduleCmdlets();
  const functions = main.map((c) => {
    const n = c.name.toLowerCase();
    if (n === 'connect-exchangeonline' || n === 'connect-mggraph') {
      const hasUri = c.parameters.some((p) => p.name.toLowerCase() === 'connectionuri');
      const extra = [...CONNECT_EXTRA, ...(hasUri ? [] : [{ name: 'ConnectionUri', type: 'String', description: 'The URL exo-shell serve printed (EXO_EMULATOR_URL).' } satisfies ParameterDeclaration])];
      return proxyFunction(c, { before: CONNECT_BEFORE, extraParameters: extra.filter((p) => !c.parameters.some((q) => q.name.toLowerCase() === p.name.toLowerCase())) });
    }
    if (/-pssession$/.test(n)) return remotingFunction(c);
    return proxyFunction(c);
  });
  const aliases = main.flatMap((c) => (c.aliases ?? []).map((a) => ({ alias: a, name: c.name })));
  const names = main.map((c) => c.name);
  const exported = [...names, 'Get-ExoEmulatorConnection', 'Set-ExoEmulatorConnection'];
  const psm1 = [
    GENERATED_NOTE,
    TRANSPORT.trim(),
    '',
    ...functions,
    '',
    ...aliases.map((a) => `Set-Alias -Name ${psQuote(a.alias)} -Value ${psQuote(a.name)}`),
    `Export-ModuleMember -Function @(${exported.map(psQuote).join(', ')})${aliases.length ? ` -Alias @(${aliases.map((a) => psQuote(a.alias)).join(', ')})` : ''}`,
    '',
  ].join('\n');
  const onPrem = onPremisesCmdlets();
  const onPremPsm1 = [
    GENERATED_NOTE,
    '# The Exchange Management Shell cmdlets, as Import-PSSession makes them: imported by the ExoEmulator module\'s Import-PSSession.',
    'Set-StrictMode -Version 3',
    // The transport is the main module's: these functions call into it.
    `$transport = Get-Module ${MODULE_NAME}`,
    "function Invoke-ExoEmulatorCommand { param([string]$CommandName, $BoundParameters, $Cmdlet, [string]$ConfirmImpact = 'None', [string[]]$ClientParameters = @()) & $transport { param($p) Invoke-ExoEmulatorCommand @p } $PSBoundParameters }",
    '',
    ...onPrem.map((c) => proxyFunction(c, { onPremises: true })),
    '',
    `Export-ModuleMember -Function @(${onPrem.map((c) => psQuote(c.name)).join(', ')})`,
    '',
  ].join('\n');
  const psd1 = [
    GENERATED_NOTE,
    '@{',
    `    RootModule = '${MODULE_NAME}.psm1'`,
    `    ModuleVersion = '${MODULE_VERSION}'`,
    "    GUID = '5d0f8a52-4c1e-4a8e-9a57-6e0e3c1b2f19'",
    "    Author = 'exo-emulator'",
    "    Description = 'Exchange Online, Microsoft Graph, lab and Exchange Server cmdlets that run in an exo-emulator world (exo-shell serve).'",
    "    PowerShellVersion = '7.0'",
    `    FormatsToProcess = @('${MODULE_NAME}.Format.ps1xml')`,
    `    FunctionsToExport = @(${exported.map(psQuote).join(', ')})`,
    `    AliasesToExport = @(${aliases.map((a) => psQuote(a.alias)).join(', ')})`,
    '    CmdletsToExport = @()',
    '    VariablesToExport = @()',
    '}',
    '',
  ].join('\n');
  return {
    files: {
      [`${MODULE_NAME}.psd1`]: psd1,
      [`${MODULE_NAME}.psm1`]: psm1,
      [`${ON_PREMISES_MODULE}.psm1`]: onPremPsm1,
      [`${MODULE_NAME}.Format.ps1xml`]: formatXml(),
    },
    functions: exported,
    onPremisesFunctions: onPrem.map((c) => c.name),
  };
}

// ---------------------------------------------------------------------------------------------
// Views: exo-shell's table and list views as format.ps1xml, selected by the deserialized type names
// pwsh gives the answer's objects (a remote session imports its format data the same way).

function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function viewItem(p: ViewDefinition['properties'][number]): { label: string; property?: string; script?: string; width?: number; alignment?: string } {
  if (typeof p === 'string') return { label: p, property: p };
  if (p.psExpression) return { label: p.label, script: p.psExpression, width: p.width, alignment: p.alignment };
  return { label: p.label, property: p.property ?? p.label, width: p.width, alignment: p.alignment };
}

function viewXml(typeName: string, view: ViewDefinition): string {
  const items = view.properties.map(viewItem);
  const value = (i: (typeof items)[number]) => (i.script ? `<ScriptBlock>${xmlEscape(i.script)}</ScriptBlock>` : `<PropertyName>${xmlEscape(i.property!)}</PropertyName>`);
  const selected = `<ViewSelectedBy><TypeName>Deserialized.${xmlEscape(typeName)}</TypeName></ViewSelectedBy>`;
  const groupBy = view.groupBy ? `<GroupBy><PropertyName>${xmlEscape(view.groupBy)}</PropertyName></GroupBy>` : '';
  if (view.kind === 'list') {
    const entries = items.map((i) => `<ListItem><Label>${xmlEscape(i.label)}</Label>${value(i)}</ListItem>`).join('');
    return `    <View><Name>${xmlEscape(typeName)}</Name>${selected}${groupBy}<ListControl><ListEntries><ListEntry><ListItems>${entries}</ListItems></ListEntry></ListEntries></ListControl></View>`;
  }
  const headers = items
    .map((i) => {
      // pwsh's header label is the property's name unless told: always say it, as exo-shell shows it.
      const parts = [`<Label>${xmlEscape(i.label)}</Label>`];
      if (i.width) parts.push(`<Width>${i.width}</Width>`);
      if (i.alignment) parts.push(`<Alignment>${i.alignment[0]!.toUpperCase()}${i.alignment.slice(1)}</Alignment>`);
      return `<TableColumnHeader>${parts.join('')}</TableColumnHeader>`;
    })
    .join('');
  const cells = items.map((i) => `<TableColumnItem>${value(i)}</TableColumnItem>`).join('');
  return `    <View><Name>${xmlEscape(typeName)}</Name>${selected}${groupBy}<TableControl><TableHeaders>${headers}</TableHeaders><TableRowEntries><TableRowEntry><TableColumnItems>${cells}</TableColumnItems></TableRowEntry></TableRowEntries></TableControl></View>`;
}

/** The views of the emulated types (not pwsh's own: those pwsh has already). */
export function formatXml(): string {
  exchangeCmdlets({ connected: true });
  const views = registeredViews()
    .filter(({ typeName }) => !/^(System\.|Microsoft\.PowerShell\.)/i.test(typeName) || /^System\.Management\.Automation\.(Runspaces\.PSSession|PSModuleInfo)$/i.test(typeName))
    // A view whose column is computed in JavaScript without a PowerShell form cannot be written: pwsh's default layout then.
    .filter(({ view }) => view.properties.every((p) => typeof p === 'string' || !p.expression || p.psExpression));
  return ['<?xml version="1.0" encoding="utf-8"?>', '<Configuration>', '  <ViewDefinitions>', ...views.map((v) => viewXml(v.typeName, v.view)), '  </ViewDefinitions>', '</Configuration>', ''].join('\n');
}
