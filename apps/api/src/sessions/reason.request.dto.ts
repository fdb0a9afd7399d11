import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { IsPlainText } from '../shared/validation.js';

export class ReasonRequest {
  @ApiProperty({ example: '签到地点与活动地点不符' })
  @IsString()
  @MaxLength(500)
  @IsPlainText({ multiline: true })
  reason!: string;
}
