import { mintDevelopmentToken } from '@vl/auth';
import { loadConfig } from '@vl/config';
import { ROLES, type Role } from '@vl/domain';
import { UsageError } from '../cli-errors.js';

export interface TokenOptions {
  readonly sub: string;
  readonly roles: string;
  readonly org: string;
  readonly volunteerId?: string;
  readonly schoolId?: string;
  readonly expiresIn: string;
}

/** Mints an HS256 development token with AUTH_JWT_SECRET (or the development default). */
export const tokenCommand = {
  summary:
    'mint a development token: --sub u1 --roles admin --org "*" [--volunteer-id v1] [--school-id s1] [--expires-in 8h]',
  async run(values: TokenOptions): Promise<number> {
    const roles = (values.roles ?? '').split(',').filter(Boolean);
    const unknown = roles.filter((role) => !(ROLES as readonly string[]).includes(role));
    if (roles.length === 0 || unknown.length > 0) {
      throw new UsageError(
        `--roles takes ${ROLES.join(', ')} (comma-separated); unknown: ${unknown.join(', ')}`,
      );
    }
    const config = loadConfig();
    if (!config.authJwtSecret) {
      throw new UsageError(
        'AUTH_JWT_SECRET is not set (tokens for AUTH_JWKS_URL come from your identity provider)',
      );
    }
    const token = await mintDevelopmentToken(
      config.authJwtSecret,
      {
        sub: values.sub,
        roles: roles as Role[],
        org: values.org,
        ...(values.volunteerId ? { volunteerId: values.volunteerId } : {}),
        ...(values.schoolId ? { schoolId: values.schoolId } : {}),
      },
      { expiresIn: values.expiresIn, issuer: config.authIssuer, audience: config.authAudience },
    );
    process.stdout.write(`${token}\n`);
    return 0;
  },
};
