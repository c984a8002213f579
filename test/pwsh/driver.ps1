# The oracle's pwsh side. Runs every case of a batch in this one pwsh process (pwsh starts slowly),
# each as the console runs a typed command line: top level, its own local scope, errors merged into
# Out-Default, a terminating error rendered as the host renders it. The console host writes to the
# pseudo-terminal the test harness reads (test/pwsh/oracle.ts); a marker line separates the cases.
param([Parameter(Mandatory)][string]$CasesPath)

$PSStyle.OutputRendering = 'PlainText'
$ProgressPreference = 'SilentlyContinue'

function Write-OracleTerminatingError($exception) {
  # Invoke() wraps the case's error; the console shows the innermost record.
  $e = $exception
  while ($e -and -not ($e -is [System.Management.Automation.IContainsErrorRecord] -and $e -isnot [System.Management.Automation.MethodInvocationException])) {
    $e = $e.InnerException
  }
  if ($e) { $e.ErrorRecord | Out-String | Write-Host -NoNewline }
  else { Write-Host "ORACLE-DRIVER-FAILURE: $exception" }
}

$cases = Get-Content -LiteralPath $CasesPath -Raw | ConvertFrom-Json
foreach ($case in $cases) {
  [Console]::Out.Write("`n<<<ORACLE-CASE $($case.id)>>>`n")
  $global:Error.Clear()
  $tokens = $null; $parseErrors = $null
  [void][System.Management.Automation.Language.Parser]::ParseInput($case.code, [ref]$tokens, [ref]$parseErrors)
  if ($parseErrors.Count -gt 0) {
    # A script that does not parse runs nothing; the console shows ParseException's record.
    [System.Management.Automation.ParseException]::new($parseErrors).ErrorRecord | Out-String | Write-Host -NoNewline
    $facts = @($parseErrors | ForEach-Object { [ordered]@{ id = $_.ErrorId; category = 'ParserError'; message = $_.Message; line = $_.Extent.StartLineNumber; column = $_.Extent.StartColumnNumber } })
    [Console]::Out.Write("`n<<<ORACLE-FACTS>>>" + (ConvertTo-Json -InputObject $facts -Compress -Depth 3) + "`n")
    continue
  }
  $ps = [powershell]::Create('CurrentRunspace')
  $wrapped = $false
  try {
    [void]$ps.AddScript($case.code, $true)
    $ps.Commands.Commands[0].MergeMyResults('Error', 'Output')
    [void]$ps.AddCommand('Out-Default')
    [void]$ps.Invoke()
  } catch {
    $wrapped = $true
    Write-OracleTerminatingError $_.Exception
  } finally {
    $ps.Dispose()
  }
  # Structured facts after the text: the errors recorded, oldest first.
  # The catch above recorded Invoke's wrapper too (the newest entry): not the case's own.
  $errors = @($global:Error.ToArray() | Select-Object -Skip ([int]$wrapped)); [array]::Reverse($errors)
  $facts = @($errors | ForEach-Object {
      $r = if ($_ -is [System.Management.Automation.ErrorRecord]) { $_ } elseif ($_.ErrorRecord) { $_.ErrorRecord } else { $null }
      if ($r) { [ordered]@{ id = [string]$r.FullyQualifiedErrorId; category = [string]$r.CategoryInfo.Category; message = [string]$r.Exception.Message } }
    })
  [Console]::Out.Write("`n<<<ORACLE-FACTS>>>" + (ConvertTo-Json -InputObject $facts -Compress -Depth 3) + "`n")
}
[Console]::Out.Write("`n<<<ORACLE-END>>>`n")
