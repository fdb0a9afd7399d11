import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CHECK_IN_METHODS, type CheckInMethod } from '@vl/domain';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsInstant, IsLedgerId, IsPlainText } from '../shared/validation.js';

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

export class CheckOutRequest {
  @ApiProperty({ example: 'v-0001' })
  @IsLedgerId()
  volunteerId!: string;

  @ApiProperty({ example: '2024-07-10T11:40:00+08:00' })
  @IsInstant()
  at!: string;
}

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

  @ApiProperty({ type: 'integer', minimum: 1, example: 120 })
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

export class ConfirmSessionRequest {
  @ApiPropertyOptional({
    type: 'integer',
    description: 'Fewer minutes than measured; defaults to the measured minutes',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1440)
  minutes?: number;
}

export class ReasonRequest {
  @ApiProperty({ example: '签到地点与活动地点不符' })
  @IsString()
  @MaxLength(500)
  @IsPlainText({ multiline: true })
  reason!: string;
}

export class CorrectSessionRequest {
  @ApiProperty({ type: 'integer', example: 90 })
  @IsInt()
  @Min(0)
  @Max(1440)
  minutes!: number;

  @ApiProperty({ example: '签退时间登记有误' })
  @IsString()
  @MaxLength(500)
  @IsPlainText({ multiline: true })
  reason!: string;
}
