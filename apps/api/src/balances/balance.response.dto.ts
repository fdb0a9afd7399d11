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

export class LedgerHistoryEntryDto {
  @ApiProperty()
  seq!: number;

  @ApiProperty()
  eventId!: string;

  @ApiProperty({ example: 'SessionCorrected', description: 'The event that changed the session' })
  type!: string;

  @ApiProperty()
  position!: number;

  @ApiProperty({ example: 'confirmed' })
  state!: string;

  @ApiProperty()
  minutes!: number;

  @ApiProperty({ type: String, nullable: true })
  reason!: string | null;

  @ApiProperty()
  actor!: string;

  @ApiProperty()
  correlationId!: string;

  @ApiProperty()
  occurredAt!: string;

  @ApiProperty()
  recordedAt!: string;
}

export class LedgerActivityDto {
  @ApiProperty()
  id!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty()
  category!: string;

  @ApiProperty()
  organizationId!: string;
}

export class LedgerEntryDto {
  @ApiProperty()
  entryId!: string;

  @ApiProperty()
  sessionId!: string;

  @ApiProperty({
    example: 'live',
    description: 'live (checked in and out) or manual (a paper sign-in sheet)',
  })
  kind!: string;

  @ApiProperty({ example: 'confirmed', description: 'open, pending, confirmed, rejected or revoked' })
  state!: string;

  @ApiProperty()
  missedCheckOut!: boolean;

  @ApiProperty({ description: 'The minutes that count (or would count once confirmed)' })
  minutes!: number;

  @ApiProperty({ type: Number, nullable: true })
  measuredMinutes!: number | null;

  @ApiProperty({ type: LedgerActivityDto })
  activity!: LedgerActivityDto;

  @ApiProperty({ type: String, nullable: true })
  method!: string | null;

  @ApiProperty({ type: String, nullable: true })
  checkedInAt!: string | null;

  @ApiProperty({ type: String, nullable: true })
  checkedOutAt!: string | null;

  @ApiProperty()
  serviceStart!: string;

  @ApiProperty({ type: String, nullable: true })
  serviceEnd!: string | null;

  @ApiProperty({ type: String, nullable: true })
  note!: string | null;

  @ApiProperty({ type: [LedgerHistoryEntryDto], description: 'Every change, oldest first' })
  history!: LedgerHistoryEntryDto[];
}

export class LedgerPageResponseDto {
  @ApiProperty()
  volunteerId!: string;

  @ApiProperty({ type: [LedgerEntryDto] })
  entries!: LedgerEntryDto[];

  @ApiProperty({ type: String, nullable: true, description: 'Pass as cursor for the next page' })
  nextCursor!: string | null;

  @ApiProperty()
  position!: number;
}
