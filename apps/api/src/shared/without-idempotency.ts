import { SetMetadata } from '@nestjs/common';

export const WITHOUT_IDEMPOTENCY = 'vl:without-idempotency';

/**
 * A POST whose answer must never be replayed from storage (a sign-in hands out a fresh session each time);
 * its Idempotency-Key, when sent, is ignored.
 */
export const WithoutIdempotency = (): MethodDecorator => SetMetadata(WITHOUT_IDEMPOTENCY, true);
