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
  @ApiProperty()
  position!: number;
}

export class SessionAppendedDto extends PositionDto {
  @ApiProperty()
  sessionId!: string;
}

export class SessionMinutesDto extends SessionAppendedDto {
  @ApiProperty()
  minutes!: number;
}

export class CheckedOutDto extends SessionAppendedDto {
  @ApiProperty()
  measuredMinutes!: number;

  @ApiProperty()
  missedCheckOut!: boolean;
}

export class ConsentGrantedDto extends PositionDto {
  @ApiProperty()
  consentId!: string;
}
