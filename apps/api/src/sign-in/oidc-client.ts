import { Logger } from '@nestjs/common';
import { identityFromProviderClaims, type LoginRequest, type ProviderIdentity } from '@vl/auth';
import { type OidcConfig } from '@vl/config';
import * as oidc from 'openid-client';
import { type HttpProblem } from '../shared/problem.js';
import { signInProblems } from './sign-in.problems.js';

const DISCOVERY_TIMEOUT_SECONDS = 5;

/**
 * The service as an OpenID Connect client of the deployment's identity provider (authorization code flow
 * with PKCE, state and nonce). The provider's metadata is discovered on first use and kept; a failed
 * discovery is tried again on the next sign-in, so the API starts while the provider is away.
 */
export class OidcClient {
  private readonly log = new Logger(OidcClient.name);
  private configuration: Promise<oidc.Configuration> | undefined;

  constructor(readonly settings: OidcConfig) {}

  /** Where to send the browser, and what the callback must find again. */
  async startSignIn(returnTo: string): Promise<{ url: URL; request: LoginRequest }> {
    const configuration = await this.discover();
    const request: LoginRequest = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      codeVerifier: oidc.randomPKCECodeVerifier(),
      returnTo,
    };
    const url = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: this.settings.redirectUri,
      scope: this.settings.scopes,
      response_type: 'code',
      code_challenge: await oidc.calculatePKCECodeChallenge(request.codeVerifier),
      code_challenge_method: 'S256',
      state: request.state,
      nonce: request.nonce,
    });
    return { url, request };
  }

  /**
   * Redeems the callback's code with the PKCE verifier, checks state, nonce and the ID token, and reads the
   * ledger claims from the ID token and the userinfo answer together.
   */
  async finishSignIn(callbackQuery: string, request: LoginRequest): Promise<ProviderIdentity> {
    const configuration = await this.discover();
    const callback = new URL(this.settings.redirectUri);
    callback.search = callbackQuery;
    try {
      const tokens = await oidc.authorizationCodeGrant(configuration, callback, {
        pkceCodeVerifier: request.codeVerifier,
        expectedState: request.state,
        expectedNonce: request.nonce,
        idTokenExpected: true,
      });
      const idClaims = tokens.claims();
      if (idClaims === undefined) throw signInProblems.signInFailed('the identity provider sent no ID token');
      const userInfo =
        configuration.serverMetadata().userinfo_endpoint === undefined
          ? undefined
          : await oidc.fetchUserInfo(configuration, tokens.access_token, idClaims.sub);
      return identityFromProviderClaims({ ...userInfo, ...idClaims }, this.settings.claimsMapping);
    } catch (error) {
      throw this.translate(error);
    }
  }

  private discover(): Promise<oidc.Configuration> {
    this.configuration ??= oidc
      .discovery(
        new URL(this.settings.issuer),
        this.settings.clientId,
        undefined,
        oidc.ClientSecretBasic(this.settings.clientSecret),
        {
          timeout: DISCOVERY_TIMEOUT_SECONDS,
          // Plain HTTP passes configuration only for a provider on this machine (see OIDC settings).
          ...(this.settings.issuer.startsWith('http:') ? { execute: [oidc.allowInsecureRequests] } : {}),
        },
      )
      .catch((error: unknown) => {
        this.configuration = undefined;
        const reason = error instanceof Error ? error.message : String(error);
        this.log.warn(`Discovery of ${this.settings.issuer} failed: ${reason}`);
        throw signInProblems.providerUnavailable(`the metadata of ${this.settings.issuer} could not be read`);
      });
    return this.configuration;
  }

  private translate(error: unknown): unknown {
    if (error instanceof Error && error.name === 'HttpProblem') return error as HttpProblem;
    if (error instanceof oidc.AuthorizationResponseError) {
      return signInProblems.signInFailed(
        `the identity provider refused: ${error.error}${error.error_description ? ` (${error.error_description})` : ''}`,
      );
    }
    if (error instanceof oidc.ResponseBodyError) {
      return signInProblems.signInFailed(
        `the identity provider answered ${error.error}: ${error.error_description ?? ''}`.trim(),
      );
    }
    if (error instanceof oidc.ClientError) {
      return signInProblems.signInFailed(
        `the identity provider's answer did not check out: ${error.message}`,
      );
    }
    if (
      error instanceof TypeError ||
      (error instanceof Error && /^(TimeoutError|AbortError)$/.test(error.name))
    ) {
      this.log.warn(`Identity provider ${this.settings.issuer} unreachable: ${error.message}`);
      return signInProblems.providerUnavailable(
        `${this.settings.issuer} could not be reached; try again shortly`,
      );
    }
    return error;
  }
}
