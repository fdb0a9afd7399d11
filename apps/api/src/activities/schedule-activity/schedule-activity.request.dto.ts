import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { IsInstant, IsLedgerId, IsPlainText } from '../../shared/validation.js';

export class ScheduleActivityRequest {
  @ApiPropertyOptional({ example: 'act-2024-0501' })
  @IsOptional()
  @IsLedgerId()
  id?: string;

  @ApiProperty({ example: 'lianhua-community' })
  @IsLedgerId()
  organizationId!: string;

  @ApiProperty({ example: '七彩课堂：暑期作业辅导' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @IsPlainText()
  title!: string;

  @ApiProperty({
    example: 'tutoring',
    description: 'lower-case slug, e.g. tutoring, elderly-care, environment',
  })
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9_-]{0,39}$/, {
    message: 'category must be a lower-case slug of 1 to 40 characters',
  })
  category!: string;

  @ApiProperty({ example: '2024-07-10T09:00:00+08:00' })
  @IsInstant()
  startsAt!: string;

  @ApiProperty({ example: '2024-07-10T11:30:00+08:00' })
  @IsInstant()
  endsAt!: string;

  @ApiPropertyOptional({ example: 120 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1440)
  maxMinutesPerVolunteer?: number;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  autoConfirm?: boolean;
}
