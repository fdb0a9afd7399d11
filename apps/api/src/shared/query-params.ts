import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Min } from 'class-validator';
import { IsInstant } from './validation.js';

/** Query strings carry text: a whole number is converted, anything else is left for the validators to refuse. */
export const toInteger = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : value;

/** Every read takes `minPosition`, so a client reads its own writes. */
export class ReadYourWritesQuery {
  @ApiPropertyOptional({ description: 'Wait (bounded) until the read model has reached this position' })
  @IsOptional()
  @Transform(toInteger)
  @IsInt()
  @Min(0)
  minPosition?: number;
}

/** The two senses of "as of" (SPEC §3): hours served before an instant, and the ledger as known then. */
export class AsOfQuery extends ReadYourWritesQuery {
  @ApiPropertyOptional({
    description: 'Only hours served before this instant (for eligibility, also the evaluation date)',
  })
  @IsOptional()
  @IsInstant()
  asOf?: string;

  @ApiPropertyOptional({ description: 'The ledger as it stood at this instant, before later corrections' })
  @IsOptional()
  @IsInstant()
  asKnownAt?: string;
}
