import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { CHECK_IN_METHODS, type CheckInMethod, MAX_VENUE_RADIUS_M, MIN_VENUE_RADIUS_M } from '@vl/domain';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsNumber,
  IsObject,
  ValidateNested,
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

const FINITE = { allowNaN: false, allowInfinity: false };

/** Where the activity takes place; with coordinates, volunteers may check in by location (method geo). */
export class VenueRequest {
  @ApiProperty({ example: '莲花社区活动室' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @IsPlainText()
  name!: string;

  @ApiProperty({ example: '株洲市荷塘区莲花路 1 号' })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  @IsPlainText()
  address!: string;

  @ApiPropertyOptional({ example: 27.8274, minimum: -90, maximum: 90, description: 'WGS 84; with longitude' })
  @IsOptional()
  @IsNumber(FINITE)
  @Min(-90)
  @Max(90)
  latitude?: number;

  @ApiPropertyOptional({
    example: 113.134,
    minimum: -180,
    maximum: 180,
    description: 'WGS 84; with latitude',
  })
  @IsOptional()
  @IsNumber(FINITE)
  @Min(-180)
  @Max(180)
  longitude?: number;

  @ApiPropertyOptional({
    example: 200,
    minimum: MIN_VENUE_RADIUS_M,
    maximum: MAX_VENUE_RADIUS_M,
    description: 'The geolocation range in metres a geo check-in must reach; default 200 with coordinates',
  })
  @IsOptional()
  @IsInt()
  @Min(MIN_VENUE_RADIUS_M)
  @Max(MAX_VENUE_RADIUS_M)
  radiusMeters?: number;
}

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

  @ApiPropertyOptional({ type: VenueRequest })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => VenueRequest)
  venue?: VenueRequest;

  @ApiPropertyOptional({
    enum: CHECK_IN_METHODS,
    isArray: true,
    description:
      'The check-in methods the activity accepts; default qr and organizer, and geo when the venue has coordinates',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(CHECK_IN_METHODS.length)
  @ArrayUnique()
  @IsIn(CHECK_IN_METHODS, { each: true })
  checkInMethods?: CheckInMethod[];
}
