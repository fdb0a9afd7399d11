import { ApiProperty } from '@nestjs/swagger';
import { IsInstant, IsLedgerId } from '../../shared/validation.js';

export class CheckOutRequest {
  @ApiProperty({ example: 'v-0001' })
  @IsLedgerId()
  volunteerId!: string;

  @ApiProperty({ example: '2024-07-10T11:40:00+08:00' })
  @IsInstant()
  at!: string;
}
