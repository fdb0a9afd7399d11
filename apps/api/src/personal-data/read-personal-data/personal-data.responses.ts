import { ApiProperty } from '@nestjs/swagger';

export class GuardianResponse {
  @ApiProperty() name!: string;
  @ApiProperty() phone!: string;
  @ApiProperty() relation!: string;
  @ApiProperty({ format: 'date' }) consentedOn!: string;
}

export class PersonalRecordResponse {
  @ApiProperty() volunteerId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ format: 'date' }) birthDate!: string;
  @ApiProperty({ type: String, nullable: true }) phone!: string | null;
  @ApiProperty({ type: String, nullable: true }) identityNumber!: string | null;
  @ApiProperty({ type: GuardianResponse, nullable: true }) guardian!: GuardianResponse | null;
}

export class PersonalDataReadResponse {
  @ApiProperty() id!: number;
  @ApiProperty({ description: 'The acting user (token subject)' }) actor!: string;
  @ApiProperty() volunteerId!: string;
  @ApiProperty({ example: 'GET /api/v1/volunteers/:id/personal-data' }) route!: string;
  @ApiProperty({ format: 'date-time' }) readAt!: string;
}

export class PersonalDataReadsPage {
  @ApiProperty({ type: [PersonalDataReadResponse] }) items!: PersonalDataReadResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class MaskedGuardianResponse {
  @ApiProperty({ example: '欧*山' }) name!: string;
  @ApiProperty({ example: '139****0002' }) phone!: string;
  @ApiProperty({ example: '父亲' }) relation!: string;
}

export class MaskedPersonalRecordResponse {
  @ApiProperty({ example: '张*青' }) name!: string;
  @ApiProperty({ example: '2008-**-**', description: 'The year alone' }) birthDate!: string;
  @ApiProperty({ type: String, nullable: true, example: '138****5678' }) phone!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '4302**********1234' }) identityNumber!:
    string | null;
  @ApiProperty({ type: MaskedGuardianResponse, nullable: true }) guardian!: MaskedGuardianResponse | null;
}

export class MaskedPersonalDataResponse {
  @ApiProperty() volunteerId!: string;
  @ApiProperty({ enum: ['present', 'erased'] }) status!: 'present' | 'erased';
  @ApiProperty({ type: MaskedPersonalRecordResponse, nullable: true, description: 'null once erased' })
  record!: MaskedPersonalRecordResponse | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When it was erased' })
  erasedAt!: string | null;
}
