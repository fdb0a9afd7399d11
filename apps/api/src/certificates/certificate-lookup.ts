import { Inject, Injectable } from '@nestjs/common';
import { normalizeVerificationCode } from '@vl/certificates';
import { type LedgerConfig } from '@vl/config';
import { DomainError } from '@vl/domain';
import { type EventStore } from '@vl/event-store';
import { CertificateQuery, type CertificateRecord, ReadModelStatus } from '@vl/read-model';
import { EVENT_STORE, LEDGER_CONFIG } from '@vl/platform';

/**
 * Finds a certificate by what a person typed or scanned. A code that cannot be one is a 404 at once; one
 * not in the read model yet waits (bounded) for the projector to reach the store's head, so a certificate
 * verifies right after its issue.
 */
@Injectable()
export class CertificateLookup {
  constructor(
    private readonly certificates: CertificateQuery,
    private readonly status: ReadModelStatus,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
  ) {}

  async require(input: string): Promise<CertificateRecord> {
    const code = normalizeVerificationCode(input);
    const notFound = new DomainError(
      'CERTIFICATE_NOT_FOUND',
      'No certificate has this verification code',
      'code',
    );
    if (code === undefined) throw notFound;
    const found = await this.certificates.byCode(code);
    if (found) return found;
    await this.status.waitFor(await this.store.headPosition(), this.config.minPositionWaitMs);
    const late = await this.certificates.byCode(code);
    if (!late) throw notFound;
    return late;
  }
}
