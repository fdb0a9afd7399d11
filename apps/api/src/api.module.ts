import { type DynamicModule, Inject, Module, type OnModuleInit } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { runMigrations, type SqlClient } from '@vl/sql';
import { SQL_CLIENT } from '@vl/platform';
import { API_MIGRATIONS } from './infrastructure/api-migrations.js';
import { ScheduleActivityHandler } from './activities/schedule-activity/schedule-activity.handler.js';
import { ScheduleActivityHttpController } from './activities/schedule-activity/schedule-activity.http.controller.js';
import { GrantAwardHandler } from './awards/grant-award/grant-award.handler.js';
import { ImportHoursHandler } from './imports/import-hours/import-hours.handler.js';
import { ImportHoursHttpController } from './imports/import-hours/import-hours.http.controller.js';
import { GrantAwardHttpController } from './awards/grant-award/grant-award.http.controller.js';
import { RevokeAwardHandler } from './awards/revoke-award/revoke-award.handler.js';
import { RevokeAwardHttpController } from './awards/revoke-award/revoke-award.http.controller.js';
import { BalanceHttpController } from './balances/balance.http.controller.js';
import { PointsService } from './balances/points.service.js';
import { KioskCodeHttpController } from './activities/kiosk-code/kiosk-code.http.controller.js';
import { kioskCodeSignerProvider } from './activities/kiosk-code/kiosk-code.signer.js';
import { PresenceClaims } from './sessions/presence-claim.js';
import { certificateKeyRingProvider } from './certificates/certificate-key-ring.provider.js';
import { CertificateLookup } from './certificates/certificate-lookup.js';
import { CertificatePdfService } from './certificates/certificate-pdf.service.js';
import { CertificateVerificationHttpController } from './certificates/certificate-verification.http.controller.js';
import { IssueCertificateHandler } from './certificates/issue-certificate/issue-certificate.handler.js';
import { IssueCertificateHttpController } from './certificates/issue-certificate/issue-certificate.http.controller.js';
import { JwksHttpController } from './certificates/jwks.http.controller.js';
import { GrantConsentHandler } from './consents/grant-consent/grant-consent.handler.js';
import { GrantConsentHttpController } from './consents/grant-consent/grant-consent.http.controller.js';
import { RevokeConsentHandler } from './consents/revoke-consent/revoke-consent.handler.js';
import { RevokeConsentHttpController } from './consents/revoke-consent/revoke-consent.http.controller.js';
import { AuditList } from './eligibility/audit-list.js';
import { AwardIntegrityHttpController } from './eligibility/award-integrity.http.controller.js';
import { AwardIntegrityService } from './eligibility/award-integrity.service.js';
import { EligibilityService } from './eligibility/eligibility.service.js';
import { OrganizationEligibilityHttpController } from './eligibility/organization-eligibility.http.controller.js';
import { PoliciesHttpController } from './eligibility/policies.http.controller.js';
import { VolunteerEligibilityHttpController } from './eligibility/volunteer-eligibility.http.controller.js';
import { HealthModule } from './health/health.module.js';
import { RegisterOrganizationHandler } from './organizations/register-organization/register-organization.handler.js';
import { RegisterOrganizationHttpController } from './organizations/register-organization/register-organization.http.controller.js';
import { StudentCreditsHttpController } from './schools/student-credits.http.controller.js';
import { StudentCreditsService } from './schools/student-credits.service.js';
import { CheckInHandler } from './sessions/check-in/check-in.handler.js';
import { CheckInHttpController } from './sessions/check-in/check-in.http.controller.js';
import { CheckOutHandler } from './sessions/check-out/check-out.handler.js';
import { CheckOutHttpController } from './sessions/check-out/check-out.http.controller.js';
import { ConfirmSessionHandler } from './sessions/confirm-session/confirm-session.handler.js';
import { ConfirmSessionHttpController } from './sessions/confirm-session/confirm-session.http.controller.js';
import { CorrectSessionHandler } from './sessions/correct-session/correct-session.handler.js';
import { CorrectSessionHttpController } from './sessions/correct-session/correct-session.http.controller.js';
import { MissedCheckOutSweeper } from './sessions/missed-check-out.sweeper.js';
import { RecordManualSessionHandler } from './sessions/record-manual-session/record-manual-session.handler.js';
import { RecordManualSessionHttpController } from './sessions/record-manual-session/record-manual-session.http.controller.js';
import { RejectSessionHandler } from './sessions/reject-session/reject-session.handler.js';
import { RejectSessionHttpController } from './sessions/reject-session/reject-session.http.controller.js';
import { RevokeSessionHandler } from './sessions/revoke-session/revoke-session.handler.js';
import { RevokeSessionHttpController } from './sessions/revoke-session/revoke-session.http.controller.js';
import { SessionLocator } from './sessions/session-locator.js';
import { ActivityLookup } from './shared/activity-lookup.js';
import { CLOCK, type Clock, systemClock } from './shared/clock.js';
import { IdempotencyInterceptor } from './shared/idempotency.interceptor.js';
import { OrganizationLookup } from './shared/organization-lookup.js';
import { ReadPosition } from './shared/read-position.js';
import { STREAM_COMMAND_HANDLERS } from './shared/streams.js';
import { VolunteerLookup } from './shared/volunteer-lookup.js';
import { RegisterVolunteerHandler } from './volunteers/register-volunteer/register-volunteer.handler.js';
import { RegisterVolunteerHttpController } from './volunteers/register-volunteer/register-volunteer.http.controller.js';
import { LookupsModule } from './lookups/lookups.module.js';
import { ANOMALY_PROVIDERS } from './anomalies/anomalies.providers.js';
import { OrganizationAnomaliesHttpController } from './anomalies/organization-anomalies.query.http.controller.js';
import { PersonalDataModule } from './personal-data/personal-data.module.js';
import { ErasePersonalDataHandler } from './personal-data/erase-personal-data/erase-personal-data.handler.js';
import { ErasePersonalDataHttpController } from './personal-data/erase-personal-data/erase-personal-data.http.controller.js';
import { MaskedPersonalDataQueryHttpController } from './personal-data/read-personal-data/masked-personal-data.query.http.controller.js';
import { PersonalDataQueryHttpController } from './personal-data/read-personal-data/personal-data.query.http.controller.js';
import { PersonalDataReadsHttpController } from './personal-data/read-personal-data/personal-data-reads.query.http.controller.js';
import { ReportActivityHandler } from './activities/report-activity/report-activity.handler.js';
import { ReportActivityHttpController } from './activities/report-activity/report-activity.http.controller.js';
import { LodgeObjectionHandler } from './sessions/lodge-objection/lodge-objection.handler.js';
import { LodgeObjectionHttpController } from './sessions/lodge-objection/lodge-objection.http.controller.js';
import { PostingPeriods } from './sessions/posting-periods.js';
import { SetPostingPeriodHandler } from './organizations/set-posting-period/set-posting-period.handler.js';
import { SetPostingPeriodHttpController } from './organizations/set-posting-period/set-posting-period.http.controller.js';
import { StatisticsHttpController } from './statistics/statistics.query.http.controller.js';
import { STATISTICS_PROVIDERS } from './statistics/statistics.providers.js';
import {
  PROFILE_CHANGE_CONTROLLERS,
  PROFILE_CHANGE_PROVIDERS,
} from './volunteers/profile-changes.providers.js';

/** The HTTP API role: commands and queries under /api/v1. */
@Module({
  imports: [CqrsModule.forRoot(), LookupsModule, HealthModule, PersonalDataModule],
  controllers: [
    RegisterOrganizationHttpController,
    RegisterVolunteerHttpController,
    ScheduleActivityHttpController,
    ReportActivityHttpController,
    CheckInHttpController,
    KioskCodeHttpController,
    CheckOutHttpController,
    RecordManualSessionHttpController,
    ConfirmSessionHttpController,
    RejectSessionHttpController,
    CorrectSessionHttpController,
    RevokeSessionHttpController,
    BalanceHttpController,
    GrantConsentHttpController,
    RevokeConsentHttpController,
    StudentCreditsHttpController,
    IssueCertificateHttpController,
    CertificateVerificationHttpController,
    JwksHttpController,
    PoliciesHttpController,
    VolunteerEligibilityHttpController,
    OrganizationEligibilityHttpController,
    GrantAwardHttpController,
    ImportHoursHttpController,
    RevokeAwardHttpController,
    AwardIntegrityHttpController,
    OrganizationAnomaliesHttpController,
    ErasePersonalDataHttpController,
    MaskedPersonalDataQueryHttpController,
    PersonalDataQueryHttpController,
    PersonalDataReadsHttpController,
    StatisticsHttpController,
    SetPostingPeriodHttpController,
    LodgeObjectionHttpController,
    ...PROFILE_CHANGE_CONTROLLERS,
  ],
  providers: [
    { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
    ...STREAM_COMMAND_HANDLERS,
    ...STATISTICS_PROVIDERS,
    OrganizationLookup,
    ActivityLookup,
    VolunteerLookup,
    StudentCreditsService,
    certificateKeyRingProvider,
    kioskCodeSignerProvider,
    PresenceClaims,
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
    ReportActivityHandler,
    CheckInHandler,
    CheckOutHandler,
    RecordManualSessionHandler,
    ConfirmSessionHandler,
    RejectSessionHandler,
    CorrectSessionHandler,
    RevokeSessionHandler,
    GrantConsentHandler,
    RevokeConsentHandler,
    IssueCertificateHandler,
    GrantAwardHandler,
    ImportHoursHandler,
    RevokeAwardHandler,
    ...ANOMALY_PROVIDERS,
    ErasePersonalDataHandler,
    PostingPeriods,
    SetPostingPeriodHandler,
    LodgeObjectionHandler,
    ...PROFILE_CHANGE_PROVIDERS,
  ],
})
export class ApiModule implements OnModuleInit {
  constructor(@Inject(SQL_CLIENT) private readonly sql: SqlClient) {}

  /** The API with the clock it reads the time from: the system clock unless a test holds one still. */
  static withClock(clock: Clock = systemClock): DynamicModule {
    return { module: ApiModule, providers: [{ provide: CLOCK, useValue: clock }] };
  }

  async onModuleInit(): Promise<void> {
    await runMigrations(this.sql, 'api', API_MIGRATIONS);
  }
}
