import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { startTestLedger, type TestLedger } from '../support/ledger-app.js';

type Mode = 'healthy' | 'failing' | 'slow';

/** A JWKS server on 127.0.0.1 that the test starts, stops, breaks and slows down. */
class KeySetServer {
  mode: Mode = 'healthy';
  private server: Server | undefined;

  constructor(
    readonly port: number,
    private readonly keys: JWK[],
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}/.well-known/jwks.json`;
  }

  async start(): Promise<void> {
    const server = createServer((_request, response) => {
      if (this.mode === 'failing') {
        response.writeHead(500).end('internal error');
        return;
      }
      const answer = (): void => {
        if (!response.destroyed) {
          response
            .writeHead(200, { 'content-type': 'application/json' })
            .end(JSON.stringify({ keys: this.keys }));
        }
      };
      if (this.mode === 'slow') setTimeout(answer, 3000).unref();
      else answer();
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

describe('a production key set (AUTH_JWKS_URL) that is down, failing or slow', () => {
  let keySet: KeySetServer;
  let ledger: TestLedger;
  let privateKey: CryptoKey;

  const token = (): Promise<string> =>
    new SignJWT({ roles: ['admin'], org: '*' })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setSubject('root')
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(privateKey);

  const read = async (): Promise<Response> =>
    fetch(`${ledger.url}/api/v1/volunteers/nobody/balance`, {
      headers: { authorization: `Bearer ${await token()}` },
    });

  async function expectUnavailable(): Promise<void> {
    const response = await read();
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
    const body = (await response.json()) as { code: string; status: number };
    expect(body).toMatchObject({ status: 503, code: 'KEY_SET_UNAVAILABLE' });
  }

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256', { extractable: true });
    privateKey = pair.privateKey;
    const publicJwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    keySet = new KeySetServer(await freePort(), [publicJwk]);
    ledger = await startTestLedger('pglite', {
      AUTH_JWT_SECRET: '',
      AUTH_JWKS_URL: keySet.url,
      AUTH_JWKS_TIMEOUT_MS: '500',
    });
  });

  afterAll(async () => {
    await ledger?.close();
    await keySet?.stop();
  });

  it('answers 503 KEY_SET_UNAVAILABLE while the key set server is down', async () => {
    await expectUnavailable();
  });

  it('answers 503 KEY_SET_UNAVAILABLE while the key set server answers 500', async () => {
    keySet.mode = 'failing';
    await keySet.start();
    await expectUnavailable();
  });

  it('answers 503 KEY_SET_UNAVAILABLE, within the timeout, while the key set is slower than it', async () => {
    keySet.mode = 'slow';
    const started = Date.now();
    await expectUnavailable();
    expect(Date.now() - started).toBeLessThan(2500);
  });

  it('verifies tokens again as soon as the key set answers', async () => {
    keySet.mode = 'healthy';
    const response = await read();
    expect(response.status).toBe(404);
    expect(((await response.json()) as { code: string }).code).toBe('VOLUNTEER_NOT_FOUND');
  });
});
