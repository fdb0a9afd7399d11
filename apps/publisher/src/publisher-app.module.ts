import { type DynamicModule, Module } from '@nestjs/common';
import { type LedgerConfig } from '@vl/config';
import { type PolicySet } from '@vl/domain';
import { type EventStore } from '@vl/event-store';
import { birthDatesOf, PersonalDataStore } from '@vl/personal-data';
import { type SqlClient } from '@vl/sql';
import { PublisherModule, publisherOptionsFromConfig } from '@vl/messaging';
import { EVENT_STORE, LedgerInfrastructureModule, POLICY_SET, SQL_CLIENT } from '@vl/platform';

/** The publisher role alone: the shared store and database, and the publisher on them. */
@Module({})
export class PublisherAppModule {
  static register(config: LedgerConfig): DynamicModule {
    return {
      module: PublisherAppModule,
      imports: [
        LedgerInfrastructureModule.forRoot(config),
        PublisherModule.forRootAsync({
          inject: [SQL_CLIENT, EVENT_STORE, POLICY_SET, PersonalDataStore],
          useFactory: (
            sql: SqlClient,
            eventStore: EventStore,
            policies: PolicySet,
            people: PersonalDataStore,
          ) => ({
            ...publisherOptionsFromConfig(config, { sql, eventStore, policies }),
            birthDatesOf: (ids: readonly string[]) => birthDatesOf(people, ids),
          }),
        }),
      ],
    };
  }
}
