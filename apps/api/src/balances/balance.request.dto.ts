import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { AsOfQuery, ReadYourWritesQuery, toInteger } from '../shared/query-params.js';
import { IsInstant } from '../shared/validation.js';

export class BalanceQueryRequest extends AsOfQuery {}

export class LedgerQueryRequest extends ReadYourWritesQuery {
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

  @ApiPropertyOptional({
    description:
      'The ledger as it stood at this instant: entries, states, minutes and history recorded by then',
  })
  @IsOptional()
  @IsInstant()
  asKnownAt?: string;
}
