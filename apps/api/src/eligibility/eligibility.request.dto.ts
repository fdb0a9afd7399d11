import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { EXPORT_FORMATS } from '../shared/export-format.js';
import { AsOfQuery, ReadYourWritesQuery, toInteger } from '../shared/query-params.js';
import { IsLedgerId } from '../shared/validation.js';

export class VolunteerEligibilityRequest extends AsOfQuery {
  @ApiPropertyOptional({ description: 'Only this policy (its id); default: every award policy in force' })
  @IsOptional()
  @IsLedgerId()
  policy?: string;

  @ApiPropertyOptional({ description: 'Decide eligibility for this tier of the policy instead of any tier' })
  @IsOptional()
  @IsLedgerId()
  tier?: string;
}

export const AUDIT_FORMATS = EXPORT_FORMATS;

export class OrganizationEligibilityRequest extends AsOfQuery {
  @ApiPropertyOptional({ description: 'Only this policy; required with tier' })
  @IsOptional()
  @IsLedgerId()
  policy?: string;

  @ApiPropertyOptional({ description: 'Only volunteers eligible for this tier of the policy' })
  @IsOptional()
  @IsLedgerId()
  tier?: string;

  @ApiPropertyOptional({
    description: 'Volunteers per page: default 50 (JSON) or 1000 (CSV, XLSX), at most 1000',
  })
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

  @ApiPropertyOptional({
    enum: AUDIT_FORMATS,
    description:
      'csv, or send Accept: text/csv; xlsx, or send Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  })
  @IsOptional()
  @IsIn(AUDIT_FORMATS)
  format?: (typeof AUDIT_FORMATS)[number];
}

export class AwardIntegrityRequest extends ReadYourWritesQuery {
  @ApiPropertyOptional({ description: 'The subtree to audit; default: the caller’s own node' })
  @IsOptional()
  @IsLedgerId()
  organizationId?: string;
}

export class EligibleCountRequest extends AsOfQuery {
  @ApiProperty({ description: 'The policy (its id)', example: 'league-admission' })
  @IsLedgerId()
  policy!: string;

  @ApiProperty({ description: 'The tier of the policy counted', example: 'qualified' })
  @IsLedgerId()
  tier!: string;
}
