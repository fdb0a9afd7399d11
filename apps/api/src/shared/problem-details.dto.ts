import { ApiProperty, ApiPropertyOptional, getSchemaPath, type OpenAPIObject } from '@nestjs/swagger';

export class ProblemFieldErrorDto {
  @ApiProperty({ example: 'from' })
  field!: string;

  @ApiProperty({ example: 'from must be a real date as YYYY-MM-DD' })
  message!: string;
}

/** RFC 9457: what every error answers, as application/problem+json. */
export class ProblemDetailsDto {
  @ApiProperty({ example: 'urn:volunteer-ledger:problem:validation-failed' })
  type!: string;

  @ApiProperty({ example: 'The request is malformed' })
  title!: string;

  @ApiProperty({ example: 400 })
  status!: number;

  @ApiProperty()
  detail!: string;

  @ApiProperty({ example: '/api/v1/volunteers/v1/certificates' })
  instance!: string;

  @ApiProperty({ example: 'VALIDATION_FAILED', description: 'The stable code of the rule at fault' })
  code!: string;

  @ApiPropertyOptional({ description: 'The field at fault, when one is' })
  field?: string;

  @ApiPropertyOptional({ type: [ProblemFieldErrorDto], description: 'Every field at fault, on a 400' })
  errors?: ProblemFieldErrorDto[];
}

/** Every operation may answer a problem; the document says so once for all of them. */
export function withProblemResponses(document: OpenAPIObject): void {
  const problem = {
    description: 'An RFC 9457 problem detail naming the field or rule at fault',
    content: { 'application/problem+json': { schema: { $ref: getSchemaPath(ProblemDetailsDto) } } },
  };
  for (const item of Object.values(document.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch'] as const) {
      const operation = item[method];
      if (operation && !operation.responses.default) operation.responses.default = problem;
    }
  }
}
