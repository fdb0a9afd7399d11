import { type Decider } from '../decider.js';
import { DomainError } from '../shared/errors.js';
import { DeciderSpecificationError, deciderSpecification, deepEqual } from './decider-specification.js';

// A counter that refuses to go above 2: small enough to show what the helper itself does.
type Added = { type: 'Added'; data: { by: number } };
type Add = { type: 'Add'; data: { by: number } };
const counter: Decider<Add, Added, number> = {
  initialState: 0,
  decide: (command, total) => {
    if (command.data.by < 0) throw new Error('not a domain rule');
    if (total + command.data.by > 2) throw new DomainError('VALIDATION_FAILED', 'too many', 'by');
    return command.data.by === 0 ? [] : [{ type: 'Added', data: { by: command.data.by } }];
  },
  evolve: (total, event) => total + event.data.by,
};
const spec = deciderSpecification(counter);
const add = (by: number): Add => ({ type: 'Add', data: { by } });
const added = (by: number): Added => ({ type: 'Added', data: { by } });

describe('decider specification', () => {
  it('passes when the decider emits exactly the expected events from the given history', () => {
    expect(() =>
      spec
        .given([added(1)])
        .when(add(1))
        .then([added(1)]),
    ).not.toThrow();
    expect(() => spec.given([]).when(add(0)).then([])).not.toThrow();
  });

  it('fails, showing both sides, when the events differ', () => {
    expect(() =>
      spec
        .given([])
        .when(add(1))
        .then([added(2)]),
    ).toThrow(DeciderSpecificationError);
    expect(() => spec.given([]).when(add(1)).then([])).toThrow(/expected events \[\]\nbut got \[/);
  });

  it('passes when the decider refuses with the expected code and field', () => {
    expect(() =>
      spec
        .given([added(2)])
        .when(add(1))
        .thenThrows('VALIDATION_FAILED'),
    ).not.toThrow();
    expect(() =>
      spec
        .given([added(2)])
        .when(add(1))
        .thenThrows('VALIDATION_FAILED', 'by'),
    ).not.toThrow();
  });

  it('fails when the code or field differs, or nothing is refused', () => {
    expect(() =>
      spec
        .given([added(2)])
        .when(add(1))
        .thenThrows('SESSION_OVERLAPS'),
    ).toThrow(/but got VALIDATION_FAILED/);
    expect(() =>
      spec
        .given([added(2)])
        .when(add(1))
        .thenThrows('VALIDATION_FAILED', 'minutes'),
    ).toThrow(DeciderSpecificationError);
    expect(() => spec.given([]).when(add(1)).thenThrows('VALIDATION_FAILED')).toThrow(/but got events/);
  });

  it('lets errors that are not domain errors through', () => {
    expect(() => spec.given([]).when(add(-1)).thenThrows('VALIDATION_FAILED')).toThrow('not a domain rule');
    expect(() => spec.given([]).when(add(-1)).then([])).toThrow('not a domain rule');
  });
});

describe('deepEqual', () => {
  it('compares JSON-like values structurally, treating undefined keys as absent', () => {
    expect(deepEqual({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toBe(true);
    expect(deepEqual({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(deepEqual({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(deepEqual([1], { 0: 1 })).toBe(false);
    expect(deepEqual(null, {})).toBe(false);
    expect(deepEqual(Number.NaN, Number.NaN)).toBe(true);
  });
});
