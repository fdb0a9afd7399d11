import { ApiProperty } from '@nestjs/swagger';

/** What a write answers: the id it created and the global position of what it appended. */
export interface Appended {
  readonly id: string;
  readonly position: number;
}

export interface SessionAppended {
  readonly sessionId: string;
  readonly position: number;
}

export interface SessionMinutes extends SessionAppended {
  readonly minutes: number;
}

export interface CheckedOut extends SessionAppended {
  readonly measuredMinutes: number;
  /** Closed at the activity's end because the check-out came more than two hours after it. */
  readonly missedCheckOut: boolean;
}

/** The same answers, described for the OpenAPI document. */
export class PositionDto {
  @ApiProperty({ type: 'integer', example: 9, description: 'The global position of the last event appended' })
  position!: number;
}

export class SessionAppendedDto extends PositionDto {
  @ApiProperty({ example: '0f8e2d4c-8f3a-5b7e-9a61-2c4d7e9b1a35' })
  sessionId!: string;
}

export class SessionMinutesDto extends SessionAppendedDto {
  @ApiProperty({ type: 'integer', example: 120 })
  minutes!: number;
}

export class CheckedOutDto extends SessionAppendedDto {
  @ApiProperty({ type: 'integer', example: 150 })
  measuredMinutes!: number;

  @ApiProperty({ example: false })
  missedCheckOut!: boolean;
}

export class ConsentGrantedDto extends PositionDto {
  @ApiProperty({ example: '5b1d8c9e-2f47-5a3b-8e6d-41c0f9a7b2d8' })
  consentId!: string;
}

/** What a registration or scheduling answers: the id it created and the position of its event. */
export class AppendedDto extends PositionDto {
  @ApiProperty({ example: 'lianhua', description: 'The id of the record written' })
  id!: string;
}

export class AwardAppendedDto extends PositionDto {
  @ApiProperty({ example: 'award-2026-v1-1-star' })
  awardId!: string;
}
