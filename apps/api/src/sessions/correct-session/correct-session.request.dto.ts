import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsPlainText } from '../../shared/validation.js';

export class CorrectSessionRequest {
  @ApiProperty({ example: 90 })
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
