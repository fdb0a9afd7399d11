import { ConfigError, loadConfig } from './config.js';
import { DEFAULT_CLAIMS_MAPPING, parseClaimsMapping } from './sign-in-config.js';

const OIDC = {
  AUTH_ISSUER: 'https://id.example.cn',
  OIDC_CLIENT_ID: 'volunteer-ledger',
  OIDC_CLIENT_SECRET: 'secret',
  OIDC_REDIRECT_URI: 'https://ledger.example.cn/auth/callback',
};

describe('sign-in settings', () => {
  it('turns development sign-in on exactly while the development secret is in use', () => {
    expect(loadConfig({}).signIn.developmentSignIn).toBe(true);
    expect(loadConfig({ AUTH_JWT_SECRET: 'x'.repeat(32) }).signIn.developmentSignIn).toBe(false);
    expect(loadConfig({ AUTH_JWKS_URL: 'https://id.example.cn/jwks' }).signIn.developmentSignIn).toBe(false);
    expect(
      loadConfig({ AUTH_JWT_SECRET: 'volunteer-ledger-development-secret-change-me' }).signIn
        .developmentSignIn,
    ).toBe(true);
  });

  it('gives session defaults and takes them from the environment', () => {
    expect(loadConfig({}).signIn.session).toEqual({
      idleTimeoutSeconds: 7200,
      absoluteTimeoutSeconds: 43200,
      cookieSecure: false,
    });
    expect(
      loadConfig({
        SESSION_IDLE_TIMEOUT_SECONDS: '600',
        SESSION_ABSOLUTE_TIMEOUT_SECONDS: '3600',
        COOKIE_SECURE: 'true',
      }).signIn.session,
    ).toEqual({ idleTimeoutSeconds: 600, absoluteTimeoutSeconds: 3600, cookieSecure: true });
  });

  it('names the session variable at fault', () => {
    expect(() => loadConfig({ SESSION_IDLE_TIMEOUT_SECONDS: 'soon' })).toThrow(
      /SESSION_IDLE_TIMEOUT_SECONDS/,
    );
    expect(() => loadConfig({ SESSION_IDLE_TIMEOUT_SECONDS: '0' })).toThrow(/SESSION_IDLE_TIMEOUT_SECONDS/);
    expect(() =>
      loadConfig({ SESSION_IDLE_TIMEOUT_SECONDS: '7200', SESSION_ABSOLUTE_TIMEOUT_SECONDS: '3600' }),
    ).toThrow(/SESSION_ABSOLUTE_TIMEOUT_SECONDS/);
    expect(() => loadConfig({ COOKIE_SECURE: 'yes' })).toThrow(/COOKIE_SECURE/);
  });

  it('turns OpenID Connect on with the issuer and all three client settings', () => {
    expect(loadConfig({}).signIn.oidc).toBeUndefined();
    // The issuer alone still only checks bearer tokens' iss, as before.
    expect(loadConfig({ AUTH_ISSUER: OIDC.AUTH_ISSUER }).signIn.oidc).toBeUndefined();
    expect(loadConfig(OIDC).signIn.oidc).toEqual({
      issuer: 'https://id.example.cn',
      clientId: 'volunteer-ledger',
      clientSecret: 'secret',
      redirectUri: 'https://ledger.example.cn/auth/callback',
      scopes: 'openid profile',
      claimsMapping: DEFAULT_CLAIMS_MAPPING,
    });
    expect(loadConfig({ ...OIDC, OIDC_SCOPES: 'openid  profile ledger' }).signIn.oidc?.scopes).toBe(
      'openid profile ledger',
    );
  });

  it('names what OpenID Connect is missing or has wrong', () => {
    const { OIDC_CLIENT_SECRET: _secret, ...noSecret } = OIDC;
    expect(() => loadConfig(noSecret)).toThrow(ConfigError);
    expect(() => loadConfig(noSecret)).toThrow(/OIDC_CLIENT_SECRET: is required/);
    const { AUTH_ISSUER: _issuer, ...noIssuer } = OIDC;
    expect(() => loadConfig(noIssuer)).toThrow(/AUTH_ISSUER: is required/);
    expect(() => loadConfig({ ...OIDC, AUTH_ISSUER: 'http://id.example.cn' })).toThrow(
      /AUTH_ISSUER: must use https/,
    );
    expect(loadConfig({ ...OIDC, AUTH_ISSUER: 'http://127.0.0.1:9000' }).signIn.oidc?.issuer).toBe(
      'http://127.0.0.1:9000',
    );
    expect(() => loadConfig({ ...OIDC, OIDC_REDIRECT_URI: 'https://ledger.example.cn/callback' })).toThrow(
      /OIDC_REDIRECT_URI/,
    );
    expect(() => loadConfig({ ...OIDC, OIDC_SCOPES: 'profile' })).toThrow(/OIDC_SCOPES: must include openid/);
    expect(() => loadConfig({ OIDC_CLAIMS_MAPPING: 'roles=groups' })).toThrow(/OIDC_CLAIMS_MAPPING/);
  });

  it('reads a claims mapping, keeping the default name of each claim it does not mention', () => {
    expect(parseClaimsMapping('roles=groups, volunteerId=ext.volunteer_id')).toEqual({
      ...DEFAULT_CLAIMS_MAPPING,
      roles: 'groups',
      volunteerId: 'ext.volunteer_id',
    });
    expect(parseClaimsMapping('schoolId=https://ledger.example.cn/school').schoolId).toBe(
      'https://ledger.example.cn/school',
    );
    expect(() => parseClaimsMapping('role=groups')).toThrow(/"role" is not one of/);
    expect(() => parseClaimsMapping('roles=groups,roles=realm.roles')).toThrow(/twice/);
    expect(() => parseClaimsMapping('roles')).toThrow(/ledgerClaim=providerClaim/);
  });
});
