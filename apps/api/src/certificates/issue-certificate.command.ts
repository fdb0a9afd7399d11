import { type CommandContext } from '../shared/command-context.js';
import { type IssueCertificateRequest } from './issue-certificate.request.dto.js';

export class IssueCertificateCommand {
  constructor(
    readonly context: CommandContext,
    readonly volunteerId: string,
    readonly request: IssueCertificateRequest,
  ) {}
}

export interface CertificateIssuedResponse {
  readonly certificateId: string;
  readonly code: string;
  readonly position: number;
}
