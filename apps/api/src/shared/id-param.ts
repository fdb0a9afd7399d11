import { Param, type PipeTransform } from '@nestjs/common';
import { ID_PATTERN } from '@vl/domain';
import { HttpProblem } from './problem.js';

class IdPipe implements PipeTransform<string, string> {
  constructor(private readonly name: string) {}

  transform(value: string): string {
    if (!ID_PATTERN.test(value)) {
      throw new HttpProblem(
        400,
        'VALIDATION_FAILED',
        'The request is malformed',
        `${this.name} must match [A-Za-z0-9._:-]{1,64}`,
        {
          field: this.name,
        },
      );
    }
    return value;
  }
}

/** A path id, checked against the ledger's id pattern before anything looks it up. */
export const IdParam = (name = 'id'): ParameterDecorator => Param(name, new IdPipe(name));
