import helmet from 'helmet';
import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { helmetHeaders, SECURITY_HEADERS } from './http-security.js';

/** The headers a real response carries when helmet's own middleware runs on it. */
async function headersHelmetSets(options: typeof SECURITY_HEADERS): Promise<Record<string, string>> {
  const middleware = helmet(options);
  const server: Server = createServer((request, response) => {
    middleware(request, response, () => response.end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}/`);
    await response.arrayBuffer();
    const ownOfNode = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding']);
    return Object.fromEntries([...response.headers].filter(([name]) => !ownOfNode.has(name)));
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

describe('helmetHeaders', () => {
  it('gives exactly the headers helmet sets on a real response, with the options every answer uses', async () => {
    const captured = helmetHeaders(SECURITY_HEADERS);
    expect({ ...captured }).toEqual(await headersHelmetSets(SECURITY_HEADERS));
    expect(captured['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(captured['x-frame-options']).toBe('DENY');
    expect(captured['referrer-policy']).toBe('no-referrer');
    expect(Object.isFrozen(captured)).toBe(true);
  });

  it('gives the same with helmet left to its defaults', async () => {
    expect({ ...helmetHeaders({}) }).toEqual(await headersHelmetSets({}));
  });

  it('refuses options helmet refuses', () => {
    expect(() => helmetHeaders({ referrerPolicy: { policy: 'nowhere' as never } })).toThrow(/nowhere/);
  });
});
