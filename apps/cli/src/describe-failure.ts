import { ConfigError, PolicyFileError } from '@vl/config';
import { DomainError } from '@vl/domain';
import { DataDirInUseError, EventStoreUnavailableError } from '@vl/sql';
import { EXIT, UsageError } from './cli-errors.js';

export interface Failure {
  readonly message: string;
  readonly exitCode: number;
}

/** One line for the operator and the documented exit code; never a stack trace (VL_DEBUG=1 adds it). */
export function describeFailure(error: unknown): Failure {
  const firstLine = (text: string): string => text.split('\n')[0] ?? text;
  if (error instanceof UsageError) return { message: firstLine(error.message), exitCode: EXIT.badInput };
  if (error instanceof ConfigError) {
    return { message: `configuration: ${firstLine(error.message)}`, exitCode: EXIT.badInput };
  }
  if (error instanceof PolicyFileError) {
    return { message: `policies: ${firstLine(error.message)}`, exitCode: EXIT.badInput };
  }
  if (error instanceof DomainError) {
    return { message: `${error.code}: ${firstLine(error.message)}`, exitCode: EXIT.badInput };
  }
  if (error instanceof DataDirInUseError || error instanceof EventStoreUnavailableError) {
    return { message: firstLine(error.message), exitCode: EXIT.unavailable };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { message: firstLine(message) || 'unexpected failure', exitCode: EXIT.failure };
}
