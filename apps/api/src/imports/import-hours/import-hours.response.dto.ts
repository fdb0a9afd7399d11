import { ApiProperty } from '@nestjs/swagger';

export class ImportReportDto {
  @ApiProperty({ example: '志愿汇' }) source!: string;
  @ApiProperty({ enum: ['csv', 'xlsx'] }) format!: 'csv' | 'xlsx';
  @ApiProperty({
    enum: ['utf8', 'gbk'],
    nullable: true,
    description: 'A CSV’s encoding as read; null for XLSX',
  })
  encoding!: 'utf8' | 'gbk' | null;
  @ApiProperty() dryRun!: boolean;
  @ApiProperty({ type: 'integer', description: 'Data rows in the file' }) rows!: number;
  @ApiProperty({ type: 'integer', description: 'Rows appended now (in a dry run: that would be)' })
  imported!: number;
  @ApiProperty({ type: 'integer', description: 'Rows whose source and record id the ledger already holds' })
  alreadyImported!: number;
  @ApiProperty({
    type: 'integer',
    description: 'Historical activities scheduled for rows naming an organisation',
  })
  activitiesScheduled!: number;
  @ApiProperty({ description: 'Whether events were appended' }) written!: boolean;
  @ApiProperty({ type: 'integer', nullable: true, description: 'The last position appended, when written' })
  position!: number | null;
}
