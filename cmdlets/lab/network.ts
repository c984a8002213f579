/**
 * The network between the admin's workstation (inside the corporate network) and the servers:
 * Test-NetConnection (the NetTCPIP module) tells whether a TCP port of a server answers, from the
 * ports the world's firewall lets through; Set-LabFirewall stands in for the network firewall in
 * front of an on-premises server (R12: an Exchange 2003 server needs TCP 6001, 6002 and 6004 open
 * for RPC over HTTP).
 */
import { defineCmdlet, type CmdletDefinition } from '../../src/engine/cmdlet';
import { PSObject, stringOf, type PSValue } from '../../src/engine/values';
import { registerView } from '../../src/formatting/views';
import { normaliseDnsName, resolveName } from '../../src/model';
import { internalServerAddress } from '../../src/model/dns-resolve';
import { findServer, setServerPorts } from '../../src/model/onprem-admin';
import type { ExchangeServer, World } from '../../src/model/world';
import type { DeepReadonly } from '../../src/store/readonly';
import { readWorld, runtimeOf } from '../exchange-online/context';

const RESULT_TYPE = 'TestNetConnectionResult';
/** [EMU] The admin workstation's address on the corporate network. */
const WORKSTATION_ADDRESS = '10.0.0.50';
const COMMON_PORTS: Record<string, number> = { HTTP: 80, RDP: 3389, SMB: 445, WINRM: 5985 };

registerView(RESULT_TYPE, { kind: 'list', properties: ['ComputerName', 'RemoteAddress', 'RemotePort', 'InterfaceAlias', 'SourceAddress', 'TcpTestSucceeded'] });
registerView(`${RESULT_TYPE}#Ping`, { kind: 'list', properties: ['ComputerName', 'RemoteAddress', 'InterfaceAlias', 'SourceAddress', 'PingSucceeded', 'PingReplyDetails (RTT)'] });

const lower = (s: string) => s.trim().toLowerCase();

function serverOf(w: DeepReadonly<World>, host: string): DeepReadonly<ExchangeServer> | undefined {
  const h = normaliseDnsName(host);
  return w.onPrem.servers.find((s) => lower(s.fqdn) === h || lower(s.name) === h || lower(s.outlookAnywhere.externalHostName) === h);
}

/** The address the workstation's resolver gives for `host` (the corporate DNS, then the Internet's), or a server's internal address. */
function addressOf(w: DeepReadonly<World>, host: string, now: number): string | undefined {
  if (/^\d+\.\d+\.\d+\.\d+$/.test(host.trim())) return host.trim();
  for (const vantage of ['inside', 'outside'] as const) {
    const r = resolveName(w as never, host, 'A', now, vantage);
    const a = r.answers.find((x) => x.type === 'A');
    if (r.status === 'answer' && a) return a.value;
  }
  const i = w.onPrem.servers.findIndex((s) => lower(s.name) === lower(host) || lower(s.fqdn) === lower(host));
  return i >= 0 ? internalServerAddress(i) : undefined;
}

export const testNetConnectionCmdlet = defineCmdlet({
  name: 'Test-NetConnection',
  source: 'NetTCPIP',
  defaultParameterSet: 'ICMP',
  parameters: [
    { name: 'ComputerName', type: 'String', aliases: ['RemoteAddress', 'cn'], sets: { __AllParameterSets: { position: 0, valueFromPipeline: true } }, description: 'The computer to test: a DNS name or an IPv4 address.' },
    { name: 'Port', type: 'Int32', aliases: ['RemotePort'], validateRange: [1, 65535], sets: { RemotePort: { mandatory: true } }, description: 'The TCP port to test.' },
    { name: 'CommonTCPPort', type: 'String', validateSet: ['HTTP', 'RDP', 'SMB', 'WINRM'], sets: { CommonTCPPort: { mandatory: true, position: 1 } }, description: 'A well-known TCP port to test: HTTP (80), RDP (3389), SMB (445) or WINRM (5985).' },
    { name: 'InformationLevel', type: 'String', validateSet: ['Quiet', 'Detailed'], description: 'Quiet returns only True or False.' },
    { name: 'TraceRoute', type: 'SwitchParameter', sets: { ICMP: {} }, description: 'Traces the route.', noEffect: 'the network has no modelled hops' },
    { name: 'Hops', type: 'Int32', sets: { ICMP: {} }, description: 'The most hops of a trace.', noEffect: 'the network has no modelled hops' },
  ],
  outputType: [RESULT_TYPE],
  help: {
    synopsis: 'Tests whether a computer answers (ping) or whether one of its TCP ports accepts a connection, from the admin workstation.',
    examples: [
      { code: 'Test-NetConnection mail.contoso.com -Port 443', remarks: 'TcpTestSucceeded is True when the port is open.' },
      { code: 'Test-NetConnection EXCH-SRV-01.corp.contoso.com -Port 6004 -InformationLevel Quiet', remarks: 'Only True or False.' },
    ],
    onlineUri: 'https://learn.microsoft.com/powershell/module/nettcpip/test-netconnection',
  },
  process(ctx) {
    const w = readWorld(ctx);
    const now = runtimeOf(ctx).clock.now();
    const host = ctx.bound('ComputerName') && ctx.params.ComputerName !== null ? stringOf(ctx.params.ComputerName) : 'internetbeacon.msedge.net';
    const port = ctx.parameterSetName === 'RemotePort' ? Number(ctx.params.Port) : ctx.parameterSetName === 'CommonTCPPort' ? COMMON_PORTS[stringOf(ctx.params.CommonTCPPort).toUpperCase()]! : null;
    const quiet = ctx.bound('InformationLevel') && stringOf(ctx.params.InformationLevel).toLowerCase() === 'quiet';
    const address = addressOf(w, host, now);
    if (!address) {
      ctx.writeWarning(`Name resolution of ${host} failed`);
      if (quiet) ctx.writeObject(false);
      return;
    }
    const server = serverOf(w, host) ?? w.onPrem.servers.find((_, i) => internalServerAddress(i) === address);
    // [EMU] Only the organization's servers answer; every other address is taken to be reachable on ping and on 80/443.
    const tcp = port === null ? null : server ? server.openPorts.includes(port) : port === 80 || port === 443;
    if (tcp === false) ctx.writeWarning(`TCP connect to (${address} : ${port}) failed`);
    if (quiet) return void ctx.writeObject(tcp ?? true);
    const o = new PSObject(port === null ? [`${RESULT_TYPE}#Ping`, RESULT_TYPE, 'System.Object'] : [RESULT_TYPE, 'System.Object']);
    const add = (name: string, value: PSValue) => o.addProperty({ name, value, memberType: 'Property' });
    add('ComputerName', host);
    add('RemoteAddress', address);
    if (port !== null) add('RemotePort', port);
    add('InterfaceAlias', 'Ethernet');
    add('SourceAddress', WORKSTATION_ADDRESS);
    if (port === null) {
      add('PingSucceeded', true);
      add('PingReplyDetails (RTT)', '1 ms');
    } else add('TcpTestSucceeded', tcp);
    ctx.writeObject(o);
  },
});

export const setLabFirewallCmdlet = defineCmdlet({
  name: 'Set-LabFirewall',
  source: 'ExoEmulator.Lab',
  supportsShouldProcess: true,
  confirmImpact: 'Medium',
  parameters: [
    { name: 'ComputerName', type: 'String', sets: { __AllParameterSets: { position: 0, mandatory: true } }, description: 'The on-premises server the firewall protects (EXCH-SRV-01 or its FQDN).' },
    { name: 'OpenPort', type: 'Int32[]', description: 'TCP ports to let through.' },
    { name: 'ClosePort', type: 'Int32[]', description: 'TCP ports to block.' },
    { name: 'PassThru', type: 'SwitchParameter', description: 'Writes the ports open afterwards.' },
  ],
  help: {
    synopsis: "Opens or closes TCP ports on the network firewall in front of an on-premises server (the lab's stand-in for the firewall's own console).",
    examples: [{ code: 'Set-LabFirewall -ComputerName EXCH-SRV-01 -OpenPort 6001,6002,6004', remarks: 'Lets RPC over HTTP reach an Exchange 2003 server.' }],
  },
  process(ctx) {
    const name = stringOf(ctx.params.ComputerName);
    const ports = (p: string) => (ctx.bound(p) && ctx.params[p] !== null ? (ctx.params[p] as PSValue[]).map(Number) : []);
    const open = ports('OpenPort');
    const close = ports('ClosePort');
    const rt = runtimeOf(ctx);
    if (!findServer(readWorld(ctx).onPrem as never, name)) {
      ctx.writeError({ message: `Cannot find a server named '${name}'. The servers are: ${readWorld(ctx).onPrem.servers.map((s) => s.name).join(', ')}.`, errorId: 'LabServerNotFound', category: 'ObjectNotFound', targetObject: name });
      return;
    }
    const what = [open.length ? `open TCP ${open.join(', ')}` : '', close.length ? `close TCP ${close.join(', ')}` : ''].filter(Boolean).join(', ');
    if (!ctx.shouldProcess(name, `Set firewall (${what || 'no change'})`)) return;
    rt.store.transaction((world) => setServerPorts(world, name, open, close));
    if (ctx.params.PassThru === true) for (const p of findServer(readWorld(ctx).onPrem as never, name)!.openPorts) ctx.writeObject(p);
  },
});

export const NETWORK_CMDLETS: CmdletDefinition[] = [testNetConnectionCmdlet, setLabFirewallCmdlet];
