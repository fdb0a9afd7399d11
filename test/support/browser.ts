interface StoredCookie {
  readonly name: string;
  readonly value: string;
  readonly path: string;
  readonly httpOnly: boolean;
  readonly sameSite: string | undefined;
  readonly secure: boolean;
  readonly expiresAt: number | undefined;
}

export interface BrowserResponse {
  readonly url: URL;
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly json: any;
}

/**
 * A fetch that keeps cookies as a browser does for plain-HTTP 127.0.0.1: by host (not port), by path,
 * dropped when expired or cleared. Redirects are not followed, so a test sees each one.
 */
export class Browser {
  private readonly cookies = new Map<string, StoredCookie[]>();

  async request(
    method: string,
    url: string | URL,
    options: { body?: string | URLSearchParams; headers?: Record<string, string> } = {},
  ): Promise<BrowserResponse> {
    const target = new URL(url);
    const cookie = this.cookieHeader(target);
    const response = await fetch(target, {
      method,
      redirect: 'manual',
      headers: { ...(cookie === '' ? {} : { cookie }), ...options.headers },
      body: options.body,
    });
    for (const header of response.headers.getSetCookie()) this.store(target, header);
    const text = await response.text();
    let json: unknown;
    try {
      json = text === '' ? undefined : JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { url: target, status: response.status, headers: response.headers, text, json };
  }

  get(url: string | URL, headers: Record<string, string> = {}): Promise<BrowserResponse> {
    return this.request('GET', url, { headers });
  }

  postJson(url: string | URL, body: unknown, headers: Record<string, string> = {}): Promise<BrowserResponse> {
    return this.request('POST', url, {
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json', ...headers },
    });
  }

  /** The cookie as stored for a host, or undefined. */
  cookie(host: string, name: string): StoredCookie | undefined {
    return this.live(host).find((cookie) => cookie.name === name);
  }

  /** Replaces a cookie's value, as someone editing their browser's storage would. */
  setCookieValue(host: string, name: string, value: string): void {
    const cookies = this.live(host).map((cookie) => (cookie.name === name ? { ...cookie, value } : cookie));
    this.cookies.set(host, cookies);
  }

  private cookieHeader(url: URL): string {
    return this.live(url.hostname)
      .filter(
        (cookie) =>
          url.pathname === cookie.path ||
          url.pathname.startsWith(cookie.path.endsWith('/') ? cookie.path : `${cookie.path}/`),
      )
      .map((cookie) => `${cookie.name}=${cookie.value}`)
      .join('; ');
  }

  private live(host: string): StoredCookie[] {
    const now = Date.now();
    return (this.cookies.get(host) ?? []).filter(
      (cookie) => cookie.expiresAt === undefined || cookie.expiresAt > now,
    );
  }

  private store(url: URL, header: string): void {
    const [pair = '', ...attributes] = header.split(';').map((part) => part.trim());
    const equals = pair.indexOf('=');
    const name = pair.slice(0, equals);
    const value = pair.slice(equals + 1);
    let path = '/';
    let httpOnly = false;
    let secure = false;
    let sameSite: string | undefined;
    let expiresAt: number | undefined;
    for (const attribute of attributes) {
      const [key = '', attributeValue = ''] = attribute.split('=');
      switch (key.toLowerCase()) {
        case 'path':
          path = attributeValue;
          break;
        case 'httponly':
          httpOnly = true;
          break;
        case 'secure':
          secure = true;
          break;
        case 'samesite':
          sameSite = attributeValue;
          break;
        case 'max-age':
          expiresAt = Date.now() + Number(attributeValue) * 1000;
          break;
        case 'expires':
          expiresAt ??= Date.parse(attributeValue);
          break;
        default:
          break;
      }
    }
    const others = (this.cookies.get(url.hostname) ?? []).filter(
      (cookie) => !(cookie.name === name && cookie.path === path),
    );
    this.cookies.set(url.hostname, [...others, { name, value, path, httpOnly, secure, sameSite, expiresAt }]);
  }
}
