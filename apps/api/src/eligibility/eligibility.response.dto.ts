import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class LocalizedTextDto {
  @ApiProperty({ example: '星级志愿者' })
  zh!: string;

  @ApiProperty({ example: 'Star volunteer' })
  en!: string;
}

export class ConditionThresholdDto {
  @ApiPropertyOptional()
  atLeast?: number;

  @ApiPropertyOptional()
  atMost?: number;

  @ApiPropertyOptional({ type: [String] })
  oneOf?: string[];

  @ApiPropertyOptional({ type: [String] })
  noneOf?: string[];
}

export class CountedPeriodDto {
  @ApiProperty({ type: String, nullable: true, description: 'null: no lower bound' })
  from!: string | null;

  @ApiProperty()
  to!: string;
}

export class ConditionResultDto {
  @ApiProperty({ example: 'minimumHours' })
  name!: string;

  @ApiProperty()
  met!: boolean;

  @ApiProperty({ enum: ['minutes', 'points', 'years', 'status'] })
  unit!: 'minutes' | 'points' | 'years' | 'status';

  @ApiProperty({ oneOf: [{ type: 'number' }, { type: 'string' }] })
  measured!: number | string;

  @ApiProperty({ type: ConditionThresholdDto })
  threshold!: ConditionThresholdDto;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'In unit; 0 when met; null when no further service can meet it',
  })
  missing!: number | null;

  @ApiProperty({ type: [String] })
  evidence!: string[];

  @ApiPropertyOptional({ type: CountedPeriodDto })
  period?: CountedPeriodDto;
}

export class TierProgressDto {
  @ApiProperty()
  tier!: string;

  @ApiProperty()
  threshold!: number;

  @ApiProperty()
  missing!: number;
}

export class DeterminationDto {
  @ApiProperty()
  policyId!: string;

  @ApiProperty()
  version!: number;

  @ApiProperty({ example: 'hours-tiers' })
  kind!: string;

  @ApiProperty()
  asOf!: string;

  @ApiProperty()
  eligible!: boolean;

  @ApiProperty({ type: String, nullable: true, description: 'The highest tier reached' })
  tier!: string | null;

  @ApiProperty({ enum: ['minutes', 'points'] })
  unit!: 'minutes' | 'points';

  @ApiProperty()
  measured!: number;

  @ApiProperty({ type: Number, nullable: true })
  threshold!: number | null;

  @ApiProperty({ type: Number, nullable: true })
  missing!: number | null;

  @ApiProperty({ type: [String], description: 'Ledger entry ids behind the figure' })
  evidence!: string[];

  @ApiProperty({ type: TierProgressDto, nullable: true, description: 'Progress to the next tier' })
  nextTier!: TierProgressDto | null;

  @ApiProperty({ type: CountedPeriodDto, nullable: true })
  period!: CountedPeriodDto | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  ageBand?: string | null;

  @ApiPropertyOptional()
  credits?: number;

  @ApiProperty({ type: [ConditionResultDto] })
  conditions!: ConditionResultDto[];

  @ApiProperty({
    type: [ConditionResultDto],
    description: 'The conditions not met; empty exactly when eligible',
  })
  unmet!: ConditionResultDto[];
}

export class VolunteerEligibilityResponseDto {
  @ApiProperty()
  volunteerId!: string;

  @ApiProperty()
  asOf!: string;

  @ApiPropertyOptional()
  asKnownAt?: string;

  @ApiProperty()
  position!: number;

  @ApiProperty({ type: [DeterminationDto] })
  determinations!: DeterminationDto[];
}

export class AgeBandDto {
  @ApiProperty()
  id!: string;

  @ApiProperty()
  minAge!: number;

  @ApiProperty({ type: Number, nullable: true })
  maxAge!: number | null;
}

export class PolicyTierSummaryDto {
  @ApiProperty({ example: '1-star' })
  id!: string;

  @ApiProperty({ type: LocalizedTextDto })
  title!: LocalizedTextDto;

  @ApiProperty({ enum: ['minutes', 'points'] })
  unit!: 'minutes' | 'points';

  @ApiProperty()
  threshold!: number;

  @ApiPropertyOptional({ type: AgeBandDto })
  ageBand?: AgeBandDto;
}

export class PolicySummaryDto {
  @ApiProperty({ example: 'star-volunteer' })
  id!: string;

  @ApiProperty()
  version!: number;

  @ApiProperty()
  effectiveFrom!: string;

  @ApiProperty({ example: 'hours-tiers' })
  kind!: string;

  @ApiProperty({ type: LocalizedTextDto })
  title!: LocalizedTextDto;

  @ApiProperty({
    type: 'object',
    nullable: true,
    additionalProperties: true,
    description:
      'The service window counted: all-time, trailing-months, calendar-year, academic-year, date-range',
  })
  window!: Record<string, unknown> | null;

  @ApiProperty({ type: [PolicyTierSummaryDto] })
  tiers!: PolicyTierSummaryDto[];

  @ApiPropertyOptional({ type: LocalizedTextDto })
  description?: LocalizedTextDto;
}

export class PoliciesResponseDto {
  @ApiProperty({ description: 'The calendar date the versions are in force on' })
  date!: string;

  @ApiProperty({ type: [PolicySummaryDto] })
  policies!: PolicySummaryDto[];
}
