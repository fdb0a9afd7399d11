import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { DomainError, PolicyValidationError } from '@vl/domain';
import {
  DuplicateEventIdError,
  EventStoreUnavailableError,
  StaleReadError,
  WrongExpectedRevisionError,
} from '@vl/event-store';
import { MinPositionAheadError, ReadModelBehindError } from '@vl/read-model';
import { isConnectionFailure } from '@vl/sql';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { HttpProblem, type ProblemFieldError } from './problem.js';
import { problemTypeFor, problemTypeUri } from './problem-types.js';

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: string;
  field?: string;
  errors?: ProblemFieldError[];
}

interface Rendered {
  body: Omit<ProblemBody, 'instance'>;
  headers?: Record<string, string>;
}

/** Errors that other libraries raise, recognised by name so the edge needs no knowledge of their classes. */
interface NamedError extends Error {
  code?: string;
  retryAfterSeconds?: number;
  statusCode?: number;
  field?: string;
  claim?: string;
}

const log = new Logger('ProblemDetailsFilter');

/** The single place where every error becomes an RFC 9457 problem; nothing reaches a client as a bare 500. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const rendered = renderProblem(exception);
    sendProblem(reply, request.url, rendered);
  }
}

/**
 * Errors Fastify's router raises before any hook or handler runs (a malformed percent-encoding, a path
 * parameter over its length limit), answered as problems like every other error.
 */
export function answerFrameworkError(error: Error, request: FastifyRequest, reply: FastifyReply): void {
  sendProblem(reply, request.url, renderProblem(error));
}

export function sendProblem(reply: FastifyReply, instance: string, rendered: Rendered): void {
  for (const [name, value] of Object.entries(rendered.headers ?? {})) void reply.header(name, value);
  void reply
    .status(rendered.body.status)
    .header('content-type', 'application/problem+json; charset=utf-8')
    .send({ ...rendered.body, instance });
}

export function renderProblem(exception: unknown): Rendered {
  if (exception instanceof DomainError) {
    const type = problemTypeFor(exception.code);
    return problem(type.status, exception.code, type.title, exception.message, { field: exception.field });
  }
  if (exception instanceof PolicyValidationError) {
    // A question the policy engine cannot answer as asked (a date it cannot place, say): the input is at fault.
    return problem(400, 'VALIDATION_FAILED', 'The request is malformed', exception.detail);
  }
  if (exception instanceof HttpProblem) {
    const headers =
      exception.extras.retryAfterSeconds !== undefined
        ? { 'retry-after': String(exception.extras.retryAfterSeconds) }
        : undefined;
    return {
      ...problem(exception.status, exception.code, exception.title, exception.message, exception.extras),
      headers,
    };
  }
  // A stream the decision read kept moving (a setting changed again and again while it was retried).
  if (exception instanceof WrongExpectedRevisionError || exception instanceof StaleReadError) {
    return problem(
      409,
      'CONCURRENCY_CONFLICT',
      'Someone else changed this record at the same time',
      exception.message,
    );
  }
  if (exception instanceof DuplicateEventIdError) {
    return problem(409, 'DUPLICATE_EVENT', 'This request was already applied elsewhere', exception.message);
  }
  if (exception instanceof EventStoreUnavailableError) {
    return {
      ...problem(503, 'STORE_UNAVAILABLE', 'The ledger store is unavailable', exception.message),
      headers: { 'retry-after': '5' },
    };
  }
  if (exception instanceof ReadModelBehindError) {
    return {
      ...problem(503, 'READ_MODEL_BEHIND', 'The read model has not caught up yet', exception.message),
      headers: { 'retry-after': '1' },
    };
  }
  if (exception instanceof MinPositionAheadError) {
    return problem(400, 'MIN_POSITION_AHEAD', 'The position is beyond the ledger', exception.message, {
      field: 'minPosition',
    });
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    if (status === 404) return problem(404, 'ROUTE_NOT_FOUND', 'Not found', exception.message);
    if (status === 400)
      return problem(400, 'MALFORMED_REQUEST', 'The request is malformed', exception.message);
    if (status === 415)
      return problem(
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        'The body must be JSON',
        'Send the body as application/json',
      );
    if (status === 413)
      return problem(413, 'BODY_TOO_LARGE', 'The request body is too large', exception.message);
    return problem(status, `HTTP_${status}`, exception.name, exception.message);
  }
  const named = exception as NamedError;
  switch (named?.name) {
    case 'AuthenticationError':
      return {
        ...problem(
          401,
          named.code ?? 'UNAUTHENTICATED',
          'Authentication required',
          named.message,
          named.claim === undefined ? {} : { field: named.claim },
        ),
        headers: { 'www-authenticate': 'Bearer' },
      };
    case 'AccessDeniedError':
      return problem(403, named.code ?? 'FORBIDDEN', 'Forbidden', named.message);
    case 'CertificateContentError':
      return problem(
        422,
        named.code ?? 'CERTIFICATE_CONTENT_INVALID',
        'The certificate cannot state this',
        named.message,
        named.field === undefined ? {} : { field: named.field },
      );
    case 'KeySetUnavailableError':
      // The identity provider's outage, not a defect here: one line, no stack, and the client retries.
      log.warn(`${named.message}: ${causeOf(named)}`);
      return {
        ...problem(
          503,
          'KEY_SET_UNAVAILABLE',
          'The token signing keys are unavailable',
          'The identity provider’s key set cannot be fetched; try again shortly',
        ),
        headers: { 'retry-after': '5' },
      };
    case 'CjkFontNotFoundError':
      log.error(named.message);
      return problem(503, 'PDF_FONT_MISSING', 'Certificates cannot be printed on this server', named.message);
    case 'RateLimitedError':
      return {
        ...problem(429, 'RATE_LIMITED', 'Too many requests', named.message),
        headers: { 'retry-after': String(Math.max(1, Math.ceil(named.retryAfterSeconds ?? 1))) },
      };
    default:
      break;
  }
  if (named?.code === 'FST_ERR_BAD_URL') {
    return problem(
      400,
      'MALFORMED_URL',
      'The URL is malformed',
      'The path holds a malformed percent-encoding',
    );
  }
  if (named?.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    return problem(
      414,
      'PATH_PARAMETER_TOO_LONG',
      'A path parameter is too long',
      'A path parameter may be at most 100 characters long',
    );
  }
  if (typeof named?.statusCode === 'number' && named.statusCode >= 400 && named.statusCode < 500) {
    // Fastify's own request errors: body too large, bad JSON, wrong content type.
    return problem(
      named.statusCode,
      named.code ?? `HTTP_${named.statusCode}`,
      'The request is malformed',
      named.message,
    );
  }
  if (isConnectionFailure(named)) {
    return {
      ...problem(
        503,
        'STORE_UNAVAILABLE',
        'The ledger store is unavailable',
        'The database cannot be reached',
      ),
      headers: { 'retry-after': '5' },
    };
  }
  log.error(named?.stack ?? String(exception));
  return problem(500, 'INTERNAL', 'Internal error', 'An unexpected error occurred; it has been logged');
}

function problem(
  status: number,
  code: string,
  title: string,
  detail: string,
  extras: { field?: string; errors?: ProblemFieldError[] } = {},
): Rendered {
  const body: Omit<ProblemBody, 'instance'> = { type: problemTypeUri(code), title, status, detail, code };
  if (extras.field !== undefined) body.field = extras.field;
  if (extras.errors !== undefined) body.errors = extras.errors;
  return { body };
}

function causeOf(error: Error): string {
  const cause = error.cause;
  return cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause ?? 'unknown cause');
}
