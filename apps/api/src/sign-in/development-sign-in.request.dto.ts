import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { toInteger } from '../shared/query-params.js';

/** `sysadmin`, or a role and the ledger id it stands for, as the people list names them. */
export const PERSON_SUB = /^(sysadmin|(admin|organizer|school|volunteer):[A-Za-z0-9._:-]{1,64})$/;

export class DevelopmentSignInRequest {
  @ApiProperty({ example: 'volunteer:v1', description: 'The sub of one of GET /auth/development/people' })
  @IsString()
  @Matches(PERSON_SUB, { message: 'sub must be one of the subs GET /auth/development/people lists' })
  sub!: string;
}

export class DevelopmentPeopleQueryRequest {
  @ApiPropertyOptional({
    description: "Part of a sub or an organisation's name, or a volunteer's exact full name, e.g. 莲花 or v1",
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  @Matches(/^[^\p{Cc}\p{Cf}]*$/u, { message: 'q must be plain text' })
  q?: string;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: 100,
    description: 'Page size; without it, the first 1000 people in one answer',
  })
  @IsOptional()
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  cursor?: string;
}
