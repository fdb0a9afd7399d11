import { type DynamicModule, Module, type Provider, type Type } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './auth.guard.js';
import {
  AUTH_TOKEN_VERIFIER,
  ORGANIZATION_PATHS,
  type OrganizationPaths,
  RATE_LIMITER_OPTIONS,
} from './auth.tokens.js';
import { RateLimiter, type RateLimiterOptions } from './rate-limiter.js';
import { type AuthOptions, TokenVerifier } from './token-verifier.js';

export interface AuthModuleOptions {
  /** Token verification settings, or a ready verifier (tests, a shared instance). */
  readonly auth: AuthOptions | TokenVerifier;
  readonly rateLimits?: RateLimiterOptions;
  /** Installs `AuthGuard` as the application-wide guard; on by default, which is what makes routes fail closed. */
  readonly globalGuard?: boolean;
  /** Where the guard looks organisations up to check a token's claims against the tree. */
  readonly organizationPaths?: {
    readonly inject: (string | symbol | Type)[];
    readonly useFactory: (...dependencies: never[]) => OrganizationPaths;
  };
}

/** Wires the verifier, the rate limiter and the guard; global, so every controller is behind the guard. */
@Module({})
export class AuthModule {
  static forRoot(options: AuthModuleOptions): DynamicModule {
    const verifier = options.auth instanceof TokenVerifier ? options.auth : new TokenVerifier(options.auth);
    const providers: Provider[] = [
      { provide: AUTH_TOKEN_VERIFIER, useValue: verifier },
      { provide: RATE_LIMITER_OPTIONS, useValue: options.rateLimits ?? {} },
      RateLimiter,
      AuthGuard,
    ];
    if (options.organizationPaths !== undefined) {
      providers.push({ provide: ORGANIZATION_PATHS, ...options.organizationPaths });
    }
    if (options.globalGuard !== false) providers.push({ provide: APP_GUARD, useExisting: AuthGuard });
    return {
      module: AuthModule,
      global: true,
      providers,
      exports: [AUTH_TOKEN_VERIFIER, RateLimiter, AuthGuard],
    };
  }
}
