import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

const MINUTES_BY_KEY = { type: 'object', additionalProperties: { type: 'integer' } } as const;

export class BalanceResponseDto {
  @ApiProperty()
  volunteerId!: string;

  @ApiProperty({ description: 'Minutes of confirmed sessions' })
  confirmedMinutes!: number;

  @ApiProperty({ description: 'Minutes awaiting confirmation' })
  pendingMinutes!: number;

  @ApiProperty({ ...MINUTES_BY_KEY, description: 'Confirmed minutes by calendar year (programme time zone)' })
  byYear!: Record<string, number>;

  @ApiProperty({ ...MINUTES_BY_KEY, description: 'Confirmed minutes by activity category' })
  byCategory!: Record<string, number>;

  @ApiProperty()
  points!: number;

  @ApiProperty()
  position!: number;

  @ApiPropertyOptional()
  asOf?: string;

  @ApiPropertyOptional()
  asKnownAt?: string;
}
