import { Injectable } from '@nestjs/common';
import { type Actor, DomainError, type PresenceClaim, requireGeoFix } from '@vl/domain';
import { KioskCodeSigner } from '../activities/kiosk-code/kiosk-code.signer.js';

export interface PresenceInput {
  readonly code?: string;
  readonly latitude?: number;
  readonly longitude?: number;
  readonly accuracy?: number;
  readonly reason?: string;
}

/** Turns what a request offers into a claim the decider judges: the code's signature checked, the fix whole. */
@Injectable()
export class PresenceClaims {
  constructor(private readonly signer: KioskCodeSigner) {}

  of(actor: Actor, input: PresenceInput): PresenceClaim {
    const { code, latitude, longitude, accuracy, reason } = input;
    const located = [latitude, longitude, accuracy].filter((value) => value !== undefined).length;
    if (located > 0 && located < 3) {
      const missing =
        latitude === undefined ? 'latitude' : longitude === undefined ? 'longitude' : 'accuracy';
      throw new DomainError('VALIDATION_FAILED', 'latitude, longitude and accuracy come together', missing);
    }
    return {
      actor,
      ...(code === undefined ? {} : { kioskCode: this.signer.read(code) }),
      ...(located === 3 ? { location: requireGeoFix({ latitude, longitude, accuracy }) } : {}),
      ...(reason === undefined ? {} : { reason }),
    };
  }
}
