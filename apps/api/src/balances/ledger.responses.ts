import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

// The ledger's response shape for the OpenAPI document, from which the web pages generate their types.

const INSTANT = { type: String, format: 'date-time' } as const;
const NULLABLE_INSTANT = { ...INSTANT, nullable: true } as const;
const SESSION_STATES = ['open', 'pending', 'confirmed', 'rejected', 'revoked'] as const;

export class LedgerPresenceResponse {
  @ApiProperty({
    type: String,
    nullable: true,
    enum: ['qr', 'geo', 'organizer'],
    description: 'On check-ins',
  })
  method!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The organiser or admin who recorded it (their sub); null for the volunteer’s own',
  })
  recordedBy!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why an organiser recorded it (a paper sheet…)' })
  reason!: string | null;
  @ApiProperty({ ...NULLABLE_INSTANT, description: 'When the kiosk code used was issued' })
  kioskCodeIssuedAt!: string | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Metres from the venue (geo), never the position',
  })
  distanceMeters!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'The location’s accuracy in metres (geo)' })
  accuracyMeters!: number | null;
}

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
  @ApiProperty({
    type: LedgerPresenceResponse,
    nullable: true,
    description: 'The proof of presence a check-in, check-out or paper sheet carried; null otherwise',
  })
  presence!: LedgerPresenceResponse | null;
}

export class LedgerActivityResponse {
  @ApiProperty() id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() category!: string;
  @ApiProperty() organizationId!: string;
  @ApiProperty({ example: '莲花社区', description: 'The organisation’s name (its id if it was never named)' })
  organizationName!: string;
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
  @ApiProperty({
    ...NULLABLE_INSTANT,
    description:
      '公示: when the public posting of this confirmed session ends and it starts to count; null when it was ' +
      'not posted. While this lies ahead the session is posted (公示中) and takes objections',
  })
  postedUntil!: string | null;
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
