import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

const MINUTES_BY_KEY = { type: 'object', additionalProperties: { type: 'integer' } } as const;

export class BalanceResponseDto {
  @ApiProperty()
  volunteerId!: string;

  @ApiProperty({
    type: 'integer',
    description: 'Minutes of confirmed sessions that count: any public posting (公示) of theirs is over',
  })
  confirmedMinutes!: number;

  @ApiProperty({
    type: 'integer',
    description:
      'Minutes of confirmed sessions still under public posting (公示): they count once the posting ends',
  })
  postedMinutes!: number;

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
