/** An RFC 9457 problem, raised by the HTTP layer itself (validation, idempotency, read-model lag). */
export interface ProblemFieldError {
  readonly field: string;
  readonly message: string;
}

export class HttpProblem extends Error {
  override readonly name = 'HttpProblem';

  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    detail: string,
    readonly extras: { field?: string; errors?: ProblemFieldError[]; retryAfterSeconds?: number } = {},
  ) {
    super(detail);
  }
}
