import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsInstant, IsLedgerId } from '../shared/validation.js';

const toInteger = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : value;

export class VolunteerEligibilityRequest {
  @ApiPropertyOptional({ description: 'Only this policy (its id); default: every award policy in force' })
  @IsOptional()
  @IsLedgerId()
  policy?: string;

  @ApiPropertyOptional({ description: 'Decide eligibility for this tier of the policy instead of any tier' })
  @IsOptional()
  @IsLedgerId()
  tier?: string;

  @ApiPropertyOptional({ description: 'Only hours served before this instant; also the evaluation date' })
  @IsOptional()
  @IsInstant()
  asOf?: string;

  @ApiPropertyOptional({ description: 'The ledger as it stood at this instant, before later corrections' })
  @IsOptional()
  @IsInstant()
  asKnownAt?: string;

  @ApiPropertyOptional({ description: 'Wait (bounded) until the read model has reached this position' })
  @IsOptional()
  @Transform(toInteger)
  @IsInt()
  @Min(0)
  minPosition?: number;
}

export const AUDIT_FORMATS = ['json', 'csv'] as const;

export class OrganizationEligibilityRequest {
  @ApiPropertyOptional({ description: 'Only this policy; required with tier' })
  @IsOptional()
  @IsLedgerId()
  policy?: string;

  @ApiPropertyOptional({ description: 'Only volunteers eligible for this tier of the policy' })
  @IsOptional()
  @IsLedgerId()
  tier?: string;

  @ApiPropertyOptional({ description: 'Only hours served before this instant; also the evaluation date' })
  @IsOptional()
  @IsInstant()
  asOf?: string;

  @ApiPropertyOptional({ description: 'The ledger as it stood at this instant, before later corrections' })
  @IsOptional()
  @IsInstant()
  asKnownAt?: string;

  @ApiPropertyOptional({ description: 'Volunteers per page: default 50 (JSON) or 1000 (CSV), at most 1000' })
  @IsOptional()
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(128)
  cursor?: string;

  @ApiPropertyOptional({ enum: AUDIT_FORMATS, description: 'csv, or send Accept: text/csv' })
  @IsOptional()
  @IsIn(AUDIT_FORMATS)
  format?: (typeof AUDIT_FORMATS)[number];

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(toInteger)
  @IsInt()
  @Min(0)
  minPosition?: number;
}

export class AwardIntegrityRequest {
  @ApiPropertyOptional({ description: 'The subtree to audit; default: the caller’s own node' })
  @IsOptional()
  @IsLedgerId()
  organizationId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(toInteger)
  @IsInt()
  @Min(0)
  minPosition?: number;
}
