import { SetMetadata } from '@nestjs/common';

export const KEY_BOUND_BY_APPENDS = 'vl:key-bound-by-appends';

/**
 * A POST whose only writes are event appends through the stream command handlers, none of them after a
 * write of another kind. On a store that binds request keys in its appends (PostgreSQL, PGlite), its
 * Idempotency-Key is bound to the request body by the first append, in the append's own transaction,
 * instead of claimed in a statement before the command runs: a fresh key costs no statement of its own.
 * A retry with the same key and body finds its events (their ids derive from key and body) and answers as
 * the first request did; another body with a bound key is refused. Elsewhere the key is claimed first.
 */
export const KeyBoundByAppends = (): MethodDecorator => SetMetadata(KEY_BOUND_BY_APPENDS, true);
