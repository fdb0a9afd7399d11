import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('gives the embedded defaults when the environment is empty', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.dataDir).toBe('./data');
    expect(config.databaseUrl).toBeUndefined();
    expect(config.timezone).toBe('Asia/Shanghai');
    expect([...config.roles]).toEqual(['api', 'projector', 'publisher']);
  });

  it('names the variable at fault', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(
      new ConfigError('PORT', '"eighty" is not a whole number'),
    );
    expect(() => loadConfig({ LEDGER_ROLES: 'api,web' })).toThrow(/LEDGER_ROLES/);
    expect(() => loadConfig({ LEDGER_TIMEZONE: 'Mars/Olympus' })).toThrow(/LEDGER_TIMEZONE/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ KAFKA_BROKERS: 'localhost' })).toThrow(/KAFKA_BROKERS/);
    expect(() => loadConfig({ AUTH_JWT_SECRET: 'short' })).toThrow(/AUTH_JWT_SECRET/);
  });

  it('keeps certificate keys beside the data, or in memory for an in-memory database', () => {
    expect(loadConfig({}).certificateKeysDir).toBe('./data/certificate-keys');
    expect(loadConfig({ DATA_DIR: '/var/lib/vl/' }).certificateKeysDir).toBe('/var/lib/vl/certificate-keys');
    expect(loadConfig({ DATA_DIR: 'memory://' }).certificateKeysDir).toBeUndefined();
    expect(loadConfig({ CERTIFICATE_KEYS_DIR: '/run/keys' }).certificateKeysDir).toBe('/run/keys');
    expect(loadConfig({ PUBLIC_BASE_URL: 'https://ledger.example.cn/' }).publicBaseUrl).toBe(
      'https://ledger.example.cn',
    );
    expect(() => loadConfig({ PUBLIC_BASE_URL: 'ftp://x' })).toThrow(/PUBLIC_BASE_URL/);
  });

  it('parses brokers and roles', () => {
    const config = loadConfig({ KAFKA_BROKERS: '127.0.0.1:9092, kafka:9092', LEDGER_ROLES: 'projector' });
    expect(config.kafkaBrokers).toEqual(['127.0.0.1:9092', 'kafka:9092']);
    expect([...config.roles]).toEqual(['projector']);
  });

  it('parses rate limits by group and names the variable when one is malformed', () => {
    expect(loadConfig({}).rateLimits).toEqual({});
    expect(loadConfig({ RATE_LIMITS: 'auth-failure=5/30, public=1000/60' }).rateLimits).toEqual({
      'auth-failure': { limit: 5, windowSeconds: 30 },
      public: { limit: 1000, windowSeconds: 60 },
    });
    expect(() => loadConfig({ RATE_LIMITS: 'public=10' })).toThrow(/RATE_LIMITS/);
    expect(() => loadConfig({ RATE_LIMITS: 'public=0/60' })).toThrow(/RATE_LIMITS/);
    expect(() => loadConfig({ RATE_LIMITS: 'Public=1/1' })).toThrow(/RATE_LIMITS/);
  });
});

describe('loadConfig: browsers and metrics', () => {
  it('allows no cross-origin callers until origins are listed, and refuses what is not an origin', () => {
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(loadConfig({ CORS_ORIGINS: 'https://a.example.cn, http://127.0.0.1:5173' }).corsOrigins).toEqual([
      'https://a.example.cn',
      'http://127.0.0.1:5173',
    ]);
    expect(() => loadConfig({ CORS_ORIGINS: 'https://a.example.cn/path' })).toThrow(/CORS_ORIGINS/);
    expect(() => loadConfig({ CORS_ORIGINS: '*' })).toThrow(/CORS_ORIGINS/);
  });

  it('keeps metrics off by default, on their own port or behind a token when asked', () => {
    expect(loadConfig({}).metrics).toBeUndefined();
    expect(loadConfig({ METRICS_PORT: '9464' }).metrics).toEqual({
      kind: 'port',
      port: 9464,
      host: '127.0.0.1',
    });
    expect(loadConfig({ METRICS_TOKEN: 'scrape-token-0123456789' }).metrics).toEqual({
      kind: 'token',
      token: 'scrape-token-0123456789',
    });
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
    expect(() => loadConfig({ METRICS_PORT: '9464', METRICS_TOKEN: 'scrape-token-0123456789' })).toThrow(
      /METRICS_TOKEN/,
    );
  });

  it('logs JSON in production unless told otherwise', () => {
    expect(loadConfig({}).logFormat).toBe('pretty');
    expect(loadConfig({ NODE_ENV: 'production' }).logFormat).toBe('json');
    expect(loadConfig({ NODE_ENV: 'production', LOG_FORMAT: 'pretty' }).logFormat).toBe('pretty');
  });
});
