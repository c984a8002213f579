/**
 * `exo-shell serve`: runs a world behind an HTTP listener on 127.0.0.1 so that real pwsh scripts (the
 * module `exo-shell export-module` writes) and TypeScript programs in other processes drive it
 * (docs/server-protocol.md). Node-only: the listener, the run's token, the port, the state file and
 * signals; the protocol itself is src/remote/protocol.ts.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual, createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createSession, type Session } from '../src/session';
import { RemoteHost } from '../src/remote/remote-host';
import { CLIXML_MEDIA_TYPE, handleInvoke, PROTOCOL_VERSION } from '../src/remote/protocol';
import { toClixml } from '../src/engine/serialization/clixml';
import { PSHashtable } from '../src/engine/values';
import { CliError, type CliOptions } from './args';
import { openStore } from './run';

export interface ServeOptions {
  scenario: string | null;
  state: string | null;
  seed: number | null;
  noConnect: boolean;
  /** 0: a free port. */
  port: number;
}

const USAGE = 'Usage: exo-shell serve [-Scenario <name or file>] [-State <world file>] [-Seed <n>] [-Port <n>] [-NoConnect]\n';
/** A request body larger than this is refused (413): a cmdlet's parameters are small. */
const MAX_BODY = 16 * 2 ** 20;

export function parseServeArgs(argv: string[]): ServeOptions {
  const o: ServeOptions = { scenario: null, state: null, seed: null, noConnect: false, port: 0 };
  const names = ['Scenario', 'State', 'Seed', 'Port', 'NoConnect'];
  for (let i = 0; i < argv.length; i++) {
    const bare = argv[i]!.replace(/^-{1,2}/, '');
    const hits = names.filter((n) => n.toLowerCase().startsWith(bare.toLowerCase()));
    const name = names.find((n) => n.toLowerCase() === bare.toLowerCase()) ?? (hits.length === 1 ? hits[0] : undefined);
    if (!argv[i]!.startsWith('-') || !name) throw new CliError(`exo-shell serve: unknown argument '${argv[i]}'.\n${USAGE}`);
    if (name === 'NoConnect') {
      o.noConnect = true;
      continue;
    }
    const value = argv[++i];
    if (value === undefined) throw new CliError(`exo-shell serve: -${name} needs a value.\n${USAGE}`);
    if (name === 'Scenario') o.scenario = value;
    else if (name === 'State') o.state = value;
    else {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0 || (name === 'Port' && n > 65535)) throw new CliError(`exo-shell serve: -${name} must be a whole number${name === 'Port' ? ' from 0 to 65535' : ''}.`);
      if (name === 'Seed') o.seed = n;
      else o.port = n;
    }
  }
  return o;
}

export interface RunningServer {
  url: string;
  token: string;
  server: Server;
  session: Session;
  /** Requests to /invoke answered so far (any status). */
  readonly requests: number;
  close(): Promise<void>;
}

/** Compares the Authorization header with the token in constant time (hashes first: equal lengths). */
function authorized(req: IncomingMessage, token: string): boolean {
  const header = req.headers.authorization ?? '';
  const m = /^Bearer (.+)$/.exec(header);
  const given = createHash('sha256').update(m ? m[1]! : '\u0000').digest();
  const want = createHash('sha256').update(token).digest();
  return timingSafeEqual(given, want) && !!m;
}

function send(res: ServerResponse, status: number, body: string, type = CLIXML_MEDIA_TYPE, extra: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': 'no-store', ...extra });
  res.end(body);
}

/** Starts the listener; resolves once it listens. */
export function startServer(opts: ServeOptions): Promise<RunningServer> {
  const host = new RemoteHost();
  const cli = { scenario: opts.scenario, state: opts.state, seed: opts.seed } as CliOptions;
  // A still real-time source: the clock moves only when told (Set-LabClock -Advance), as in scripts.
  const session = createSession({ store: openStore(cli), host, connected: !opts.noConnect, realTime: () => 0 });
  const token = randomBytes(32).toString('base64url');
  let requests = 0;
  const server = createServer((req, res) => {
    if (!authorized(req, token)) {
      // Nothing is read or run without the token.
      send(res, 401, 'The request needs the header Authorization: Bearer <token> with the token exo-shell serve printed.\n', 'text/plain', { 'WWW-Authenticate': 'Bearer realm="exo-emulator"' });
      req.resume();
      return;
    }
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'GET' && path === '/info') {
      const h = new PSHashtable(true);
      const w = session.store.read();
      h.set('Protocol', PROTOCOL_VERSION);
      h.set('Scenario', w.scenario.name);
      h.set('State', opts.state);
      h.set('Requests', requests);
      send(res, 200, toClixml([h]));
      return;
    }
    if (path !== '/invoke') {
      send(res, 404, `No such endpoint: ${path}. POST /invoke runs a cmdlet; GET /info describes the server.\n`, 'text/plain');
      req.resume();
      return;
    }
    if (req.method !== 'POST') {
      send(res, 405, 'POST a CliXml request to /invoke.\n', 'text/plain', { Allow: 'POST' });
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY) chunks.push(c);
    });
    req.on('end', () => {
      requests++;
      if (size > MAX_BODY) {
        send(res, 413, 'The request is too large.\n', 'text/plain');
        return;
      }
      // Synchronous from here to the answer: requests run one at a time, in the order they arrived.
      let answer;
      try {
        answer = handleInvoke(session, host, Buffer.concat(chunks).toString('utf8'));
      } catch (e) {
        send(res, 500, `exo-emulator: internal error: ${(e as Error).message}\n`, 'text/plain');
        return;
      }
      send(res, answer.status, answer.body);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        token,
        server,
        session,
        get requests() {
          return requests;
        },
        close: () => new Promise<void>((r) => server.close(() => r())),
      });
    });
  });
}

export async function serveMain(argv: string[]): Promise<number> {
  if (argv.some((a) => /^-{1,2}(help|h|\?)$/i.test(a))) {
    process.stdout.write(
      USAGE +
        '\nRuns the world and listens on 127.0.0.1 until stopped (Ctrl+C, SIGTERM). The first two lines printed are\n' +
        'EXO_EMULATOR_URL=... and EXO_EMULATOR_TOKEN=...: the module from `exo-shell export-module <dir>` reads them\n' +
        'from the environment. docs/server-protocol.md describes the protocol.\n',
    );
    return 0;
  }
  let running: RunningServer;
  try {
    running = await startServer(parseServeArgs(argv));
  } catch (e) {
    process.stderr.write(`exo-shell serve: ${(e as Error).message}\n`);
    return e instanceof CliError ? 64 : 1;
  }
  process.stdout.write(`EXO_EMULATOR_URL=${running.url}\nEXO_EMULATOR_TOKEN=${running.token}\n`);
  return new Promise<number>((resolve) => {
    const stop = (code: number) => () => {
      void running.close().then(() => resolve(code));
      // Keep-alive connections would hold close() open: end them.
      running.server.closeAllConnections();
    };
    process.once('SIGINT', stop(0));
    process.once('SIGTERM', stop(0));
    process.once('SIGHUP', stop(0));
  });
}
