import { ApiProperty } from '@nestjs/swagger';

export class CertificateOrganizationDto {
  @ApiProperty()
  id!: string;

  @ApiProperty()
  name!: string;
}

export class CertificateVerificationDto {
  @ApiProperty()
  valid!: boolean;

  @ApiProperty({ type: String, nullable: true, description: 'Why the certificate no longer stands' })
  reason!: string | null;

  @ApiProperty({ example: 'K7M2Q9RXH4TD' })
  code!: string;

  @ApiProperty()
  number!: string;

  @ApiProperty({ example: '张*青', description: 'The masked name' })
  volunteer!: string;

  @ApiProperty()
  volunteerNumber!: string;

  @ApiProperty({ description: 'The minutes certified' })
  minutes!: number;

  @ApiProperty({ description: 'What the ledger confirms now for the certificate’s sessions' })
  currentMinutes!: number;

  @ApiProperty({ example: '2025-03-01' })
  from!: string;

  @ApiProperty({ example: '2025-06-30' })
  to!: string;

  @ApiProperty({ type: [CertificateOrganizationDto] })
  organizations!: CertificateOrganizationDto[];

  @ApiProperty({ type: CertificateOrganizationDto })
  issuer!: CertificateOrganizationDto;

  @ApiProperty()
  issuedAt!: string;

  @ApiProperty({ type: String, nullable: true })
  revokedAt!: string | null;

  @ApiProperty({ description: 'Compact JWS (EdDSA), checked offline against /.well-known/jwks.json' })
  signedForm!: string;

  @ApiProperty()
  keyId!: string;
}

export class CertificateIssuedDto {
  @ApiProperty()
  certificateId!: string;

  @ApiProperty({ example: 'K7M2Q9RXH4TD' })
  code!: string;

  @ApiProperty()
  position!: number;
}
