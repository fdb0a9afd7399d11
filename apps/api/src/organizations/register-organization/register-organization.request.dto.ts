import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ORGANIZATION_KINDS, type OrganizationKind } from '@vl/domain';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { IsLedgerId, IsPlainText } from '../../shared/validation.js';

export class RegisterOrganizationRequest {
  @ApiPropertyOptional({ description: 'Client-supplied id; generated when omitted', example: 'hetang' })
  @IsOptional()
  @IsLedgerId()
  id?: string;

  @ApiProperty({ example: '荷塘区' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @IsPlainText()
  name!: string;

  @ApiProperty({ enum: ORGANIZATION_KINDS })
  @IsIn(ORGANIZATION_KINDS)
  kind!: OrganizationKind;

  @ApiPropertyOptional({ description: 'Omitted (or null) only for a city, by the system administrator' })
  @IsOptional()
  @IsLedgerId()
  parentId?: string | null;
}
