import { ApiProperty } from '@nestjs/swagger';
import { IsOptional, ValidateIf } from 'class-validator';
import { IsLedgerId } from '../../shared/validation.js';
import { EffectiveOnRequest } from '../profile-change.js';

export class ChangeSchoolRequest extends EffectiveOnRequest {
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'zhuzhou-no8-middle-school',
    description: 'The new school (an organisation of kind school); null when the volunteer leaves school',
  })
  @ValidateIf((_, value) => value !== null)
  @IsOptional()
  @IsLedgerId()
  schoolId!: string | null;
}
