/** connectRemote against `exo-shell serve` running in another process (the bundled CLI). */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { bundleCli } from '../shell/bundled-cli';
import { connectRemote, RemoteCmdletError, PSCredential, SecureString } from 'exo-emulator';
import type { PSObject } from '../../src/engine/values';

let server: ChildProcess;
const env: Record<string, string> = {};

beforeAll(async () => {
  server = spawn(process.execPath, [bundleCli('remote-client-cli'), 'serve', '-Scenario', 'contoso'], { stdio: ['ignore', 'pipe', 'inherit'] });
  for await (const line of createInterface({ input: server.stdout! })) {
    const [k, v] = line.split(/=(.*)/s, 2) as [string, string];
    env[k] = v;
    if (Object.keys(env).length === 2) break;
  }
}, 60_000);
afterAll(() => {
  server?.kill('SIGTERM');
});

it('drives a cutover in the server process: credentials, output objects, errors, time', async () => {
  const exo = connectRemote({ url: env.EXO_EMULATOR_URL!, token: env.EXO_EMULATOR_TOKEN! });
  const admin = new PSCredential('CONTOSO\\administrator', new SecureString('P@ssw0rd!'));
  await exo.call('New-MigrationEndpoint', { ExchangeOutlookAnywhere: true, Name: 'CutoverEndpoint', Autodiscover: true, EmailAddress: 'administrator@contoso.com', Credentials: admin });
  const [created] = await exo.call('New-MigrationBatch', { Name: 'CutoverBatch', SourceEndpoint: 'CutoverEndpoint', AutoStart: true });
  expect((created as PSObject).psTypeNames[0]).toBe('Deserialized.Microsoft.Exchange.Migration.MigrationBatch');
  await exo.call('Set-LabClock', { Advance: '3d' });
  const [batch] = await exo.call('Get-MigrationBatch', { Identity: 'CutoverBatch' });
  expect(String((batch as PSObject).get('Status'))).toBe('Synced');
  expect((batch as PSObject).get('TotalCount')).toBe(32);
  const err = await exo.call('New-MigrationBatch', { Name: 'CutoverBatch', SourceEndpoint: 'CutoverEndpoint' }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(RemoteCmdletError);
  expect((await exo.info()).requests).toBe(5);
});
