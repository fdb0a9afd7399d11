/**
 * A policy file, or the input handed to the engine, that does not hold together. It names where to look —
 * the file (`source`) and the JSON path of the field — so a bad deployment stops with an actionable message.
 */
export class PolicyValidationError extends Error {
  override readonly name = 'PolicyValidationError';

  constructor(
    readonly source: string,
    readonly path: string,
    readonly detail: string,
  ) {
    super(`${source}: ${path}: ${detail}`);
  }
}
