import { ApiProperty, ApiPropertyOptional, type OpenAPIObject } from '@nestjs/swagger';

type SchemaObject = NonNullable<NonNullable<OpenAPIObject['components']>['schemas']>[string];

const INDICATORS = (): {
  type: 'object';
  additionalProperties: SchemaObject;
  example: Record<string, unknown>;
} => ({
  type: 'object',
  additionalProperties: {
    type: 'object',
    required: ['status'],
    properties: { status: { type: 'string', enum: ['up', 'degraded', 'down'] } },
    additionalProperties: true,
  },
  example: { store: { status: 'up', position: 17 } },
});

/** Terminus's answer: the overall status and each indicator's own. */
export class HealthCheckDto {
  @ApiProperty({ enum: ['ok', 'degraded', 'error', 'shutting_down'], example: 'ok' })
  status!: string;

  @ApiPropertyOptional({ ...INDICATORS(), description: 'Indicators that are up' })
  info?: Record<string, unknown>;

  @ApiPropertyOptional({ ...INDICATORS(), description: 'Indicators that are down' })
  error?: Record<string, unknown>;

  @ApiProperty({ ...INDICATORS(), description: 'Every indicator' })
  details!: Record<string, unknown>;
}

/** The readiness answer under its first name, with the two positions as before. */
export class HealthSummaryDto extends HealthCheckDto {
  @ApiPropertyOptional({ type: 'integer', example: 17 })
  storePosition?: number;

  @ApiPropertyOptional({ type: 'integer', example: 17 })
  readModelPosition?: number;
}
