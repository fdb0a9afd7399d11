import { Body, Headers, HttpCode, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { Access } from '@vl/auth';
import { type CommandContext, Ctx } from '../../shared/command-context.js';
import { IdParam } from '../../shared/id-param.js';
import { HttpProblem } from '../../shared/problem.js';
import { WriteController } from '../../shared/write-controller.js';
import { type ImportAnswer, ImportHoursCommand } from './import-hours.handler.js';
import { CSV_MEDIA_TYPE, ImportHoursQueryParams, XLSX_MEDIA_TYPE } from './import-hours.request.dto.js';
import { ImportReportDto } from './import-hours.response.dto.js';

@WriteController('imports', 'organizations/:id/imports')
export class ImportHoursHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(200)
  @Access({ kind: 'roles', roles: ['admin'], write: true })
  @ApiConsumes(CSV_MEDIA_TYPE, XLSX_MEDIA_TYPE)
  @ApiBody({
    description: 'The file: CSV (UTF-8 or GBK) or XLSX, columns as docs/import.md lists them; at most 16 MiB',
    schema: { type: 'string', format: 'binary' },
  })
  @ApiOkResponse({ type: ImportReportDto })
  @ApiOperation({
    summary:
      'Import historical hours into this subtree; all or nothing (422 IMPORT_REJECTED names each row and column ' +
      'at fault), a second run appends nothing, dryRun=true checks only',
  })
  import(
    @IdParam() organizationId: string,
    @Query() query: ImportHoursQueryParams,
    @Body() body: unknown,
    @Headers('content-type') contentType: string | undefined,
    @Ctx() context: CommandContext,
  ): Promise<ImportAnswer> {
    if (!Buffer.isBuffer(body)) {
      throw new HttpProblem(
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        'The body must be a CSV or XLSX file',
        'Send text/csv or the XLSX media type',
      );
    }
    const format = contentType?.toLowerCase().startsWith(XLSX_MEDIA_TYPE) ? 'xlsx' : 'csv';
    return this.commands.execute(
      new ImportHoursCommand(context, {
        organizationId,
        bytes: body,
        format,
        source: query.source,
        dryRun: query.dryRun === 'true',
        ...(query.encoding ? { encoding: query.encoding } : {}),
      }),
    );
  }
}
