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

/** One public Ed25519 key of the certificate key set (RFC 8037). */
export class PublicSigningJwkDto {
  @ApiProperty({ enum: ['OKP'] })
  kty!: 'OKP';

  @ApiProperty({ enum: ['Ed25519'] })
  crv!: 'Ed25519';

  @ApiProperty({
    example: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo',
    description: 'The public key, base64url',
  })
  x!: string;

  @ApiProperty({ example: 'cert-2026-01' })
  kid!: string;

  @ApiProperty({ enum: ['EdDSA'] })
  alg!: 'EdDSA';

  @ApiProperty({ enum: ['sig'] })
  use!: 'sig';
}

/** The published key set (RFC 7517): the active key first, then keys kept for older certificates. */
export class CertificateJwksDto {
  @ApiProperty({ type: [PublicSigningJwkDto] })
  keys!: PublicSigningJwkDto[];
}
