import { ApiProperty } from '@nestjs/swagger';
import { MAX_POSTING_DAYS } from '@vl/domain';
import { IsInt, Max, Min } from 'class-validator';

export class SetPostingPeriodRequest {
  @ApiProperty({
    type: 'integer',
    example: 3,
    minimum: 0,
    maximum: MAX_POSTING_DAYS,
    description:
      'Days a session confirmed in this subtree stays posted (公示) before it counts; 0 turns posting off. ' +
      'The nearest setting on an activity’s organisation path applies',
  })
  @IsInt()
  @Min(0)
  @Max(MAX_POSTING_DAYS)
  days!: number;
}
