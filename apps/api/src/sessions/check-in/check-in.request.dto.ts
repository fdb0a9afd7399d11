import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CHECK_IN_METHODS, type CheckInMethod } from '@vl/domain';
import { IsIn, IsOptional } from 'class-validator';
import { IsInstant, IsLedgerId } from '../../shared/validation.js';
import { PresenceRequest } from '../presence.request.dto.js';

export class CheckInRequest extends PresenceRequest {
  @ApiProperty({ example: 'v-0001' })
  @IsLedgerId()
  volunteerId!: string;

  @ApiPropertyOptional({
    example: '2024-07-10T08:55:00+08:00',
    description:
      'Omitted: now. A volunteer’s own check-in is within 5 minutes of the server clock; organisers and admins of the organising subtree may record a past time',
  })
  @IsOptional()
  @IsInstant()
  at?: string;

  @ApiProperty({
    enum: CHECK_IN_METHODS,
    description:
      'qr carries `code`; geo carries latitude, longitude and accuracy; organizer is for organisers and admins of the organising subtree',
  })
  @IsIn(CHECK_IN_METHODS)
  method!: CheckInMethod;
}
