import { type SignInMethod } from '@vl/auth';
import { type LedgerConfig } from '@vl/config';

/** The sign-in methods this deployment offers, in the order the pages show them. */
export function enabledMethods(config: LedgerConfig): SignInMethod[] {
  return [
    ...(config.signIn.developmentSignIn ? (['development'] as const) : []),
    ...(config.signIn.oidc === undefined ? [] : (['oidc'] as const)),
  ];
}
