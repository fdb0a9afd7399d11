import { applyDecorators, Controller } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';

/** A controller of write routes: bearer-authenticated, documented with its optional Idempotency-Key. */
export const WriteController = (tag: string, path: string): ClassDecorator =>
  applyDecorators(
    ApiTags(tag),
    ApiBearerAuth(),
    ApiHeader({ name: 'Idempotency-Key', required: false }),
    Controller(path),
  );
