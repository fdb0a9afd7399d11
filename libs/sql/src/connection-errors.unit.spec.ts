import { EventStoreUnavailableError } from './unavailable-error.js';
import { isConnectionFailure, mapConnectionError } from './connection-errors.js';

function withCode(message: string, code: string): Error {
  return Object.assign(new Error(message), { code });
}

describe('connection errors', () => {
  it.each([
    ['a refused connection', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['a server shutting down', withCode('terminating connection due to administrator command', '57P01')],
    ['a connection exception', withCode('connection failure', '08006')],
    ['a dropped connection', new Error('Connection terminated unexpectedly')],
    [
      'a refused connection on every address',
      new AggregateError([withCode('refused', 'ECONNREFUSED')], 'all failed'),
    ],
  ])('maps %s to EventStoreUnavailableError, keeping the cause', (_, error) => {
    const mapped = mapConnectionError(error);
    expect(mapped).toBeInstanceOf(EventStoreUnavailableError);
    expect((mapped as Error).cause).toBe(error);
  });

  it('keeps other errors as they are', () => {
    const uniqueViolation = withCode('duplicate key value', '23505');
    expect(isConnectionFailure(uniqueViolation)).toBe(false);
    expect(mapConnectionError(uniqueViolation)).toBe(uniqueViolation);
    expect(mapConnectionError('not an error')).toBe('not an error');
  });
});
