import { ApiPropertyOptional } from '@nestjs/swagger';
import { MAX_GEO_ACCURACY_M } from '@vl/domain';
import { IsNumber, IsOptional, IsPositive, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsPlainText } from '../shared/validation.js';

const FINITE = { allowNaN: false, allowInfinity: false };

/** What a check-in or check-out offers as proof of presence (see `requirePresence` in libs/domain). */
export abstract class PresenceRequest {
  @ApiPropertyOptional({
    description: 'The kiosk code (`GET /activities/{id}/kiosk-code`); required for method qr',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @Matches(/^[A-Za-z0-9_.-]+$/, { message: 'code must be a kiosk code' })
  code?: string;

  @ApiPropertyOptional({
    description: 'WGS 84 degrees; with longitude and accuracy for method geo',
    minimum: -90,
    maximum: 90,
  })
  @IsOptional()
  @IsNumber(FINITE)
  @Min(-90)
  @Max(90)
  latitude?: number;

  @ApiPropertyOptional({ description: 'WGS 84 degrees', minimum: -180, maximum: 180 })
  @IsOptional()
  @IsNumber(FINITE)
  @Min(-180)
  @Max(180)
  longitude?: number;

  @ApiPropertyOptional({
    description: `The fix's accuracy in metres, above 0; a fix vaguer than ${MAX_GEO_ACCURACY_M} m is refused. Only the distance to the venue and the accuracy are stored.`,
  })
  @IsOptional()
  @IsNumber(FINITE)
  @IsPositive()
  accuracy?: number;

  @ApiPropertyOptional({
    description: 'Why an organiser records this, e.g. a paper sheet or a kiosk that was offline',
    example: '签到机离线，按纸质签到表补录',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @IsPlainText({ multiline: true })
  reason?: string;
}
