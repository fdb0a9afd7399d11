import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { ID_PATTERN } from '@vl/domain';
import { Matches, registerDecorator, type ValidationOptions } from 'class-validator';
import { HttpProblem, type ProblemFieldError } from './problem.js';

/** ISO 8601 with an explicit offset; a real instant (no 2024-02-30), so "when" is never ambiguous. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isInstant(value: unknown): value is string {
  if (typeof value !== 'string' || !INSTANT.test(value)) return false;
  if (Number.isNaN(Date.parse(value))) return false;
  return isCalendarDate(value.slice(0, 10));
}

export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !DATE.test(value)) return false;
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
  return new ValidationPipe({
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
