import { type Provider } from '@nestjs/common';
import { SQL_CLIENT } from '@vl/platform';
import { OrganizationTreeQuery, StatisticsQuery } from '@vl/read-model';
import { type SqlClient } from '@vl/sql';

/** The programme dashboard's figures, from the statistics counters; registered beside the API's clock. */
export const STATISTICS_PROVIDERS: Provider[] = [
  {
    provide: StatisticsQuery,
    inject: [SQL_CLIENT],
    useFactory: (sql: SqlClient) => new StatisticsQuery(sql),
  },
  {
    provide: OrganizationTreeQuery,
    inject: [SQL_CLIENT],
    useFactory: (sql: SqlClient) => new OrganizationTreeQuery(sql),
  },
];
