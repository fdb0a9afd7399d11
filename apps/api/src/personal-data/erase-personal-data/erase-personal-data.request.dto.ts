import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { IsPlainText } from '../../shared/validation.js';

export class ErasePersonalDataRequest {
  @ApiProperty({
    example: 'the volunteer’s written request of 2026-12-01',
    description: 'Why; recorded in the ledger, so state it without personal data',
  })
  @IsString()
  @MaxLength(500)
  @IsPlainText()
  reason!: string;
}

export class PersonalDataErasedDto {
  @ApiProperty() volunteerId!: string;
  @ApiProperty() position!: number;
}
