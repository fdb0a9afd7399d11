import { ApiProperty } from '@nestjs/swagger';
import { CHECK_IN_METHODS, type CheckInMethod } from '@vl/domain';
import { IsIn } from 'class-validator';
import { IsInstant, IsLedgerId } from '../../shared/validation.js';

export class CheckInRequest {
  @ApiProperty({ example: 'v-0001' })
  @IsLedgerId()
  volunteerId!: string;

  @ApiProperty({ example: '2024-07-10T08:55:00+08:00' })
  @IsInstant()
  at!: string;

  @ApiProperty({ enum: CHECK_IN_METHODS })
  @IsIn(CHECK_IN_METHODS)
  method!: CheckInMethod;
}
