/**
 * exo-shell serve's protocol (docs/server-protocol.md), in process: the token, CliXml answers, errors as
 * remoting-shaped ErrorRecords, streams, -State persistence, and the TypeScript client.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../../shell/serve';
import { connectRemote, RemoteCmdletError, RemoteProtocolError, PSCredential, SecureString } from 'exo-emulator';
import { encodeRequest } from '../../src/remote/protocol';
import { PSObject } from '../../src/engine/values';

const running: RunningServer[] = [];
async function serve(options: Partial<Parameters<typeof startServer>[0]> = {}): Promise<RunningServer> {
  const s = await startServer({ scenario: null, state: null, seed: null, noConnect: false, port: 0, ...options });
  running.push(s);
  return s;
}
afterEach(async () => {
  for (const s of running.splice(0)) await s.close();
});

const post = (s: RunningServer, body: string, token: string | null = s.token) =>
  fetch(`${s.url}/invoke`, { method: 'POST', body, headers: token === null ? {} : { Authorization: `Bearer ${token}` } });

describe('exo-shell serve', () => {
  it('answers 401 without the token or with a wrong one, and runs nothing', async () => {
    const s = await serve();
    const body = encodeRequest('New-MigrationBatch', { Name: 'X', SourceEndpoint: 'Nope' });
    for (const token of [null, 'wrong', s.token + 'x', '']) {
      const res = await post(s, body, token);
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    }
    expect((await fetch(`${s.url}/info`)).status).toBe(401);
    expect(s.session.world.tenant.migration.batches).toEqual([]);
    expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('runs a cmdlet and answers with its output objects as CliXml', async () => {
    const s = await serve();
    const res = await post(s, encodeRequest('Get-LabScenario', { Name: 'contoso' }));
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain('<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">');
    expect(text).toMatch(/<S N="Key">Stream<\/S>\s*<S N="Value">Output<\/S>/);
    expect(text).toContain('<T>ExoEmulator.LabScenario</T>');
    expect(text).toMatch(/<S N="Key">Stream<\/S>\s*<S N="Value">End<\/S>/);
  });

  it('an error comes back as an ErrorRecord in remoting shape with the FullyQualifiedErrorId', async () => {
    const s = await serve();
    const text = await (await post(s, encodeRequest('Get-MigrationBatch', { Identity: 'Nope' }))).text();
    expect(text).toContain('<S N="FullyQualifiedErrorId">MigrationBatchNotFoundException,Get-MigrationBatch</S>');
    expect(text).toContain('<I32 N="ErrorCategory_Category">13</I32>');
    expect(text).toContain('<S N="ErrorCategory_Reason">MigrationBatchNotFoundException</S>');
    expect(text).toContain('<T>Microsoft.Exchange.Migration.MigrationBatchNotFoundException</T>');
  });

  it('refuses what is not an emulated cmdlet, and bad requests', async () => {
    const s = await serve();
    const r = await connectRemote({ url: s.url, token: s.token }).invoke('Remove-Item', { Path: 'C:\\' });
    expect(r.errors[0]!.fullyQualifiedErrorId).toBe('CommandNotFoundException');
    const bad = await post(s, '<not clixml');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('ExoEmulatorBadRequest');
    expect((await post(s, encodeRequest('Get-Item; Remove-Item', {}))).status).toBe(400);
  });

  it('with -State, each change is saved, and a new server picks the world up', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'exo-serve-'));
    try {
      const state = join(dir, 'world.json');
      const a = await serve({ state });
      const client = connectRemote({ url: a.url, token: a.token });
      const admin = new PSCredential('CONTOSO\\administrator', new SecureString('P@ssw0rd!'));
      await client.call('New-MigrationEndpoint', { ExchangeOutlookAnywhere: true, Name: 'CutoverEndpoint', Autodiscover: true, EmailAddress: 'administrator@contoso.com', Credentials: admin });
      await client.call('New-MigrationBatch', { Name: 'CutoverBatch', SourceEndpoint: 'CutoverEndpoint' });
      await a.close();
      const b = await serve({ state });
      const [batch] = await connectRemote({ url: b.url, token: b.token }).call('Get-MigrationBatch');
      expect((batch as PSObject).get('Identity')?.toString()).toBe('CutoverBatch');
      expect(b.token).not.toBe(a.token);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the TypeScript client: output, errors as RemoteCmdletError, streams, a failed call leaves the world as it was', async () => {
    const s = await serve();
    const client = connectRemote({ url: s.url, token: s.token });
    expect((await client.info()).scenario).toBe('contoso');
    const [clock] = await client.call('Set-LabClock', { Advance: '2d', PassThru: true });
    expect((clock as PSObject).psTypeNames[0]).toBe('Deserialized.ExoEmulator.LabClock');
    const r = await client.invoke('Set-LabClock', { Advance: '2d' });
    expect(r.progress.length).toBeGreaterThan(0);
    const whatIf = await client.invoke('Reset-LabWorld', { WhatIf: true });
    expect(whatIf.host).toEqual(['What if: Performing the operation "Reset lab world" on target "contoso".']);
    await expect(client.call('Get-MigrationBatch', { Identity: 'Nope' })).rejects.toMatchObject({ fullyQualifiedErrorId: 'MigrationBatchNotFoundException,Get-MigrationBatch', category: 'ObjectNotFound' });
    await expect(client.call('Get-MigrationBatch', { Identity: 'Nope' })).rejects.toBeInstanceOf(RemoteCmdletError);
    const before = s.session.store.exportJson();
    const failed = await client.invoke('New-MigrationBatch', { Name: 'B', SourceEndpoint: 'Nope' });
    expect(failed.success).toBe(false);
    expect(s.session.store.exportJson()).toBe(before);
    await expect(connectRemote({ url: s.url, token: 'wrong' }).invoke('Get-LabClock')).rejects.toBeInstanceOf(RemoteProtocolError);
  });

  it('the lab commands reset the world, keep snapshots and inject faults', async () => {
    const s = await serve();
    const c = connectRemote({ url: s.url, token: s.token });
    await c.call('Save-LabSnapshot', { Name: 'start' });
    await c.call('Set-LabClock', { Advance: '1d' });
    const moved = s.session.world.clock.now;
    await c.call('Restore-LabSnapshot', { Name: 'start' });
    expect(s.session.world.clock.now).toBeLessThan(moved);
    await c.call('Add-LabFault', { Cmdlet: 'Get-MigrationBatch', Times: 1, ErrorId: 'Transient' });
    await expect(c.call('Get-MigrationBatch')).rejects.toMatchObject({ fullyQualifiedErrorId: 'Transient,Get-MigrationBatch' });
    expect(await c.call('Get-MigrationBatch')).toEqual([]);
    await c.call('Set-LabClock', { Advance: '1d' });
    await c.call('Reset-LabWorld', { Scenario: 'contoso-selfsigned-cert' });
    expect(s.session.world.scenario.name).toBe('contoso-selfsigned-cert');
    expect((await c.invoke('Reset-LabWorld', { Scenario: 'nope' })).errors[0]!.fullyQualifiedErrorId).toBe('ScenarioNotFound,Reset-LabWorld');
  });
});
