/**
 * Reaching the Exchange Management Shell remotely, as admins do (about_PSSessions, about_Remote):
 *   $s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri http://EXCH-SRV-01.corp.contoso.com/PowerShell/ -Credential $cred
 *   Import-PSSession $s [-Prefix OnPrem]        # proxies in a tmp_ module (Get-Command shows it as Source)
 *   Invoke-Command -Session $s { Get-Mailbox }  # runs the block where the on-premises cmdlets exist
 * No network: the session is a record of the server and the verified account; the on-premises
 * cmdlets act on the world's on-premises organization.
 */
import { defineCmdlet, type CmdletContext, type CmdletDefinition, type SessionApi } from '../../src/engine/cmdlet';
import { PSCredential, PSObject, stringOf, type PSValue } from '../../src/engine/values';
import { invokeCommand as coreInvokeCommand } from '../core/utility';
import { verifyCredentials } from '../../src/model';
import { findServer } from '../../src/model/onprem-admin';
import { exchangeMessage, fail, inTransaction } from '../exchange-online/context';
import { prefixed, type CommandRegistry } from '../exchange-online/connection';

export const PSSESSION_TYPE = 'System.Management.Automation.Runspaces.PSSession';
export const MODULE_INFO_TYPE = 'System.Management.Automation.PSModuleInfo';
const CORE = 'Microsoft.PowerShell.Core';
const UTILITY = 'Microsoft.PowerShell.Utility';

interface RemoteSession {
  id: number;
  name: string;
  computerName: string;
  configurationName: string;
  state: 'Opened' | 'Closed';
  object: PSObject;
  /** Names this session's Import-PSSession registered, and what they shadowed (restored on removal). */
  imported: { name: string; shadowed: CmdletDefinition | undefined }[];
}

interface RemotingState {
  sessions: RemoteSession[];
  nextId: number;
}

const states = new WeakMap<SessionApi, RemotingState>();
function stateOf(session: SessionApi): RemotingState {
  let s = states.get(session);
  if (!s) states.set(session, (s = { sessions: [], nextId: 1 }));
  return s;
}

/** The on-premises cmdlets a Microsoft.Exchange session offers (set by index.ts). */
let exchangeShellCmdlets: CmdletDefinition[] = [];
export function setExchangeShellCmdlets(defs: CmdletDefinition[]): void {
  exchangeShellCmdlets = defs;
}

function sessionObject(r: Omit<RemoteSession, 'object' | 'imported'>): PSObject {
  const o = new PSObject([PSSESSION_TYPE, 'System.Object']);
  o.addProperty({ name: 'Id', value: r.id, memberType: 'Property', typeName: 'int' });
  o.addProperty({ name: 'Name', value: r.name, memberType: 'Property', typeName: 'string' });
  o.addProperty({ name: 'Transport', value: 'WSMan', memberType: 'Property', typeName: 'string' });
  o.addProperty({ name: 'ComputerName', value: r.computerName, memberType: 'Property', typeName: 'string' });
  o.addProperty({ name: 'ComputerType', value: 'RemoteMachine', memberType: 'Property' });
  o.addProperty({ name: 'State', value: r.state, memberType: 'Property' });
  o.addProperty({ name: 'ConfigurationName', value: r.configurationName, memberType: 'Property', typeName: 'string' });
  o.addProperty({ name: 'Availability', value: r.state === 'Opened' ? 'Available' : 'None', memberType: 'Property' });
  o.toStringOverride = () => `[PSSession]${r.name}`;
  return o;
}

/** The session records a -Session argument names (objects written by New-PSSession). */
function sessionsOf(ctx: CmdletContext, v: PSValue | undefined): RemoteSession[] {
  const st = stateOf(ctx.session);
  const items = v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
  return items.map((x) => st.sessions.find((s) => s.object === x || (x instanceof PSObject && x.get('Id') === s.id))).filter((s): s is RemoteSession => !!s);
}

/** `http://EXCH-SRV-01.corp.contoso.com/PowerShell/` -> `EXCH-SRV-01.corp.contoso.com`. */
function hostOf(uri: string): string {
  const m = /^[a-z]+:\/\/([^/:]+)/i.exec(uri.trim());
  return m ? m[1] : uri.trim();
}

export const newPSSessionCmdlet = defineCmdlet({
  name: 'New-PSSession',
  source: CORE,
  defaultParameterSet: 'ComputerName',
  parameters: [
    { name: 'ComputerName', type: 'String[]', aliases: ['Cn'], sets: { ComputerName: { position: 0 } }, description: 'The computer to connect to.' },
    { name: 'ConnectionUri', type: 'Uri[]', aliases: ['URI', 'CU'], sets: { Uri: { position: 0, mandatory: true } }, description: 'The endpoint, e.g. http://EXCH-SRV-01.corp.contoso.com/PowerShell/.' },
    { name: 'ConfigurationName', type: 'String', description: 'The session configuration: Microsoft.Exchange for the Exchange Management Shell.' },
    { name: 'Credential', type: 'PSCredential', description: 'The account to connect with (an Exchange administrator).' },
    { name: 'Authentication', type: 'AuthenticationMechanism', enumValues: ['Default', 'Basic', 'Negotiate', 'NegotiateWithImplicitCredential', 'Credssp', 'Digest', 'Kerberos'], description: 'The authentication mechanism (Kerberos for Exchange).' },
    { name: 'Name', type: 'String[]', description: 'A friendly name for the session.' },
    { name: 'AllowRedirection', type: 'SwitchParameter', sets: { Uri: {} }, description: 'Allows redirection to another URI.', noEffect: 'the emulated server never redirects' },
    { name: 'SessionOption', type: 'PSSessionOption', description: 'Advanced session options.', noEffect: 'no WinRM transport is emulated' },
    { name: 'Port', type: 'Int32', sets: { ComputerName: {} }, description: 'The port.', noEffect: 'no WinRM transport is emulated' },
    { name: 'UseSSL', type: 'SwitchParameter', sets: { ComputerName: {} }, description: 'Uses HTTPS.', noEffect: 'no WinRM transport is emulated' },
    { name: 'ThrottleLimit', type: 'Int32', description: 'Concurrent connections.', noEffect: 'connections are made one at a time' },
  ],
  outputType: [PSSESSION_TYPE],
  help: {
    synopsis: 'Creates a persistent connection to a local or remote computer.',
    examples: [
      {
        code: '$s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri http://EXCH-SRV-01.corp.contoso.com/PowerShell/ -Authentication Kerberos -Credential $cred',
        remarks: 'Opens a session to the Exchange Management Shell of the on-premises server.',
      },
    ],
    onlineUri: 'https://learn.microsoft.com/powershell/module/microsoft.powershell.core/new-pssession',
  },
  process(ctx) {
    const targets = ctx.parameterSetName === 'Uri' ? ((ctx.params.ConnectionUri as PSValue[]) ?? []).map((u) => hostOf(stringOf(u))) : ((ctx.params.ComputerName as PSValue[] | null) ?? ['localhost']).map((c) => stringOf(c));
    const cred = ctx.params.Credential;
    // pwsh: -Name is a plain [string[]] here: `-Name $null` binds and the session takes its default name.
    const names = ((ctx.params.Name as PSValue[] | null | undefined) ?? []).map((n) => stringOf(n));
    targets.forEach((host, i) => {
      const ok = inTransaction(ctx, (w) => {
        const server = findServer(w.onPrem, host);
        if (!server) fail('RemoteConnectFailed', [host], host);
        if (!(cred instanceof PSCredential)) fail('RemoteNeedsCredential', [host], host);
        if (!verifyCredentials(w.onPrem, cred.userName, cred.password.reveal())) fail('RemoteAccessDenied', [host], host);
        return true;
      });
      if (!ok) return;
      const st = stateOf(ctx.session);
      const id = st.nextId++;
      const base = { id, name: names[i] ?? `Runspace${id}`, computerName: host, configurationName: ctx.bound('ConfigurationName') ? stringOf(ctx.params.ConfigurationName) : 'Microsoft.PowerShell', state: 'Opened' as const };
      const record: RemoteSession = { ...base, object: sessionObject(base), imported: [] };
      st.sessions.push(record);
      ctx.writeObject(record.object);
    });
  },
});

function isExchange(s: RemoteSession): boolean {
  return s.configurationName.toLowerCase() === 'microsoft.exchange';
}

/** A temporary module name as Import-PSSession makes: tmp_ + 8 letters/digits + . + 3. */
function tmpModuleName(ctx: CmdletContext): string {
  const chars = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const pick = (n: number) => Array.from({ length: n }, () => chars[Math.floor(ctx.services.random.next() * chars.length)]).join('');
  return `tmp_${pick(8)}.${pick(3)}`;
}

function moduleInfo(name: string, commands: string[]): PSObject {
  const o = new PSObject([MODULE_INFO_TYPE, 'System.Object']);
  o.addProperty({ name: 'ModuleType', value: 'Script', memberType: 'Property' });
  o.addProperty({ name: 'Version', value: '1.0', memberType: 'Property' });
  o.addProperty({ name: 'PreRelease', value: null, memberType: 'Property' });
  o.addProperty({ name: 'Name', value: name, memberType: 'Property' });
  o.addProperty({ name: 'ExportedCommands', value: [...commands].sort(), memberType: 'Property' });
  o.addProperty({ name: 'Description', value: `Implicit remoting for ${name}`, memberType: 'Property' });
  o.toStringOverride = () => name;
  return o;
}

/**
 * The proxy Import-PSSession registers for a remote cmdlet: the same definition, renamed with the prefix,
 * its source the temporary module. Kept per definition for the last few prefix and module pairs, so that
 * sessions importing the same module again (each block of a corpus replay, on the same seeded world) reuse it.
 */
const proxies = new WeakMap<CmdletDefinition, Map<string, CmdletDefinition>>();
function proxyOf(def: CmdletDefinition, prefix: string, module: string): CmdletDefinition {
  let byKey = proxies.get(def);
  if (!byKey) proxies.set(def, (byKey = new Map()));
  const key = `${prefix}\u0000${module}`;
  let proxy = byKey.get(key);
  if (!proxy) {
    if (byKey.size >= 4) byKey.delete(byKey.keys().next().value!);
    proxy = { ...prefixed(def, prefix), source: module };
    byKey.set(key, proxy);
  }
  return proxy;
}

export const importPSSessionCmdlet = defineCmdlet({
  name: 'Import-PSSession',
  aliases: ['ipsn'],
  source: UTILITY,
  parameters: [
    { name: 'Session', type: 'PSSession', sets: { __AllParameterSets: { position: 0, mandatory: true } }, description: 'The session whose commands are imported.' },
    { name: 'CommandName', type: 'String[]', aliases: ['Name'], sets: { __AllParameterSets: { position: 2 } }, description: 'Imports only these commands (wildcards allowed).' },
    { name: 'Prefix', type: 'String', description: 'A prefix added to the nouns of the imported commands (Set-OnPremClientAccessServer).' },
    { name: 'AllowClobber', type: 'SwitchParameter', description: 'Imports commands even when they shadow existing ones (Get-Mailbox of Exchange Online).' },
    { name: 'DisableNameChecking', type: 'SwitchParameter', description: 'Suppresses the unapproved-verb warning.', noEffect: 'every Exchange verb is approved' },
    { name: 'FormatTypeName', type: 'String[]', description: 'Formatting data to import.', noEffect: 'the Exchange views are built in' },
    { name: 'Module', type: 'String[]', aliases: ['PSSnapin'], description: 'Imports only the commands of these snap-ins.', noEffect: 'the session has one snap-in' },
    { name: 'ArgumentList', type: 'Object[]', aliases: ['Args'], description: 'Arguments for the commands.', noEffect: 'no command takes import arguments' },
    { name: 'CommandType', type: 'CommandTypes', aliases: ['Type'], description: 'Types of commands to import.', noEffect: 'the session exports cmdlets only' },
    { name: 'Certificate', type: 'X509Certificate2', description: 'Signs the temporary module.', noEffect: 'the temporary module is not a file' },
  ],
  outputType: [MODULE_INFO_TYPE],
  help: {
    synopsis: 'Imports commands from another session into the current session.',
    examples: [{ code: 'Import-PSSession $s -Prefix OnPrem', remarks: 'Imports the Exchange Management Shell cmdlets with the prefix OnPrem (Set-OnPremClientAccessServer).' }],
    onlineUri: 'https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/import-pssession',
  },
  process(ctx) {
    const [session] = sessionsOf(ctx, ctx.params.Session);
    if (!session) return;
    if (session.state !== 'Opened') {
      inTransaction(ctx, () => fail('RemoteSessionClosed', [session.id, session.name, session.computerName, session.state], session.name));
      return;
    }
    const registry = ctx.session as CommandRegistry;
    const prefix = ctx.bound('Prefix') ? stringOf(ctx.params.Prefix) : '';
    const wanted = ctx.bound('CommandName') && ctx.params.CommandName ? (ctx.params.CommandName as PSValue[]).map((n) => new RegExp('^' + stringOf(n).replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.') + '$', 'i')) : null;
    const module = tmpModuleName(ctx);
    const imported: string[] = [];
    const skipped: string[] = [];
    for (const def of isExchange(session) ? exchangeShellCmdlets : []) {
      const proxy = proxyOf(def, prefix, module);
      if (wanted && !wanted.some((re) => re.test(proxy.name))) continue;
      const existing = ctx.session.resolveCommand(proxy.name);
      if (existing && !ctx.params.AllowClobber) {
        skipped.push(proxy.name);
        continue;
      }
      session.imported.push({ name: proxy.name, shadowed: existing?.commandType === 'Cmdlet' ? (existing.metadata as CmdletDefinition | undefined) : undefined });
      registry.registerCmdlet?.(proxy);
      imported.push(proxy.name);
    }
    for (const name of skipped) ctx.writeWarning(exchangeMessage('ImportClobber', name));
    if (imported.length === 0 && skipped.length > 0) {
      inTransaction(ctx, () => fail('ImportNoCommands'));
      return;
    }
    ctx.writeObject(moduleInfo(module, imported));
  },
});

/** Removes what a session imported and puts back the commands it shadowed. */
function unimport(ctx: CmdletContext, s: RemoteSession): void {
  const registry = ctx.session as CommandRegistry;
  for (const { name, shadowed } of s.imported.reverse()) {
    registry.unregisterCmdlet?.(name);
    if (shadowed) registry.registerCmdlet?.(shadowed);
  }
  s.imported = [];
}

export const removePSSessionCmdlet = defineCmdlet({
  name: 'Remove-PSSession',
  aliases: ['rsn'],
  source: CORE,
  supportsShouldProcess: true,
  confirmImpact: 'Low',
  defaultParameterSet: 'Session',
  parameters: [
    { name: 'Session', type: 'PSSession[]', sets: { Session: { position: 0, mandatory: true, valueFromPipeline: true } }, description: 'The sessions to close.' },
    { name: 'Id', type: 'Int32[]', sets: { Id: { position: 0, mandatory: true } }, description: 'The ids of the sessions to close.' },
    { name: 'Name', type: 'String[]', sets: { Name: { mandatory: true } }, description: 'The names of the sessions to close.' },
    { name: 'ComputerName', type: 'String[]', aliases: ['Cn'], sets: { ComputerName: { mandatory: true } }, description: 'Closes the sessions to these computers.' },
  ],
  help: { synopsis: 'Closes one or more PowerShell sessions (PSSessions).', onlineUri: 'https://learn.microsoft.com/powershell/module/microsoft.powershell.core/remove-pssession' },
  process(ctx) {
    const st = stateOf(ctx.session);
    const strs = (n: string) => ((ctx.params[n] as PSValue[] | null) ?? []).map((x) => stringOf(x).toLowerCase());
    const chosen =
      ctx.parameterSetName === 'Id' ? st.sessions.filter((s) => ((ctx.params.Id as PSValue[]) ?? []).includes(s.id))
      : ctx.parameterSetName === 'Name' ? st.sessions.filter((s) => strs('Name').includes(s.name.toLowerCase()))
      : ctx.parameterSetName === 'ComputerName' ? st.sessions.filter((s) => strs('ComputerName').includes(s.computerName.toLowerCase()))
      : sessionsOf(ctx, ctx.params.Session);
    for (const s of chosen) {
      if (!ctx.shouldProcess(`${s.name} (${s.computerName})`)) continue;
      unimport(ctx, s);
      s.state = 'Closed';
      s.object.set('State', 'Closed');
      s.object.set('Availability', 'None');
      st.sessions.splice(st.sessions.indexOf(s), 1);
    }
  },
});

export const getPSSessionCmdlet = defineCmdlet({
  name: 'Get-PSSession',
  aliases: ['gsn'],
  source: CORE,
  parameters: [
    // pwsh 7.6: [ValidateNotNullOrEmpty] (`Get-PSSession -Name $null` is ParameterArgumentValidationError).
    { name: 'Name', type: 'String[]', validateNotNullOrEmpty: true, description: 'Filters by session name.' },
    { name: 'Id', type: 'Int32[]', description: 'Filters by id.' },
  ],
  outputType: [PSSESSION_TYPE],
  help: { synopsis: 'Gets the PowerShell sessions (PSSessions) of the current session.', onlineUri: 'https://learn.microsoft.com/powershell/module/microsoft.powershell.core/get-pssession' },
  process(ctx) {
    const names = ctx.bound('Name') ? (ctx.params.Name as PSValue[]).map((n) => stringOf(n).toLowerCase()) : null;
    const ids = ctx.bound('Id') ? (ctx.params.Id as PSValue[]) : null;
    for (const s of stateOf(ctx.session).sessions) if ((!names || names.includes(s.name.toLowerCase())) && (!ids || ids.includes(s.id))) ctx.writeObject(s.object);
  },
});

/**
 * Invoke-Command with a -Session set added to the core cmdlet: the block runs in a child scope
 * where the session's on-premises cmdlets exist (and shadow Exchange Online's), then they go away.
 */
export const invokeCommandCmdlet = defineCmdlet({
  ...coreInvokeCommand,
  parameters: [
    ...coreInvokeCommand.parameters.map((p) => (p.name === 'ScriptBlock' ? { ...p, sets: { ...p.sets, Session: { position: 1, mandatory: true } } } : p)),
    { name: 'Session', type: 'PSSession[]', sets: { Session: { position: 0, mandatory: true } }, description: 'The sessions to run the command in.' },
    { name: 'HideComputerName', type: 'SwitchParameter', aliases: ['HCN'], sets: { Session: {} }, description: 'Omits PSComputerName from the output.', noEffect: 'output objects carry no PSComputerName' },
    { name: 'AsJob', type: 'SwitchParameter', sets: { Session: {} }, description: 'Runs the command as a background job.', noEffect: 'jobs are not emulated; the command runs at once' },
  ],
  end(ctx) {
    if (ctx.parameterSetName !== 'Session') {
      coreInvokeCommand.end?.(ctx);
      return;
    }
    const registry = ctx.session as CommandRegistry;
    const args = (ctx.params.ArgumentList as PSValue[] | null) ?? [];
    for (const s of sessionsOf(ctx, ctx.params.Session)) {
      if (s.state !== 'Opened') {
        inTransaction(ctx, () => fail('RemoteSessionClosed', [s.id, s.name, s.computerName, s.state], s.name));
        continue;
      }
      const swapped: { name: string; shadowed: CmdletDefinition | undefined }[] = [];
      for (const def of isExchange(s) ? exchangeShellCmdlets : []) {
        const existing = ctx.session.resolveCommand(def.name);
        swapped.push({ name: def.name, shadowed: existing?.commandType === 'Cmdlet' ? (existing.metadata as CmdletDefinition | undefined) : undefined });
        registry.registerCmdlet?.(def);
      }
      try {
        for (const v of ctx.session.invokeInChildScope?.(ctx.params.ScriptBlock ?? null, args, ctx.state['input'] as PSValue[]) ?? []) ctx.writeObject(v);
      } finally {
        for (const { name, shadowed } of swapped) {
          registry.unregisterCmdlet?.(name);
          if (shadowed) registry.registerCmdlet?.(shadowed);
        }
      }
    }
  },
});

export const REMOTING_CMDLETS = [newPSSessionCmdlet, importPSSessionCmdlet, removePSSessionCmdlet, getPSSessionCmdlet, invokeCommandCmdlet];

/** For tests and the shell: the world-independent part of a session's remoting state. */
export function remoteSessionCount(session: SessionApi): number {
  return stateOf(session).sessions.length;
}


