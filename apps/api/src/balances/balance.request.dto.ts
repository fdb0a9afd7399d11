import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsInstant } from '../shared/validation.js';

const toInteger = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : value;

export class BalanceQueryRequest {
  @ApiPropertyOptional({ description: 'Only hours served before this instant' })
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

export class LedgerQueryRequest {
  @ApiPropertyOptional({ description: 'Sessions served from this instant on' })
  @IsOptional()
  @IsInstant()
  from?: string;

  @ApiPropertyOptional({ description: 'Sessions served before this instant' })
  @IsOptional()
  @IsInstant()
  to?: string;

  @ApiPropertyOptional({ default: 50, maximum: 200 })
  @IsOptional()
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  cursor?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(toInteger)
  @IsInt()
  @Min(0)
  minPosition?: number;
}
