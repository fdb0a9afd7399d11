import { type NestFastifyApplication } from '@nestjs/platform-fastify';
import { HttpProblem } from './problem.js';

/**
 * How deeply a JSON body may nest objects and arrays. Every body the API takes is flat or one level deep;
 * the bound keeps every walk over client input (validation, the idempotency hash) far from the stack's end.
 */
export const MAX_BODY_DEPTH = 32;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPENERS = new Set([0x7b, 0x5b]);
const CLOSERS = new Set([0x7d, 0x5d]);

/** Whether JSON text nests deeper than `limit`, counted in one pass without parsing (strings skipped). */
export function nestsDeeperThan(text: string, limit: number = MAX_BODY_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === BACKSLASH) index += 1;
      else if (code === QUOTE) inString = false;
    } else if (code === QUOTE) {
      inString = true;
    } else if (OPENERS.has(code)) {
      depth += 1;
      if (depth > limit) return true;
    } else if (CLOSERS.has(code)) {
      depth -= 1;
    }
  }
  return false;
}

export function bodyTooDeep(): HttpProblem {
  return new HttpProblem(
    400,
    'BODY_TOO_DEEP',
    'The request body is nested too deeply',
    `JSON bodies may nest objects and arrays at most ${MAX_BODY_DEPTH} levels deep`,
  );
}

/**
 * The JSON body parser: refuses too-deep bodies before parsing them, then parses as Fastify does
 * (`__proto__` and `constructor.prototype` keys refused).
 */
export function installJsonBodyParser(app: NestFastifyApplication, bodyLimit: number): void {
  const parse = app.getHttpAdapter().getInstance().getDefaultJsonParser('error', 'error');
  app.useBodyParser('application/json', { bodyLimit }, (request, body, done) => {
    const text = body.toString('utf8');
    if (nestsDeeperThan(text)) {
      done(bodyTooDeep(), undefined);
      return;
    }
    void parse(request as Parameters<typeof parse>[0], text, done);
  });
}
