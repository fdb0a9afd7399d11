import { HttpProblem } from '../shared/problem.js';

/** The problems of the sign-in routes, each with its stable code. */
export const signInProblems = {
  developmentDisabled: () =>
    new HttpProblem(
      404,
      'DEVELOPMENT_SIGN_IN_DISABLED',
      'Not found',
      'development sign-in exists only while the development secret is in use (AUTH_JWT_SECRET unset)',
    ),
  oidcNotConfigured: () =>
    new HttpProblem(
      404,
      'OIDC_NOT_CONFIGURED',
      'Not found',
      'OpenID Connect sign-in needs AUTH_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET and OIDC_REDIRECT_URI',
    ),
  unknownPerson: (sub: string) =>
    new HttpProblem(
      422,
      'UNKNOWN_PERSON',
      'No such person in the ledger',
      `"${sub}" is not one of the people listed`,
      {
        field: 'sub',
      },
    ),
  notJson: () =>
    new HttpProblem(
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      'The request body must be JSON',
      'send Content-Type: application/json',
    ),
  returnToInvalid: () =>
    new HttpProblem(
      400,
      'RETURN_TO_INVALID',
      'The request is malformed',
      'returnTo must be a path on this site, such as /ledger',
      { field: 'returnTo' },
    ),
  loginRequestUnknown: () =>
    new HttpProblem(
      400,
      'LOGIN_REQUEST_UNKNOWN',
      'No sign-in is in progress',
      'this browser started no sign-in, or it took longer than 10 minutes, or it was already completed; start again',
    ),
  signInFailed: (detail: string) =>
    new HttpProblem(400, 'SIGN_IN_FAILED', 'The sign-in did not succeed', detail),
  providerUnavailable: (detail: string) =>
    new HttpProblem(503, 'IDENTITY_PROVIDER_UNAVAILABLE', 'The identity provider cannot be reached', detail, {
      retryAfterSeconds: 5,
    }),
} as const;
