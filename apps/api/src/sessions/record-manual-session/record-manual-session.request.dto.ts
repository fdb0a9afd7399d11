import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsInstant, IsLedgerId, IsPlainText } from '../../shared/validation.js';

export class ManualSessionRequest {
  @ApiProperty()
  @IsLedgerId()
  volunteerId!: string;

  @ApiProperty({ example: '2024-07-10T09:00:00+08:00' })
  @IsInstant()
  startedAt!: string;

  @ApiProperty({ example: '2024-07-10T11:00:00+08:00' })
  @IsInstant()
  endedAt!: string;

  @ApiProperty({ example: 120 })
  @IsInt()
  @Min(1)
  @Max(1440)
  minutes!: number;

  @ApiProperty({ example: '纸质签到表第3页' })
  @IsString()
  @MaxLength(500)
  @IsPlainText({ multiline: true })
  note!: string;
}
