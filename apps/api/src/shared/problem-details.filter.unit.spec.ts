import { StaleReadError, WrongExpectedRevisionError } from '@vl/event-store';
import { renderProblem } from './problem-details.filter.js';

describe('renderProblem for appends that lost a race', () => {
  it('answers 409 CONCURRENCY_CONFLICT when the stream moved on', () => {
    const { body } = renderProblem(new WrongExpectedRevisionError('volunteer-v1', 3, 4));
    expect(body).toMatchObject({ status: 409, code: 'CONCURRENCY_CONFLICT' });
  });

  it('answers the same when a stream the decision read kept moving', () => {
    const error = new StaleReadError('volunteer-v1', { stream: 'organization-hetang', revision: 1 }, 2);
    const { body } = renderProblem(error);
    expect(body).toMatchObject({ status: 409, code: 'CONCURRENCY_CONFLICT' });
    expect(body.detail).toContain('organization-hetang');
  });
});
