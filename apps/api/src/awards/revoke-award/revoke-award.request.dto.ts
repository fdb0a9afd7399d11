import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { IsPlainText } from '../../shared/validation.js';

export class RevokeAwardRequest {
  @ApiProperty({ example: '支撑时长已被撤销' })
  @IsString()
  @MaxLength(500)
  @IsPlainText({ multiline: true })
  reason!: string;
}
