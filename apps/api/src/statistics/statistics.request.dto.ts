import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { type StatisticsGrouping } from '@vl/read-model';
import { ReadYourWritesQuery } from '../shared/query-params.js';

export const STATISTICS_GROUPINGS: readonly StatisticsGrouping[] = ['child', 'month', 'category'];
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const MONTH_MESSAGE = '$property must be a month in the form YYYY-MM, e.g. 2023-01';

/** A period of whole months in the programme's time zone, both ends included. */
export class StatisticsQueryParams extends ReadYourWritesQuery {
  @ApiPropertyOptional({
    example: '2023-01',
    description: 'First month counted (YYYY-MM); from the start if absent',
  })
  @IsOptional()
  @Matches(MONTH, { message: MONTH_MESSAGE })
  from?: string;

  @ApiPropertyOptional({
    example: '2023-12',
    description: 'Last month counted (YYYY-MM); up to now if absent',
  })
  @IsOptional()
  @Matches(MONTH, { message: MONTH_MESSAGE })
  to?: string;

  @ApiPropertyOptional({ enum: STATISTICS_GROUPINGS, default: 'child' })
  @IsOptional()
  @IsIn(STATISTICS_GROUPINGS)
  groupBy?: StatisticsGrouping;
}
