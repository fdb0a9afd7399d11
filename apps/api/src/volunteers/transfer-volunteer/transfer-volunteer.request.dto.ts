import { ApiProperty } from '@nestjs/swagger';
import { IsLedgerId } from '../../shared/validation.js';
import { EffectiveOnRequest } from '../profile-change.js';

export class TransferVolunteerRequest extends EffectiveOnRequest {
  @ApiProperty({ example: 'songjiazhou-community', description: 'The new home organisation' })
  @IsLedgerId()
  organizationId!: string;
}
