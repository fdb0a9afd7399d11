import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { IsPlainText } from '../../shared/validation.js';
import { EffectiveOnRequest } from '../profile-change.js';

/** Deactivation and reactivation both say why. */
export class ActivationRequest extends EffectiveOnRequest {
  @ApiProperty({ example: '迁居外地，本人申请注销' })
  @IsString()
  @MaxLength(500)
  @IsPlainText({ multiline: true })
  reason!: string;
}
