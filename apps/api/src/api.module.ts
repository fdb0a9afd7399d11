import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { runMigrations, type SqlClient } from '@vl/sql';
import { SQL_CLIENT } from '@vl/platform';
import { API_MIGRATIONS } from './infrastructure/api-migrations.js';
import { ScheduleActivityHttpController } from './activities/schedule-activity.http.controller.js';
import { ScheduleActivityHandler } from './activities/schedule-activity.handler.js';
import { AwardHandlers } from './awards/award.handlers.js';
import { AwardHttpController } from './awards/award.http.controller.js';
import { AuditList } from './eligibility/audit-list.js';
import { AwardIntegrityHttpController } from './eligibility/award-integrity.http.controller.js';
import { AwardIntegrityService } from './eligibility/award-integrity.service.js';
import { EligibilityService } from './eligibility/eligibility.service.js';
import { OrganizationEligibilityHttpController } from './eligibility/organization-eligibility.http.controller.js';
import { PoliciesHttpController } from './eligibility/policies.http.controller.js';
import { VolunteerEligibilityHttpController } from './eligibility/volunteer-eligibility.http.controller.js';
import { ReadPosition } from './shared/read-position.js';
import { BalanceHttpController } from './balances/balance.http.controller.js';
import { PointsService } from './balances/points.service.js';
import { certificateKeyRingProvider } from './certificates/certificate-key-ring.provider.js';
import { CertificateLookup } from './certificates/certificate-lookup.js';
import { CertificatePdfService } from './certificates/certificate-pdf.service.js';
import { CertificateVerificationHttpController } from './certificates/certificate-verification.http.controller.js';
import { IssueCertificateHandler } from './certificates/issue-certificate.handler.js';
import { IssueCertificateHttpController } from './certificates/issue-certificate.http.controller.js';
import { JwksHttpController } from './certificates/jwks.http.controller.js';
import { ConsentHandlers } from './consents/consent.handlers.js';
import { ConsentHttpController } from './consents/consent.http.controller.js';
import { HealthHttpController } from './health/health.http.controller.js';
import { StudentCreditsHttpController } from './schools/student-credits.http.controller.js';
import { StudentCreditsService } from './schools/student-credits.service.js';
import { VolunteerLookup } from './shared/volunteer-lookup.js';
import { RegisterOrganizationHandler } from './organizations/register-organization.handler.js';
import { RegisterOrganizationHttpController } from './organizations/register-organization.http.controller.js';
import { AttendanceHttpController } from './sessions/attendance.http.controller.js';
import { AttendanceHandlers } from './sessions/attendance.handlers.js';
import { MissedCheckOutSweeper } from './sessions/missed-check-out.sweeper.js';
import { SessionReviewHandlers } from './sessions/session-review.handlers.js';
import { SessionReviewHttpController } from './sessions/session-review.http.controller.js';
import { SessionLocator } from './sessions/session-locator.js';
import { ActivityLookup } from './shared/activity-lookup.js';
import { OrganizationLookup } from './shared/organization-lookup.js';
import { IdempotencyInterceptor } from './shared/idempotency.interceptor.js';
import { StreamRunner } from './shared/stream-runner.js';
import { RegisterVolunteerHandler } from './volunteers/register-volunteer.handler.js';
import { RegisterVolunteerHttpController } from './volunteers/register-volunteer.http.controller.js';

/** The HTTP API role: commands and queries under /api/v1. */
@Module({
  imports: [CqrsModule.forRoot()],
  controllers: [
    HealthHttpController,
    RegisterOrganizationHttpController,
    RegisterVolunteerHttpController,
    ScheduleActivityHttpController,
    AttendanceHttpController,
    SessionReviewHttpController,
    BalanceHttpController,
    ConsentHttpController,
    StudentCreditsHttpController,
    IssueCertificateHttpController,
    CertificateVerificationHttpController,
    JwksHttpController,
    PoliciesHttpController,
    VolunteerEligibilityHttpController,
    OrganizationEligibilityHttpController,
    AwardHttpController,
    AwardIntegrityHttpController,
  ],
  providers: [
    { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
    StreamRunner,
    OrganizationLookup,
    ActivityLookup,
    VolunteerLookup,
    StudentCreditsService,
    certificateKeyRingProvider,
    CertificateLookup,
    CertificatePdfService,
    SessionLocator,
    PointsService,
    ReadPosition,
    EligibilityService,
    AuditList,
    AwardIntegrityService,
    MissedCheckOutSweeper,
    RegisterOrganizationHandler,
    RegisterVolunteerHandler,
    ScheduleActivityHandler,
    ...AttendanceHandlers,
    ...SessionReviewHandlers,
    ...ConsentHandlers,
    IssueCertificateHandler,
    ...AwardHandlers,
  ],
})
export class ApiModule implements OnModuleInit {
  constructor(@Inject(SQL_CLIENT) private readonly sql: SqlClient) {}

  async onModuleInit(): Promise<void> {
    await runMigrations(this.sql, 'api', API_MIGRATIONS);
  }
}
