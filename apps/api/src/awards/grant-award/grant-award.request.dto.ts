import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IsLedgerId, IsPlainText } from '../../shared/validation.js';

export class GrantAwardRequest {
  @ApiPropertyOptional({ description: 'Client-supplied id; generated when omitted', example: 'award-0001' })
  @IsOptional()
  @IsLedgerId()
  awardId?: string;

  @ApiProperty({ example: 'star-volunteer' })
  @IsLedgerId()
  policyId!: string;

  @ApiProperty({ example: '1-star' })
  @IsLedgerId()
  tier!: string;

  @ApiProperty({ example: '2024 年度星级志愿者认定' })
  @IsString()
  @MaxLength(500)
  @IsPlainText({ multiline: true })
  note!: string;
}
