import { Global, Module } from '@nestjs/common';
import { SESSION_MIGRATIONS, SESSION_STORE, SessionStore } from '@vl/auth';
import { type LedgerConfig } from '@vl/config';
import { runMigrations, type SqlClient } from '@vl/sql';
import { LEDGER_CONFIG, SQL_CLIENT } from '@vl/platform';
import { DevelopmentPeopleQuery } from './development-people.query.js';
import {
  DevelopmentSignInEnabled,
  DevelopmentSignInHttpController,
} from './development-sign-in.http.controller.js';
import { PersonalDataModule } from '../personal-data/personal-data.module.js';
import { OidcClient } from './oidc-client.js';
import { OidcSignInHttpController } from './oidc-sign-in.http.controller.js';
import { SessionHttpController } from './session.http.controller.js';
import { enabledMethods } from './sign-in.settings.js';

/**
 * Sign-in for the pages: server-side sessions (global, so the auth guard accepts their cookie on every
 * route), development sign-in and OpenID Connect.
 */
@Global()
@Module({
  imports: [PersonalDataModule],
  controllers: [SessionHttpController, DevelopmentSignInHttpController, OidcSignInHttpController],
  providers: [
    {
      provide: SESSION_STORE,
      inject: [SQL_CLIENT, LEDGER_CONFIG],
      useFactory: async (sql: SqlClient, config: LedgerConfig): Promise<SessionStore> => {
        await runMigrations(sql, 'auth', SESSION_MIGRATIONS);
        return new SessionStore(sql, {
          idleTimeoutSeconds: config.signIn.session.idleTimeoutSeconds,
          absoluteTimeoutSeconds: config.signIn.session.absoluteTimeoutSeconds,
          acceptedMethods: enabledMethods(config),
        });
      },
    },
    {
      provide: OidcClient,
      inject: [LEDGER_CONFIG],
      useFactory: (config: LedgerConfig): OidcClient | null =>
        config.signIn.oidc === undefined ? null : new OidcClient(config.signIn.oidc),
    },
    {
      provide: DevelopmentPeopleQuery,
      inject: [SQL_CLIENT],
      useFactory: (sql: SqlClient) => new DevelopmentPeopleQuery(sql),
    },
    DevelopmentSignInEnabled,
  ],
  exports: [SESSION_STORE],
})
export class SignInModule {}
