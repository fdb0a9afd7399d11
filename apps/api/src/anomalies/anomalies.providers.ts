import { type Provider } from '@nestjs/common';
import { SQL_CLIENT } from '@vl/platform';
import { AnomalySessionsQuery } from '@vl/read-model';
import { type SqlClient } from '@vl/sql';
import { AnomalyReportService } from './anomaly-report.service.js';

/** What the anomaly report needs beside the api module's clock and configuration. */
export const ANOMALY_PROVIDERS: Provider[] = [
  {
    provide: AnomalySessionsQuery,
    inject: [SQL_CLIENT],
    useFactory: (sql: SqlClient) => new AnomalySessionsQuery(sql),
  },
  AnomalyReportService,
];
