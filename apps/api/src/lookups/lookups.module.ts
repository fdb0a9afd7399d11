import { Module } from '@nestjs/common';
import { SQL_CLIENT } from '@vl/platform';
import { type SqlClient } from '@vl/sql';
import {
  ActivityListQuery,
  ActivityReportQuery,
  OrganizationTreeQuery,
  ReviewQueueQuery,
  VolunteerDirectoryQuery,
  VolunteerRecordsQuery,
} from '@vl/read-model';
import { PersonalDataModule } from '../personal-data/personal-data.module.js';
import { ReadPosition } from '../shared/read-position.js';
import { ActivityLookupsHttpController } from './activity-lookups.query.http.controller.js';
import { OrganizationLookupsHttpController } from './organization-lookups.query.http.controller.js';
import { VolunteerLookupsHttpController } from './volunteer-lookups.query.http.controller.js';

const queries = [
  OrganizationTreeQuery,
  VolunteerDirectoryQuery,
  ActivityListQuery,
  ActivityReportQuery,
  ReviewQueueQuery,
  VolunteerRecordsQuery,
] as const;

/** The lists people work from: the organisation tree, volunteers, activities, the review queue, records. */
@Module({
  imports: [PersonalDataModule],
  controllers: [
    OrganizationLookupsHttpController,
    VolunteerLookupsHttpController,
    ActivityLookupsHttpController,
  ],
  providers: [
    ReadPosition,
    ...queries.map((query) => ({
      provide: query,
      inject: [SQL_CLIENT],
      useFactory: (sql: SqlClient) => new query(sql),
    })),
  ],
})
export class LookupsModule {}
