import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DeterminationDto } from './policy-sources.response.dto.js';

/** One volunteer of the audit list with the determinations asked for. */
export class AuditListItemDto {
  @ApiProperty({ example: 'v1' })
  volunteerId!: string;

  @ApiProperty({ example: '张小青' })
  name!: string;

  @ApiProperty({ example: 'lianhua' })
  organizationId!: string;

  @ApiProperty({ type: [DeterminationDto] })
  determinations!: DeterminationDto[];
}

/** What an answer about a subtree evaluated on a date carries: where, when, as known when, and from where. */
export class SubtreeEvaluationDto {
  @ApiProperty({ example: 'hetang' })
  organizationId!: string;

  @ApiProperty({
    format: 'date-time',
    example: '2026-07-10T09:00:00.000Z',
    description: 'The evaluation instant',
  })
  asOf!: string;

  @ApiPropertyOptional({
    format: 'date-time',
    example: '2026-07-01T00:00:00.000Z',
    description: 'The ledger as it was known at this instant',
  })
  asKnownAt?: string;

  @ApiProperty({ type: 'integer', example: 42, description: 'The read model position answered from' })
  position!: number;
}

/** A page of the audit list of a subtree, in volunteer id order. */
export class OrganizationEligibilityResponseDto extends SubtreeEvaluationDto {
  @ApiProperty({ type: String, nullable: true, example: 'star-volunteer' })
  policy!: string | null;

  @ApiProperty({ type: String, nullable: true, example: '1-star' })
  tier!: string | null;

  @ApiProperty({ type: [AuditListItemDto] })
  items!: AuditListItemDto[];

  @ApiProperty({ type: String, nullable: true, example: null, description: 'The cursor of the next page' })
  nextCursor!: string | null;
}

/** An honour as the read model holds it. */
export class AwardViewDto {
  @ApiProperty({ example: 'award-2026-v1-1-star' })
  awardId!: string;

  @ApiProperty({ example: 'v1' })
  volunteerId!: string;

  @ApiProperty({ example: 'lianhua' })
  organizationId!: string;

  @ApiProperty({ example: 'star-volunteer' })
  policyId!: string;

  @ApiProperty({ type: 'integer', example: 1 })
  version!: number;

  @ApiProperty({ example: '1-star' })
  tier!: string;

  @ApiProperty({ enum: ['minutes', 'points'] })
  unit!: 'minutes' | 'points';

  @ApiProperty({ example: 6600 })
  measured!: number;

  @ApiProperty({ example: 6000 })
  threshold!: number;

  @ApiProperty({ type: [String] })
  evidence!: string[];

  @ApiProperty({ example: '2026 年度表彰' })
  note!: string;

  @ApiProperty({ format: 'date-time', example: '2026-07-10T09:00:00.000Z' })
  grantedAt!: string;

  @ApiProperty({ example: 'hetang-admin' })
  grantedBy!: string;

  @ApiProperty({ format: 'date-time', example: '2026-07-10T09:00:00.000Z' })
  recordedAt!: string;

  @ApiProperty({ enum: ['granted', 'revoked'] })
  state!: 'granted' | 'revoked';

  @ApiProperty({ type: String, nullable: true })
  revokedReason!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  revokedAt!: string | null;
}

/** A correction or revocation recorded after the grant. */
export class EntryChangeDto {
  @ApiProperty({ example: '0f8e2d4c-8f3a-5b7e-9a61-2c4d7e9b1a35' })
  entryId!: string;

  @ApiProperty({ example: 'SessionCorrected' })
  type!: string;

  @ApiProperty({ example: 'confirmed' })
  state!: string;

  @ApiProperty({ type: 'integer', example: 100 })
  minutes!: number;

  @ApiProperty({ type: String, nullable: true, example: '签退时间登记有误' })
  reason!: string | null;

  @ApiProperty({ example: 'organiser-1' })
  actor!: string;

  @ApiProperty({ format: 'date-time', example: '2026-07-11T09:00:00.000Z' })
  recordedAt!: string;
}

export class ChangedEntryDto {
  @ApiProperty({ example: '0f8e2d4c-8f3a-5b7e-9a61-2c4d7e9b1a35' })
  entryId!: string;

  @ApiProperty({ type: 'integer', example: 120 })
  minutesAtGrant!: number;

  @ApiProperty({ type: 'integer', example: 100 })
  minutesNow!: number;

  @ApiProperty({ type: [EntryChangeDto] })
  changes!: EntryChangeDto[];
}

/** An honour whose supporting hours no longer carry it. */
export class AwardIntegrityFindingDto {
  @ApiProperty({ type: AwardViewDto })
  award!: AwardViewDto;

  @ApiProperty({ enum: ['minutes', 'points'] })
  unit!: 'minutes' | 'points';

  @ApiProperty({ example: 6000 })
  threshold!: number;

  @ApiProperty({ example: 6600 })
  measuredAtGrant!: number;

  @ApiProperty({ example: 5900 })
  measuredNow!: number;

  @ApiProperty({ type: Number, nullable: true, example: 100 })
  missing!: number | null;

  @ApiProperty({ type: [String] })
  unmet!: string[];

  @ApiProperty({ type: [ChangedEntryDto] })
  changedEntries!: ChangedEntryDto[];
}

export class AwardIntegrityResponseDto {
  @ApiProperty({ example: 'hetang' })
  organizationId!: string;

  @ApiProperty({ type: 'integer', example: 17 })
  position!: number;

  @ApiProperty({ type: [AwardIntegrityFindingDto] })
  items!: AwardIntegrityFindingDto[];
}

/** How many volunteers of a subtree a policy's tier admits on a date. */
export class EligibleCountResponseDto extends SubtreeEvaluationDto {
  @ApiProperty({ example: 'league-admission' })
  policy!: string;

  @ApiProperty({ example: 'qualified' })
  tier!: string;

  @ApiProperty({ type: 'integer', example: 12, description: 'Volunteers of the subtree the tier admits' })
  eligible!: number;

  @ApiProperty({
    type: 'integer',
    example: 30,
    description:
      'Volunteers evaluated: those who served what the policy requires of everyone (an all-of policy’s hours), ' +
      'else every volunteer of the subtree',
  })
  evaluated!: number;
}
