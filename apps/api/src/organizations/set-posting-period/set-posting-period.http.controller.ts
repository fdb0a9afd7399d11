import { Body, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiProperty } from '@nestjs/swagger';
import { Access } from '@vl/auth';
import { type CommandContext, Ctx } from '../../shared/command-context.js';
import { IdParam } from '../../shared/id-param.js';
import { AppendedDto } from '../../shared/responses.js';
import { WriteController } from '../../shared/write-controller.js';
import { type PostingPeriodAppended, SetPostingPeriodCommand } from './set-posting-period.handler.js';
import { SetPostingPeriodRequest } from './set-posting-period.request.dto.js';
import { KeyBoundByAppends } from '../../shared/key-bound-by-appends.js';

class PostingPeriodAppendedDto extends AppendedDto {
  @ApiProperty({ type: 'integer', example: 3, description: 'The posting days now set on the organisation' })
  days!: number;
}

@WriteController('organizations', 'organizations/:id')
export class SetPostingPeriodHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post('posting-period')
  @KeyBoundByAppends()
  @HttpCode(200)
  @Access({ kind: 'roles', roles: ['admin'], write: true })
  @ApiOkResponse({ type: PostingPeriodAppendedDto })
  @ApiOperation({
    summary:
      'Set the organisation’s public posting period (公示期) in days: sessions confirmed for activities in ' +
      'its subtree stay posted that long before they count, unless a node below sets its own. An admin ' +
      'of the organisation’s line; setting the days already set appends nothing',
  })
  set(
    @IdParam() organizationId: string,
    @Body() { days }: SetPostingPeriodRequest,
    @Ctx() context: CommandContext,
  ): Promise<PostingPeriodAppended> {
    return this.commands.execute(new SetPostingPeriodCommand(context, { organizationId, days }));
  }
}
