# The oracle's pwsh side. Runs every case of a batch in this one pwsh process (pwsh starts slowly),
# each as the console runs a typed command line: top level, its own local scope, errors merged into
# Out-Default, a terminating error rendered as the host renders it. The console host writes to the
# pseudo-terminal the test harness reads (test/pwsh/oracle.ts); a marker line separates the cases.
param([Parameter(Mandatory)][string]$CasesPath, [int]$CaseTimeoutMs = 10000)

$PSStyle.OutputRendering = 'PlainText'
$ProgressPreference = 'SilentlyContinue'

function Write-OracleTerminatingError($exception) {
  # EndInvoke() (called from this script) wraps the case's error in a MethodInvocationException; under
  # it, the console shows the first exception that carries a record (a method's own
  # MethodInvocationException included, as `trap { break } 'abc'.Substring(5)` raises it).
  $e = $exception
  if ($e -is [System.Management.Automation.MethodInvocationException] -and $e.Message -like 'Exception calling "EndInvoke"*') { $e = $e.InnerException }
  while ($e -and $e -isnot [System.Management.Automation.IContainsErrorRecord]) { $e = $e.InnerException }
  # Out-String ends some records (ParseException's) with a blank line the console does not print.
  if ($e) { Write-Host (($e.ErrorRecord | Out-String).TrimEnd("`n")) }
  else { Write-Host "ORACLE-DRIVER-FAILURE: $exception" }
}

# exo-emulator emulates pwsh on Windows in en-US. pwsh on Linux takes en-US from ICU, which differs
# from Windows' culture data in a few places: 3 decimals for 'N' (Windows: 2) and a narrow no-break
# space before AM/PM. Give the cases Windows' values so that those are not counted as differences.
$culture = [cultureinfo]::new('en-US')
$culture.NumberFormat.NumberDecimalDigits = 2
$dtf = $culture.DateTimeFormat
foreach ($p in 'LongTimePattern', 'ShortTimePattern', 'FullDateTimePattern') { $dtf.$p = $dtf.$p.Replace([char]0x202F, ' ') }
[cultureinfo]::DefaultThreadCurrentCulture = $culture
[cultureinfo]::DefaultThreadCurrentUICulture = $culture
[cultureinfo]::CurrentCulture = $culture

# The cases run in a runspace of their own that shares this console host (so they print as typed
# commands do), on another thread (so a case that never ends can be stopped).
$runspace = [runspacefactory]::CreateRunspace($Host)
$runspace.Open()
$runspace.SessionStateProxy.SetVariable('ProgressPreference', 'SilentlyContinue')

# What a fresh runspace has, so that each case starts from it. ResetRunspaceState restores the
# variables ($Error and the preference variables included) quickly; functions, aliases and the
# location it leaves, so those are put back too, but only after a case whose text could change them
# (a full sweep costs ~80 ms a case).
function Invoke-InOracleRunspace([string]$Script, [object[]]$Arguments = @()) {
  $p = [powershell]::Create()
  $p.Runspace = $runspace
  # Its own local scope: the helper's variables must not be taken for the case's.
  try { [void]$p.AddScript($Script, $true); foreach ($a in $Arguments) { [void]$p.AddArgument($a) }; $p.Invoke() } finally { $p.Dispose() }
}
$baseline = @(Invoke-InOracleRunspace '[pscustomobject]@{ Functions = @(Get-ChildItem function: | ForEach-Object Name); Aliases = @(Get-ChildItem alias: | ForEach-Object Name); Location = (Get-Location).Path }')[0]
$restoreCommands = @'
param($base)
Get-ChildItem function: | Where-Object { $base.Functions -notcontains $_.Name } | Remove-Item -Force -ErrorAction SilentlyContinue
Get-ChildItem alias: | Where-Object { $base.Aliases -notcontains $_.Name } | Remove-Item -Force -ErrorAction SilentlyContinue
Set-Location -LiteralPath $base.Location -ErrorAction SilentlyContinue
'@
function Reset-OracleRunspace([string]$Code) {
  $runspace.ResetRunspaceState()
  $runspace.SessionStateProxy.SetVariable('ProgressPreference', 'SilentlyContinue')
  if ($Code -match 'function|filter|alias|location|\bcd\b|\bsl\b|pushd|popd|chdir|-Item|ni\b|\bsal\b|\bnal\b') {
    [void](Invoke-InOracleRunspace $restoreCommands @(, $baseline))
  }
  # ResetRunspaceState leaves the global scope's strict mode: a case's Set-StrictMode would rule the next ones.
  if ($Code -match 'StrictMode') {
    $p = [powershell]::Create()
    $p.Runspace = $runspace
    try { [void]$p.AddScript('Set-StrictMode -Off').Invoke() } finally { $p.Dispose() }
  }
}

$cases = Get-Content -LiteralPath $CasesPath -Raw | ConvertFrom-Json
foreach ($case in $cases) {
  [Console]::Out.Write("`n<<<ORACLE-CASE $($case.id)>>>`n")
  $tokens = $null; $parseErrors = $null
  [void][System.Management.Automation.Language.Parser]::ParseInput($case.code, [ref]$tokens, [ref]$parseErrors)
  if ($case.parseOnly) {
    # Parse cases: only where pwsh finds errors, and what it says.
    $facts = @($parseErrors | ForEach-Object { [ordered]@{ id = $_.ErrorId; category = 'ParserError'; message = $_.Message; line = $_.Extent.StartLineNumber; column = $_.Extent.StartColumnNumber } })
    [Console]::Out.Write("`n<<<ORACLE-FACTS>>>" + (ConvertTo-Json -InputObject $facts -Compress -Depth 3) + "`n")
    continue
  }
  if ($parseErrors.Count -gt 0) {
    # A script that does not parse runs nothing; the console shows ParseException's record.
    Write-OracleTerminatingError ([System.Management.Automation.ParseException]::new($parseErrors))
    $facts = @($parseErrors | ForEach-Object { [ordered]@{ id = $_.ErrorId; category = 'ParserError'; message = $_.Message; line = $_.Extent.StartLineNumber; column = $_.Extent.StartColumnNumber } })
    [Console]::Out.Write("`n<<<ORACLE-FACTS>>>" + (ConvertTo-Json -InputObject $facts -Compress -Depth 3) + "`n")
    continue
  }
  $ps = [powershell]::Create()
  $ps.Runspace = $runspace
  try {
    # Global scope, as typed at the prompt (the error view asks whether a command is visible there);
    # Reset-OracleRunspace undoes what the case defined.
    [void]$ps.AddScript($case.code)
    $ps.Commands.Commands[0].MergeMyResults('Error', 'Output')
    [void]$ps.AddCommand('Out-Default')
    $async = $ps.BeginInvoke()
    if (-not $async.AsyncWaitHandle.WaitOne($CaseTimeoutMs)) {
      $ps.Stop()
      Write-Host '<<<ORACLE-TIMEOUT>>>'
    } else {
      [void]$ps.EndInvoke($async)
    }
  } catch {
    Write-OracleTerminatingError $_.Exception
  } finally {
    $ps.Dispose()
  }
  # Structured facts after the text: the errors the case's runspace recorded, oldest first.
  $errors = @($runspace.SessionStateProxy.PSVariable.GetValue('Error').ToArray()); [array]::Reverse($errors)
  $facts = @($errors | ForEach-Object {
      $r = if ($_ -is [System.Management.Automation.ErrorRecord]) { $_ } elseif ($_.ErrorRecord) { $_.ErrorRecord } else { $null }
      if ($r) { [ordered]@{ id = [string]$r.FullyQualifiedErrorId; category = [string]$r.CategoryInfo.Category; message = [string]$r.Exception.Message } }
    })
  [Console]::Out.Write("`n<<<ORACLE-FACTS>>>" + (ConvertTo-Json -InputObject $facts -Compress -Depth 3) + "`n")
  Reset-OracleRunspace $case.code
}
[Console]::Out.Write("`n<<<ORACLE-END>>>`n")
