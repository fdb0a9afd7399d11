import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

// The ledger's response shape for the OpenAPI document, from which the web pages generate their types.

const INSTANT = { type: String, format: 'date-time' } as const;
const NULLABLE_INSTANT = { ...INSTANT, nullable: true } as const;
const SESSION_STATES = ['open', 'pending', 'confirmed', 'rejected', 'revoked'] as const;

export class LedgerHistoryEntryResponse {
  @ApiProperty() seq!: number;
  @ApiProperty() eventId!: string;
  @ApiProperty({ example: 'SessionCorrected' }) type!: string;
  @ApiProperty() position!: number;
  @ApiProperty({ enum: SESSION_STATES }) state!: string;
  @ApiProperty() minutes!: number;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty({ description: 'Who acted (the token’s sub)' }) actor!: string;
  @ApiProperty() correlationId!: string;
  @ApiProperty(INSTANT) occurredAt!: string;
  @ApiProperty(INSTANT) recordedAt!: string;
}

export class LedgerActivityResponse {
  @ApiProperty() id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() category!: string;
  @ApiProperty() organizationId!: string;
}

export class LedgerEntryResponse {
  @ApiProperty() entryId!: string;
  @ApiProperty() sessionId!: string;
  @ApiProperty({ enum: ['live', 'manual'] }) kind!: string;
  @ApiProperty({ enum: SESSION_STATES }) state!: string;
  @ApiProperty() missedCheckOut!: boolean;
  @ApiProperty() minutes!: number;
  @ApiProperty({ type: Number, nullable: true }) measuredMinutes!: number | null;
  @ApiProperty({ type: LedgerActivityResponse }) activity!: LedgerActivityResponse;
  @ApiProperty({ type: String, nullable: true }) method!: string | null;
  @ApiProperty(NULLABLE_INSTANT) checkedInAt!: string | null;
  @ApiProperty(NULLABLE_INSTANT) checkedOutAt!: string | null;
  @ApiProperty(INSTANT) serviceStart!: string;
  @ApiProperty(NULLABLE_INSTANT) serviceEnd!: string | null;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ type: [LedgerHistoryEntryResponse], description: 'Every change, oldest first' })
  history!: LedgerHistoryEntryResponse[];
}

export class LedgerPageResponse {
  @ApiProperty() volunteerId!: string;
  @ApiProperty({ type: [LedgerEntryResponse] }) entries!: LedgerEntryResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as ?cursor= for the next page' })
  nextCursor!: string | null;
  @ApiProperty({ description: 'The read model’s position the answer reflects' }) position!: number;
  @ApiPropertyOptional(INSTANT) asKnownAt?: string;
}
