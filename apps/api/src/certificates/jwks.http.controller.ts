import { Controller, Get, Header, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@vl/auth';
import { type CertificateJwks, type CertificateKeyRing } from '@vl/certificates';
import { CERTIFICATE_KEY_RING } from './certificate-key-ring.provider.js';
import { CertificateJwksDto } from './certificate.response.dto.js';

/** The public keys certificates are signed with, outside /api/v1 where JWKS clients look for them. */
@ApiTags('certificates')
@Controller('.well-known')
export class JwksHttpController {
  constructor(@Inject(CERTIFICATE_KEY_RING) private readonly keys: CertificateKeyRing) {}

  @Get('jwks.json')
  @Public()
  @Header('cache-control', 'public, max-age=300')
  @ApiOkResponse({ type: CertificateJwksDto })
  @ApiOperation({ summary: 'The public keys (with key ids) that verify certificates’ signed forms offline' })
  jwks(): CertificateJwks {
    return this.keys.jwks();
  }
}
