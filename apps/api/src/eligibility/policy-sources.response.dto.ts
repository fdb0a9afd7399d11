import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type PolicySource } from '@vl/domain';

/** OpenAPI shapes of what policies and determinations say about where a rule comes from. */
export class LocalizedTextDto {
  @ApiProperty({ example: '星级志愿者' })
  zh!: string;

  @ApiProperty({ example: 'Star volunteer' })
  en!: string;
}

export class PolicySourceDto implements PolicySource {
  @ApiProperty({ example: '志愿服务记录办法', description: 'The document the rule comes from' })
  title!: string;

  @ApiProperty({ example: '民政部', description: 'Who issued it' })
  issuer!: string;

  @ApiProperty({ example: 2012, description: 'The year it was issued (or revised)' })
  year!: number;

  @ApiPropertyOptional({ example: '第三条', description: 'The article or section, where known' })
  section?: string;

  @ApiPropertyOptional({ description: 'A public copy, where one exists' })
  url?: string;

  @ApiPropertyOptional({ description: 'What the rule takes from the document' })
  note?: string;
}

export class PolicyTierDto {
  @ApiProperty({ example: '1-star' })
  id!: string;

  @ApiProperty({ type: LocalizedTextDto })
  title!: LocalizedTextDto;

  @ApiProperty({ enum: ['minutes', 'points'] })
  unit!: 'minutes' | 'points';

  @ApiProperty({ example: 6000, description: 'The bar, in unit' })
  threshold!: number;

  @ApiPropertyOptional({ description: 'The age band the tier belongs to (PVSA)' })
  ageBand?: { id: string; minAge: number; maxAge: number | null };
}

export class PolicySummaryDto {
  @ApiProperty({ example: 'star-volunteer' })
  id!: string;

  @ApiProperty({ example: 1 })
  version!: number;

  @ApiProperty({ example: '2000-01-01', description: 'First day this version decides' })
  effectiveFrom!: string;

  @ApiProperty({ enum: ['points', 'hours-tiers', 'hours-tiers-by-age', 'service-credits', 'all-of'] })
  kind!: string;

  @ApiProperty({ type: LocalizedTextDto })
  title!: LocalizedTextDto;

  @ApiPropertyOptional({ type: LocalizedTextDto })
  description?: LocalizedTextDto;

  @ApiProperty({
    type: [PolicySourceDto],
    description: 'The documents the rule comes from; every policy file must name at least one',
  })
  sources!: PolicySourceDto[];

  @ApiPropertyOptional({ type: LocalizedTextDto, description: 'Why these figures, in a sentence' })
  rationale?: LocalizedTextDto;

  @ApiProperty({
    type: 'object',
    nullable: true,
    additionalProperties: true,
    description: 'Which service counts, e.g. { "type": "all-time" }; null for points',
  })
  window!: object | null;

  @ApiProperty({ type: [PolicyTierDto] })
  tiers!: PolicyTierDto[];
}

export class PoliciesResponseDto {
  @ApiProperty({ example: '2025-07-05', description: 'The calendar date the versions are in force on' })
  date!: string;

  @ApiProperty({ type: [PolicySummaryDto] })
  policies!: PolicySummaryDto[];
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
  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    example: '2025-09-01',
    description: 'The first service date counted; null: no lower bound',
  })
  from!: string | null;

  @ApiProperty({ format: 'date', example: '2026-08-31', description: 'The last service date counted' })
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

/** The fixed fields of a determination (SPEC §5) and the sources of the version that decided it. */
export class DeterminationDto {
  @ApiProperty({ example: 'star-volunteer' })
  policyId!: string;

  @ApiProperty({ example: 1 })
  version!: number;

  @ApiProperty({
    type: [PolicySourceDto],
    description: 'The documents the deciding version comes from, so the answer can be defended',
  })
  sources!: PolicySourceDto[];

  @ApiProperty()
  eligible!: boolean;

  @ApiProperty({ nullable: true, type: String, example: '1-star', description: 'The highest tier reached' })
  tier!: string | null;

  @ApiProperty({ enum: ['minutes', 'points'] })
  unit!: 'minutes' | 'points';

  @ApiProperty({ example: 6600 })
  measured!: number;

  @ApiProperty({ nullable: true, type: Number, example: 6000 })
  threshold!: number | null;

  @ApiProperty({ nullable: true, type: Number, example: 0 })
  missing!: number | null;

  @ApiProperty({ type: [String], description: 'The ledger entries whose minutes make up measured' })
  evidence!: string[];

  @ApiProperty({ example: 'hours-tiers' })
  kind!: string;

  @ApiProperty({ description: 'The evaluation instant' })
  asOf!: string;

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
    description: 'The conditions not met, each with what is missing; empty exactly when eligible',
  })
  unmet!: ConditionResultDto[];
}

export class VolunteerEligibilityResponseDto {
  @ApiProperty()
  volunteerId!: string;

  @ApiProperty({ description: 'The evaluation instant' })
  asOf!: string;

  @ApiProperty()
  position!: number;

  @ApiProperty({ type: [DeterminationDto] })
  determinations!: DeterminationDto[];
}
