import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsInstant, IsLedgerId } from '../../shared/validation.js';
import { PresenceRequest } from '../presence.request.dto.js';

/** A volunteer's own check-out carries the kiosk `code` or a location; an organiser's needs neither. */
export class CheckOutRequest extends PresenceRequest {
  @ApiProperty({ example: 'v-0001' })
  @IsLedgerId()
  volunteerId!: string;

  @ApiPropertyOptional({
    example: '2024-07-10T11:40:00+08:00',
    description: 'Omitted: now. A volunteer’s own check-out is within 5 minutes of the server clock',
  })
  @IsOptional()
  @IsInstant()
  at?: string;
}
