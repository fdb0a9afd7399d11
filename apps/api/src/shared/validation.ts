import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import { ID_PATTERN, isPlainText } from '@vl/domain';
import { Matches, registerDecorator, type ValidationOptions } from 'class-validator';
import { HttpProblem, type ProblemFieldError } from './problem.js';

/** ISO 8601 with an explicit offset; a real instant (no 2024-02-30), so "when" is never ambiguous. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Years a ledger date may name: wide for history, and always within what PostgreSQL and JS agree on. */
const FIRST_YEAR = 1000;
const FIRST_INSTANT = Date.UTC(FIRST_YEAR, 0, 1);
const AFTER_LAST_INSTANT = Date.UTC(10_000, 0, 1);
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isInstant(value: unknown): value is string {
  if (typeof value !== 'string' || !INSTANT.test(value)) return false;
  const parsed = Date.parse(value);
  // In UTC, years FIRST_YEAR to 9999; NaN fails both comparisons.
  if (!(parsed >= FIRST_INSTANT && parsed < AFTER_LAST_INSTANT)) return false;
  return isCalendarDate(value.slice(0, 10));
}

/** A day of the (proleptic Gregorian) calendar, as JS dates and PostgreSQL count them. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !DATE.test(value)) return false;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  if (year < FIRST_YEAR || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0));
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
    if (isEmptyObject(value) && metadata.metatype !== undefined && this.toValidate(metadata)) {
      return this.emptyOf(metadata);
    }
    return super.transform(value, metadata);
  }

  /**
   * Most reads send no query at all, and an empty object validates against a class the same way every
   * time: the first one is validated in full, and an empty object that passed is answered from then on by
   * a copy of what it turned into. One that failed (a class with required fields) is validated each time.
   */
  private readonly emptyEntities = new WeakMap<object, object>();

  private async emptyOf(metadata: ArgumentMetadata): Promise<unknown> {
    const metatype = metadata.metatype as object;
    let entity = this.emptyEntities.get(metatype);
    if (entity === undefined) {
      const validated: unknown = await super.transform({}, metadata);
      // Kept only when a shallow copy is a whole one: a field holding an object would be shared.
      if (validated === null || typeof validated !== 'object' || !isFlat(validated)) return validated;
      entity = validated;
      this.emptyEntities.set(metatype, entity);
    }
    // A copy each time: a handler may change the object it is given.
    return Object.assign(Object.create(Object.getPrototypeOf(entity) as object) as object, entity);
  }
}

function isFlat(value: object): boolean {
  return Object.values(value).every((field) => field === null || typeof field !== 'object');
}

function isEmptyObject(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  for (const key in value) if (Object.hasOwn(value, key)) return false;
  return Object.getOwnPropertySymbols(value).length === 0;
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
