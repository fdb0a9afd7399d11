import { ApiProperty } from '@nestjs/swagger';
import { ACTIVITY_SUMMARY_MAX_LENGTH, MAX_RESIDENT_VISITS } from '@vl/domain';
import { IsInt, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { IsPlainText } from '../../shared/validation.js';

export class ReportActivityRequest {
  @ApiProperty({
    example: 42,
    minimum: 0,
    maximum: MAX_RESIDENT_VISITS,
    description: 'Resident visits served (服务人次): one resident served once is one visit',
  })
  @IsInt()
  @Min(0)
  @Max(MAX_RESIDENT_VISITS)
  residentVisits!: number;

  @ApiProperty({
    example: '为 12 户独居老人上门理发、打扫，共服务 42 人次',
    maxLength: ACTIVITY_SUMMARY_MAX_LENGTH,
  })
  @IsString()
  @MinLength(1)
  @MaxLength(ACTIVITY_SUMMARY_MAX_LENGTH)
  @IsPlainText()
  summary!: string;
}
