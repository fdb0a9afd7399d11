import {
  type DynamicModule,
  Global,
  Inject,
  Logger,
  Module,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { type LedgerConfig, loadPolicyDirectory } from '@vl/config';
import { createEventStore, type EventStore } from '@vl/event-store';
import { movePersonalDataOut } from './personal-data-migration.js';
import { releaseHeapAfterBacklog } from './heap-release.js';
import { openPersonalDataStore, PersonalDataStore } from '@vl/personal-data';
import { createSqlClient, runMigrations, type SqlClient } from '@vl/sql';
import {
  AwardQuery,
  BalanceQuery,
  BalanceSnapshotQuery,
  CertificateQuery,
  DirectoryQuery,
  LedgerQuery,
  ProfileHistoryQuery,
  Projector,
  READ_MODEL_MIGRATIONS,
  ReadModelStatus,
  SchoolRosterQuery,
} from '@vl/read-model';
import { EVENT_STORE, LEDGER_CONFIG, POLICY_SET, PROJECTOR_NUDGE, SQL_CLIENT } from './tokens.js';

const log = new Logger('Infrastructure');

/** The store, the SQL database and the read-model services, shared by every role in one process. */
@Global()
@Module({})
export class LedgerInfrastructureModule implements OnApplicationShutdown {
  constructor(
    @Inject(SQL_CLIENT) private readonly sql: SqlClient,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly projector: Projector,
  ) {}

  static forRoot(config: LedgerConfig): DynamicModule {
    return {
      module: LedgerInfrastructureModule,
      providers: [
        { provide: LEDGER_CONFIG, useValue: config },
        { provide: POLICY_SET, useFactory: () => loadPolicyDirectory(config.policiesDir) },
        {
          provide: SQL_CLIENT,
          useFactory: async (): Promise<SqlClient> => {
            const sql = await createSqlClient({
              databaseUrl: config.databaseUrl,
              dataDir: config.dataDir,
              schema: config.databaseSchema,
            });
            await runMigrations(sql, 'read-model', READ_MODEL_MIGRATIONS);
            log.log(
              config.databaseUrl
                ? 'Using the PostgreSQL server'
                : `Using embedded PGlite in ${config.dataDir}`,
            );
            return sql;
          },
        },
        {
          provide: PersonalDataStore,
          inject: [SQL_CLIENT],
          useFactory: (sql: SqlClient): Promise<PersonalDataStore> =>
            openPersonalDataStore(sql, {
              masterKey: config.personalDataMasterKey,
              retiredKeys: config.personalDataRetiredKeys,
              keyFile: config.personalDataKeyFile,
            }),
        },
        {
          provide: EVENT_STORE,
          inject: [SQL_CLIENT, PersonalDataStore],
          useFactory: async (sql: SqlClient, people: PersonalDataStore): Promise<EventStore> => {
            const store = await createEventStore({ sql, eventStoreUrl: config.eventStoreUrl });
            // Ledgers written before personal data left the events are migrated once (SQL store only).
            if (config.eventStoreUrl === undefined) await movePersonalDataOut(sql, store, people);
            return store;
          },
        },
        {
          provide: Projector,
          inject: [SQL_CLIENT, EVENT_STORE],
          useFactory: (sql: SqlClient, store: EventStore): Projector =>
            new Projector(sql, store, {
              timeZone: config.timezone,
              onError: (error) => log.error(`Projector: ${(error as Error).message}`),
              onCaughtUp: releaseHeapAfterBacklog,
            }),
        },
        {
          provide: PROJECTOR_NUDGE,
          inject: [Projector],
          useFactory: (projector: Projector) => () => projector.notify(),
        },
        {
          provide: ReadModelStatus,
          inject: [SQL_CLIENT, EVENT_STORE, Projector],
          useFactory: (sql: SqlClient, store: EventStore, projector: Projector) => {
            const status = new ReadModelStatus(sql, () => store.headPosition());
            projector.onProgress((position) => status.advanced(position));
            return status;
          },
        },
        {
          provide: BalanceQuery,
          inject: [SQL_CLIENT],
          useFactory: (sql: SqlClient) => new BalanceQuery(sql),
        },
        {
          provide: BalanceSnapshotQuery,
          inject: [SQL_CLIENT],
          useFactory: (sql: SqlClient) => new BalanceSnapshotQuery(sql),
        },
        { provide: LedgerQuery, inject: [SQL_CLIENT], useFactory: (sql: SqlClient) => new LedgerQuery(sql) },
        {
          provide: DirectoryQuery,
          inject: [SQL_CLIENT],
          useFactory: (sql: SqlClient) => new DirectoryQuery(sql),
        },
        {
          provide: SchoolRosterQuery,
          inject: [SQL_CLIENT],
          useFactory: (sql: SqlClient) => new SchoolRosterQuery(sql),
        },
        {
          provide: CertificateQuery,
          inject: [SQL_CLIENT],
          useFactory: (sql: SqlClient) => new CertificateQuery(sql),
        },
        { provide: AwardQuery, inject: [SQL_CLIENT], useFactory: (sql: SqlClient) => new AwardQuery(sql) },
        {
          provide: ProfileHistoryQuery,
          inject: [SQL_CLIENT],
          useFactory: (sql: SqlClient) => new ProfileHistoryQuery(sql),
        },
      ],
      exports: [
        LEDGER_CONFIG,
        POLICY_SET,
        SQL_CLIENT,
        EVENT_STORE,
        PersonalDataStore,
        Projector,
        PROJECTOR_NUDGE,
        ReadModelStatus,
        BalanceQuery,
        BalanceSnapshotQuery,
        LedgerQuery,
        DirectoryQuery,
        SchoolRosterQuery,
        CertificateQuery,
        AwardQuery,
        ProfileHistoryQuery,
      ],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.projector.stop();
    await this.store.close();
    await this.sql.close();
  }
}
