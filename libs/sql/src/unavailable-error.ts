/** The store cannot be reached; the HTTP edge answers 503. */
export class EventStoreUnavailableError extends Error {
  override readonly name = 'EventStoreUnavailableError';
}
