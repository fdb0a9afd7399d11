import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class ConfirmSessionRequest {
  @ApiPropertyOptional({ description: 'Fewer minutes than measured; defaults to the measured minutes' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1440)
  minutes?: number;
}
