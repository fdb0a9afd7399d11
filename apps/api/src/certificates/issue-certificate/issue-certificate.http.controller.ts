import { Body, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation } from '@nestjs/swagger';
import { Access } from '@vl/auth';
import { type CommandContext, Ctx } from '../../shared/command-context.js';
import { IdParam } from '../../shared/id-param.js';
import { WriteController } from '../../shared/write-controller.js';
import { type CertificateIssuedResponse, IssueCertificateCommand } from './issue-certificate.handler.js';
import { IssueCertificateRequest } from './issue-certificate.request.dto.js';

@WriteController('certificates', 'volunteers/:id/certificates')
export class IssueCertificateHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Access({ kind: 'roles', roles: ['volunteer', 'admin'], write: true })
  @ApiOperation({
    summary: 'Issue a signed service certificate (志愿服务证明) for the confirmed service between two dates',
  })
  issue(
    @IdParam() volunteerId: string,
    @Body() request: IssueCertificateRequest,
    @Ctx() context: CommandContext,
  ): Promise<CertificateIssuedResponse> {
    return this.commands.execute(new IssueCertificateCommand(context, { volunteerId, ...request }));
  }
}
