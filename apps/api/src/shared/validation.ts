import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import { ID_PATTERN, isPlainText } from '@vl/domain';
import { Matches, registerDecorator, type ValidationOptions } from 'class-validator';
import { HttpProblem, type ProblemFieldError } from './problem.js';

/** ISO 8601 with an explicit offset; a real instant (no 2024-02-30), so "when" is never ambiguous. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Years a ledger date may name: wide for history, and always within what PostgreSQL and JS agree on. */
const FIRST_YEAR = 1000;

export function isInstant(value: unknown): value is string {
  if (typeof value !== 'string' || !INSTANT.test(value)) return false;
  const parsed = Date.parse(value);
  if (Number.isNaN(parsed)) return false;
  const year = new Date(parsed).getUTCFullYear();
  if (year < FIRST_YEAR || year > 9999) return false;
  return isCalendarDate(value.slice(0, 10));
}

export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !DATE.test(value)) return false;
  if (Number(value.slice(0, 4)) < FIRST_YEAR) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function IsInstant(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isInstant',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: '$property must be an ISO 8601 date-time with an offset, e.g. 2024-05-01T09:00:00+08:00',
        ...options,
      },
      validator: { validate: isInstant },
    });
}

export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: '$property must be a real date as YYYY-MM-DD', ...options },
      validator: { validate: isCalendarDate },
    });
}

export const IsLedgerId = (options?: ValidationOptions): PropertyDecorator =>
  Matches(ID_PATTERN, { message: '$property must match [A-Za-z0-9._:-]{1,64}', ...options });

function flatten(errors: ValidationError[], parent = ''): ProblemFieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Strict DTO validation: unknown fields and wrong types are a 400 naming each field at fault. */
export function createValidationPipe(): ValidationPipe {
  return new StrictBodyValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const fieldErrors = flatten(errors);
      return new HttpProblem(
        400,
        'VALIDATION_FAILED',
        'The request is malformed',
        fieldErrors.map((error) => error.message).join('; ') || 'The request body is not valid',
        { field: fieldErrors[0]?.field, errors: fieldErrors },
      );
    },
  });
}

/**
 * A body, when there is one, is a JSON object: `null`, an array or a bare value would otherwise pass a DTO
 * whose fields are all optional as if it were `{}`.
 */
class StrictBodyValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && value !== undefined) {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new HttpProblem(
          400,
          'VALIDATION_FAILED',
          'The request is malformed',
          'The body must be a JSON object',
        );
      }
      const field = fieldWithNul(value);
      if (field !== undefined) {
        // PostgreSQL cannot store U+0000 in text or jsonb: refused here for every route, named, never a 500.
        throw new HttpProblem(
          400,
          'VALIDATION_FAILED',
          'The request is malformed',
          `${field} holds a NUL character`,
          {
            field,
          },
        );
      }
    }
    return super.transform(value, metadata);
  }
}

/** The path of the first key or string value, at any depth, that holds U+0000. */
function fieldWithNul(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path || 'body' : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, child] of Object.entries(value)) {
    const childPath = path ? `${path}.${key}` : key;
    if (key.includes('\u0000')) return childPath;
    const found = fieldWithNul(child, childPath);
    if (found !== undefined) return found;
  }
  return undefined;
}

export { isPlainText };

/**
 * Text a person wrote (names, titles, notes, reasons): any script and emoji, but no control characters,
 * no bidirectional overrides that would make a certificate or an audit list read other than it is, and
 * no broken UTF-16. Line breaks only where `multiline`.
 */
export function IsPlainText(options: { multiline?: boolean } & ValidationOptions = {}): PropertyDecorator {
  const { multiline = false, ...validation } = options;
  return (target, propertyName) =>
    registerDecorator({
      name: 'isPlainText',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: multiline
          ? '$property must be text without control characters'
          : '$property must be one line of text without control characters',
        ...validation,
      },
      validator: { validate: (value: unknown) => isPlainText(value, multiline) },
    });
}
