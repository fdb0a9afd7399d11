import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min, registerDecorator } from 'class-validator';
import { type PageRequest } from '@vl/read-model';
import { ReadYourWritesQuery, toInteger } from '../shared/query-params.js';
import { IsPlainText, isCalendarDate, isInstant } from '../shared/validation.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** `?limit=` (1–100, default 20) and `?cursor=` (the previous page's nextCursor), as every lookup list takes. */
export class PageQuery extends ReadYourWritesQuery {
  @ApiPropertyOptional({ default: DEFAULT_PAGE_SIZE, minimum: 1, maximum: MAX_PAGE_SIZE })
  @IsOptional()
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page (opaque)' })
  @IsOptional()
  @IsString()
  @MaxLength(1024)
  cursor?: string;
}

/** The page a query asks for. */
export function pageOf(query: PageQuery): PageRequest {
  return {
    limit: query.limit ?? DEFAULT_PAGE_SIZE,
    ...(query.cursor !== undefined ? { cursor: query.cursor } : {}),
  };
}

/** An empty search box searches for nothing in particular. */
const blankAsAbsent = ({ value }: { value: unknown }): unknown => (value === '' ? undefined : value);

export class VolunteerSearchQuery extends PageQuery {
  @ApiPropertyOptional({
    description: 'The start of a volunteer id, or a full name exactly (case, width and spacing aside)',
  })
  @IsOptional()
  @Transform(blankAsAbsent)
  @IsString()
  @MaxLength(64)
  @IsPlainText()
  q?: string;
}

function IsInstantOrDate(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isInstantOrDate',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message:
          '$property must be an ISO 8601 date-time with an offset (2024-05-01T09:00:00+08:00) or a date (2024-05-01)',
      },
      validator: { validate: (value: unknown) => isInstant(value) || isCalendarDate(value) },
    });
}

export class ActivityRangeQuery extends PageQuery {
  @ApiPropertyOptional({
    description:
      'Activities still running at or after this instant; a date means its midnight in the programme’s zone',
    example: '2024-07-01',
  })
  @IsOptional()
  @IsInstantOrDate()
  from?: string;

  @ApiPropertyOptional({
    description: 'Activities starting before this instant; a date means its midnight in the programme’s zone',
    example: '2024-08-01',
  })
  @IsOptional()
  @IsInstantOrDate()
  to?: string;
}
