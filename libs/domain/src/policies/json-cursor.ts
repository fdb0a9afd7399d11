import { isCalendarDate } from './calendar-date.js';
import { PolicyValidationError } from './policy-validation.error.js';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A position inside an untrusted JSON value; every read either succeeds or fails naming this path. */
export class JsonCursor {
  constructor(
    readonly source: string,
    readonly value: unknown,
    readonly path = '$',
  ) {}

  fail(detail: string): never {
    throw new PolicyValidationError(this.source, this.path, detail);
  }

  /** An object holding all `required` keys, some `optional` ones and nothing else (typos must not pass). */
  object(required: readonly string[], optional: readonly string[] = []): JsonObject {
    if (typeof this.value !== 'object' || this.value === null || Array.isArray(this.value)) {
      this.fail(`must be an object, got ${describe(this.value)}`);
    }
    const record = this.value as Record<string, unknown>;
    const known = new Set([...required, ...optional]);
    for (const key of Object.keys(record)) {
      if (!known.has(key)) this.child(key).fail(`unknown field; expected one of ${[...known].join(', ')}`);
    }
    for (const key of required) {
      if (record[key] === undefined) this.child(key).fail('is required');
    }
    return new JsonObject(this, record);
  }

  array(minLength = 0): JsonCursor[] {
    if (!Array.isArray(this.value)) this.fail(`must be an array, got ${describe(this.value)}`);
    const items: unknown[] = this.value;
    if (items.length < minLength) this.fail(`must have at least ${minLength} item(s)`);
    return items.map((item, index) => new JsonCursor(this.source, item, `${this.path}[${index}]`));
  }

  string(pattern?: RegExp): string {
    if (typeof this.value !== 'string') this.fail(`must be a string, got ${describe(this.value)}`);
    if (this.value.trim() === '') this.fail('must not be blank');
    if (pattern && !pattern.test(this.value)) this.fail(`must match ${pattern.source}`);
    return this.value;
  }

  oneOf<T extends string>(values: readonly T[]): T {
    const found = values.find((value) => value === this.value);
    if (found === undefined) this.fail(`must be one of ${values.join(', ')}, got ${describe(this.value)}`);
    return found;
  }

  integer(min: number, max = Number.MAX_SAFE_INTEGER): number {
    if (typeof this.value !== 'number' || !Number.isSafeInteger(this.value)) {
      this.fail(`must be a whole number, got ${describe(this.value)}`);
    }
    if (this.value < min || this.value > max) {
      this.fail(`must be between ${min} and ${max}, got ${this.value}`);
    }
    return this.value;
  }

  /** A positive number with at most two decimals, so that sums in hundredths stay exact. */
  hundredths(allowZero: boolean): number {
    if (typeof this.value !== 'number' || !Number.isFinite(this.value)) {
      this.fail(`must be a number, got ${describe(this.value)}`);
    }
    if (this.value < 0 || (!allowZero && this.value === 0)) {
      this.fail(`must be ${allowZero ? 'zero or more' : 'greater than 0'}, got ${this.value}`);
    }
    if (Math.abs(this.value * 100 - Math.round(this.value * 100)) > 1e-9) {
      this.fail(`must have at most two decimals, got ${this.value}`);
    }
    return this.value;
  }

  calendarDate(): string {
    const value = this.string();
    if (!isCalendarDate(value)) this.fail(`must be a calendar date YYYY-MM-DD, got ${JSON.stringify(value)}`);
    return value;
  }

  child(key: string): JsonCursor {
    const segment = IDENTIFIER.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
    const value = (this.value as Record<string, unknown> | null)?.[key];
    return new JsonCursor(this.source, value, `${this.path}${segment}`);
  }
}

/** The fields of an object already checked for unknown and missing keys. */
export class JsonObject {
  constructor(
    readonly cursor: JsonCursor,
    private readonly record: Record<string, unknown>,
  ) {}

  get(key: string): JsonCursor {
    return this.cursor.child(key);
  }

  optional(key: string): JsonCursor | undefined {
    return this.record[key] === undefined ? undefined : this.cursor.child(key);
  }

  has(key: string): boolean {
    return this.record[key] !== undefined;
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}
