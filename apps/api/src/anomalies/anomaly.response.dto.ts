import { ApiProperty } from '@nestjs/swagger';
import { ANOMALY_KINDS } from '@vl/domain';

export class AnomalyReasonResponse {
  @ApiProperty({ example: '活动结束 30 分钟后才签到' }) zh!: string;
  @ApiProperty({ example: 'checked in 30 minutes after the activity ended' }) en!: string;
}

export class AnomalyFindingResponse {
  @ApiProperty({
    description: 'Stable: the kind and the sessions behind it',
    example: 'CHECK_IN_AFTER_END:s-1',
  })
  id!: string;
  @ApiProperty({ enum: ANOMALY_KINDS }) kind!: string;
  @ApiProperty({ type: AnomalyReasonResponse }) reason!: AnomalyReasonResponse;
  @ApiProperty() volunteerId!: string;
  @ApiProperty({ type: String, nullable: true }) volunteerName!: string | null;
  @ApiProperty({ format: 'date-time', description: 'Service start of the first session' }) at!: string;
  @ApiProperty({ type: [String] }) sessionIds!: string[];
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    description: 'The figures behind the finding (minutes, medians, km, km/h, limits)',
  })
  figures!: Record<string, number>;
}

export class AnomalyReportResponse {
  @ApiProperty() organizationId!: string;
  @ApiProperty({ format: 'date-time' }) from!: string;
  @ApiProperty({ format: 'date-time' }) to!: string;
  @ApiProperty() position!: number;
  @ApiProperty({ type: [AnomalyFindingResponse] }) items!: AnomalyFindingResponse[];
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as cursor for the next page; null on the last',
  })
  nextCursor!: string | null;
}
