import { mintDevelopmentToken } from '@vl/auth';
import { loadConfig } from '@vl/config';
import { ROLES, type Role } from '@vl/domain';
import { parseArgs } from 'node:util';

/** Mints an HS256 development token with AUTH_JWT_SECRET (or the development default). */
export const tokenCommand = {
  summary:
    'mint a development token: --sub u1 --roles admin --org "*" [--volunteer-id v1] [--school-id s1] [--expires-in 8h]',
  async run(args: string[]): Promise<number> {
    const { values } = parseArgs({
      args,
      options: {
        sub: { type: 'string' },
        roles: { type: 'string' },
        org: { type: 'string' },
        'volunteer-id': { type: 'string' },
        'school-id': { type: 'string' },
        'expires-in': { type: 'string', default: '8h' },
      },
    });
    const roles = (values.roles ?? '').split(',').filter(Boolean);
    const unknown = roles.filter((role) => !(ROLES as readonly string[]).includes(role));
    if (!values.sub || roles.length === 0 || !values.org || unknown.length > 0) {
      console.error(`token needs --sub, --roles (${ROLES.join(',')}) and --org ('*' for the system root)`);
      if (unknown.length > 0) console.error(`unknown roles: ${unknown.join(', ')}`);
      return 2;
    }
    const config = loadConfig();
    if (!config.authJwtSecret) {
      console.error('AUTH_JWT_SECRET is not set (tokens for AUTH_JWKS_URL come from your identity provider)');
      return 2;
    }
    const token = await mintDevelopmentToken(
      config.authJwtSecret,
      {
        sub: values.sub,
        roles: roles as Role[],
        org: values.org,
        ...(values['volunteer-id'] ? { volunteerId: values['volunteer-id'] } : {}),
        ...(values['school-id'] ? { schoolId: values['school-id'] } : {}),
      },
      { expiresIn: values['expires-in'], issuer: config.authIssuer, audience: config.authAudience },
    );
    process.stdout.write(`${token}\n`);
    return 0;
  },
};
