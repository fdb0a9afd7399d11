import { ApiProperty } from '@nestjs/swagger';
import { CHECK_IN_METHODS, LEAGUE_STATUSES, ORGANIZATION_KINDS } from '@vl/domain';

// Response shapes for the OpenAPI document, from which the web pages generate their types.

const NEXT_CURSOR = {
  type: String,
  nullable: true,
  description: 'Pass as ?cursor= for the next page; null on the last page',
} as const;
const INSTANT = { type: String, format: 'date-time' } as const;
const NULLABLE_INSTANT = { ...INSTANT, nullable: true } as const;

export class OrganizationRefResponse {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ORGANIZATION_KINDS }) kind!: string;
}

export class OrganizationResponse extends OrganizationRefResponse {
  @ApiProperty({ type: String, nullable: true }) parentId!: string | null;
  @ApiProperty({
    type: [OrganizationRefResponse],
    description: 'From the root down to and including the node',
  })
  path!: OrganizationRefResponse[];
}

export class OrganizationChildResponse extends OrganizationRefResponse {
  @ApiProperty({ type: String, nullable: true }) parentId!: string | null;
  @ApiProperty({ description: 'How many children this child has' }) childCount!: number;
}

export class OrganizationChildrenPage {
  @ApiProperty({ type: [OrganizationChildResponse] }) items!: OrganizationChildResponse[];
  @ApiProperty(NEXT_CURSOR) nextCursor!: string | null;
}

export class VolunteerListItemResponse {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() organizationId!: string;
  @ApiProperty({ type: String, nullable: true }) schoolId!: string | null;
  @ApiProperty({ enum: LEAGUE_STATUSES }) leagueStatus!: string;
  @ApiProperty({ description: 'False once deactivated: no new check-ins or sessions' }) active!: boolean;
}

export class VolunteersPage {
  @ApiProperty({ type: [VolunteerListItemResponse] }) items!: VolunteerListItemResponse[];
  @ApiProperty(NEXT_CURSOR) nextCursor!: string | null;
}

export class VolunteerProfileResponse extends VolunteerListItemResponse {
  @ApiProperty({ example: '2006-**-**', description: 'Masked: the year only; empty once erased' })
  birthDate!: string;
  @ApiProperty() organizationName!: string;
  @ApiProperty(INSTANT) registeredAt!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: null,
    description: 'YYYY-MM-DD from which the volunteer is deactivated; null while active',
  })
  deactivatedOn!: string | null;
}

export class ProfileChangeResponse {
  @ApiProperty({ enum: ['leagueStatus', 'school', 'organization', 'activity'] }) kind!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The value replaced: a league status, school id, organisation id, or active/inactive',
  })
  previousValue!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The new value; a null school is none' })
  value!: string | null;
  @ApiProperty({ example: '2026-11-20', description: 'YYYY-MM-DD, the day the change took effect' })
  effectiveOn!: string;
  @ApiProperty(INSTANT) recordedAt!: string;
  @ApiProperty({ description: 'Who recorded it (the token subject)' }) actor!: string;
  @ApiProperty() eventId!: string;
  @ApiProperty({ type: 'integer' }) position!: number;
}

export class ProfileChangesResponse {
  @ApiProperty({ type: [ProfileChangeResponse], description: 'Oldest first' })
  items!: ProfileChangeResponse[];
}

export class VenueResponse {
  @ApiProperty({ example: '神农公园' }) name!: string;
  @ApiProperty({ example: '株洲市天元区' }) address!: string;
  @ApiProperty({ type: Number, nullable: true, description: 'WGS 84 degrees' }) latitude!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'WGS 84 degrees' }) longitude!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'The range a geo check-in must reach, metres' })
  radiusMeters!: number | null;
}

export class ActivityResponse {
  @ApiProperty() id!: string;
  @ApiProperty() organizationId!: string;
  @ApiProperty() organizationName!: string;
  @ApiProperty() title!: string;
  @ApiProperty() category!: string;
  @ApiProperty(INSTANT) startsAt!: string;
  @ApiProperty(INSTANT) endsAt!: string;
  @ApiProperty({ type: Number, nullable: true }) maxMinutesPerVolunteer!: number | null;
  @ApiProperty() autoConfirm!: boolean;
  @ApiProperty({ type: VenueResponse, nullable: true, description: 'Null for an activity without a venue' })
  venue!: VenueResponse | null;
  @ApiProperty({ enum: CHECK_IN_METHODS, isArray: true, description: 'How a check-in may prove presence' })
  checkInMethods!: string[];
}

export class ActivitiesPage {
  @ApiProperty({ type: [ActivityResponse] }) items!: ActivityResponse[];
  @ApiProperty(NEXT_CURSOR) nextCursor!: string | null;
}

const SESSION_STATES = ['open', 'pending', 'confirmed', 'rejected', 'revoked'] as const;

export class RosterEntryResponse {
  @ApiProperty() sessionId!: string;
  @ApiProperty() volunteerId!: string;
  @ApiProperty() volunteerName!: string;
  @ApiProperty({ enum: SESSION_STATES }) state!: string;
  @ApiProperty(NULLABLE_INSTANT) checkedInAt!: string | null;
  @ApiProperty(NULLABLE_INSTANT) checkedOutAt!: string | null;
  @ApiProperty({ description: 'Minutes as the session stands now (confirmed, or measured while pending)' })
  minutes!: number;
  @ApiProperty() missedCheckOut!: boolean;
}

export class ActivityReportResponse {
  @ApiProperty({ description: 'Resident visits served (服务人次)' }) residentVisits!: number;
  @ApiProperty() summary!: string;
  @ApiProperty(INSTANT) reportedAt!: string;
  @ApiProperty({ description: 'Who recorded the latest report' }) reportedBy!: string;
  @ApiProperty({ description: 'Reports recorded; the latest replaces the earlier ones' }) reports!: number;
}

export class ActivityWithRosterResponse extends ActivityResponse {
  @ApiProperty({
    type: ActivityReportResponse,
    nullable: true,
    description: 'The latest report of what the activity served; null until one is recorded',
  })
  report!: ActivityReportResponse | null;

  @ApiProperty({
    type: [RosterEntryResponse],
    description: 'Every session at the activity; a volunteer sees only their own',
  })
  roster!: RosterEntryResponse[];
}

export class ReviewQueueItemResponse {
  @ApiProperty() sessionId!: string;
  @ApiProperty() volunteerId!: string;
  @ApiProperty() volunteerName!: string;
  @ApiProperty() activityId!: string;
  @ApiProperty() activityTitle!: string;
  @ApiProperty() organizationId!: string;
  @ApiProperty({ enum: ['pending'] }) state!: string;
  @ApiProperty(INSTANT) startedAt!: string;
  @ApiProperty(NULLABLE_INSTANT) endedAt!: string | null;
  @ApiProperty({ type: Number, nullable: true }) measuredMinutes!: number | null;
  @ApiProperty() missedCheckOut!: boolean;
  @ApiProperty({ description: 'Recorded from a paper sheet' }) manual!: boolean;
}

export class ReviewQueuePage {
  @ApiProperty({ type: [ReviewQueueItemResponse] }) items!: ReviewQueueItemResponse[];
  @ApiProperty(NEXT_CURSOR) nextCursor!: string | null;
}

export class AwardItemResponse {
  @ApiProperty() awardId!: string;
  @ApiProperty() policyId!: string;
  @ApiProperty() tier!: string;
  @ApiProperty() note!: string;
  @ApiProperty(INSTANT) grantedAt!: string;
  @ApiProperty(NULLABLE_INSTANT) revokedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) revocationReason!: string | null;
}

export class AwardsPage {
  @ApiProperty({ type: [AwardItemResponse] }) items!: AwardItemResponse[];
  @ApiProperty(NEXT_CURSOR) nextCursor!: string | null;
}

export class CertificateItemResponse {
  @ApiProperty() certificateId!: string;
  @ApiProperty({ description: 'The verification code' }) code!: string;
  @ApiProperty({ format: 'date', description: 'First service date covered' }) from!: string;
  @ApiProperty({ format: 'date', description: 'Last service date covered' }) to!: string;
  @ApiProperty() minutes!: number;
  @ApiProperty(INSTANT) issuedAt!: string;
  @ApiProperty({
    ...NULLABLE_INSTANT,
    description: 'When the ledger learned of the change that took the certificate below its figure',
  })
  revokedAt!: string | null;
  @ApiProperty({ description: 'Whether it verifies now' }) valid!: boolean;
}

export class CertificatesPage {
  @ApiProperty({ type: [CertificateItemResponse] }) items!: CertificateItemResponse[];
  @ApiProperty(NEXT_CURSOR) nextCursor!: string | null;
}

export class ConsentItemResponse {
  @ApiProperty() schoolId!: string;
  @ApiProperty() schoolName!: string;
  @ApiProperty(INSTANT) grantedAt!: string;
  @ApiProperty(NULLABLE_INSTANT) until!: string | null;
  @ApiProperty(NULLABLE_INSTANT) revokedAt!: string | null;
  @ApiProperty({ description: 'In force now: not revoked, not expired' }) active!: boolean;
}

export class ConsentsPage {
  @ApiProperty({ type: [ConsentItemResponse] }) items!: ConsentItemResponse[];
  @ApiProperty(NEXT_CURSOR) nextCursor!: string | null;
}
