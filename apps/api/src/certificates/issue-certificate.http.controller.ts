import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '@vl/auth';
import { type CommandContext, Ctx } from '../shared/command-context.js';
import { IdParam } from '../shared/id-param.js';
import { type CertificateIssuedResponse, IssueCertificateCommand } from './issue-certificate.command.js';
import { IssueCertificateRequest } from './issue-certificate.request.dto.js';
import { CertificateIssuedDto } from './certificate.response.dto.js';

@ApiTags('certificates')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false })
@Controller('volunteers/:id/certificates')
export class IssueCertificateHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Access({ kind: 'roles', roles: ['volunteer', 'admin'], write: true })
  @ApiCreatedResponse({ type: CertificateIssuedDto })
  @ApiOperation({
    summary: 'Issue a signed service certificate (志愿服务证明) for the confirmed service between two dates',
  })
  issue(
    @IdParam() volunteerId: string,
    @Body() request: IssueCertificateRequest,
    @Ctx() context: CommandContext,
  ): Promise<CertificateIssuedResponse> {
    return this.commands.execute(new IssueCertificateCommand(context, volunteerId, request));
  }
}
