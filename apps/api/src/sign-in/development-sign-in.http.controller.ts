import {
  Body,
  type CanActivate,
  Controller,
  Get,
  Header,
  HttpCode,
  Inject,
  Injectable,
  Post,
  Query,
  Req,
  Res,
  UseGuards,
} from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { cookieValue, Public, SESSION_COOKIE, SESSION_STORE, type SessionStore } from '@vl/auth';
import { type LedgerConfig } from '@vl/config';
import { LEDGER_CONFIG } from '@vl/platform';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { PersonalData, withMaskedNames } from '../personal-data/personal-data.service.js';
import { HttpProblem } from '../shared/problem.js';
import { WithoutIdempotency } from '../shared/without-idempotency.js';
import {
  actorOf,
  decodeCursor,
  type DevelopmentPerson,
  DevelopmentPeopleQuery,
  type PeoplePage,
} from './development-people.query.js';
import {
  DevelopmentPeopleQueryRequest,
  DevelopmentSignInRequest,
} from './development-sign-in.request.dto.js';
import { SessionAnswer, setSessionCookie, signedIn } from './session-answer.js';
import { signInProblems } from './sign-in.problems.js';

const UNPAGED_LIMIT = 1000;

class DevelopmentPersonAnswer {
  @ApiProperty({ example: 'volunteer:v1' })
  sub!: string;

  @ApiProperty({ example: '张小青' })
  displayName!: string;

  @ApiProperty({ type: [String], example: ['volunteer'] })
  roles!: string[];

  @ApiProperty({ example: 'lianhua' })
  org!: string;

  @ApiProperty({ example: '莲花社区', nullable: true, type: String })
  organizationName!: string | null;

  @ApiPropertyOptional({ example: 'v1' })
  volunteerId?: string;

  @ApiPropertyOptional({ example: 'no2' })
  schoolId?: string;
}

class DevelopmentPeopleAnswer {
  @ApiProperty({ type: [DevelopmentPersonAnswer] })
  items!: DevelopmentPersonAnswer[];

  @ApiProperty({ type: String, nullable: true })
  nextCursor!: string | null;
}

/** Refuses before anything else is read, so a deployment without development sign-in shows no trace of it. */
@Injectable()
export class DevelopmentSignInEnabled implements CanActivate {
  constructor(@Inject(LEDGER_CONFIG) private readonly config: LedgerConfig) {}

  canActivate(): boolean {
    if (!this.config.signIn.developmentSignIn) throw signInProblems.developmentDisabled();
    return true;
  }
}

/**
 * Development sign-in (开发模式) on the embedded default: pick anyone in the ledger and act as them. It
 * exists only while the development secret is in use, since with that secret anyone can mint any token.
 */
@ApiTags('sign-in')
@Controller('auth/development')
@UseGuards(DevelopmentSignInEnabled)
export class DevelopmentSignInHttpController {
  constructor(
    private readonly people: DevelopmentPeopleQuery,
    private readonly personalData: PersonalData,
    @Inject(SESSION_STORE) private readonly sessions: SessionStore,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
  ) {}

  @Get('people')
  @Public()
  @Header('cache-control', 'no-store')
  @ApiOperation({
    summary: 'The people development sign-in offers (only while the development secret is in use; else 404)',
  })
  @ApiOkResponse({ type: DevelopmentPeopleAnswer })
  async list(@Query() query: DevelopmentPeopleQueryRequest): Promise<PeoplePage> {
    const cursor = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
    if (query.cursor !== undefined && cursor === undefined) {
      throw new HttpProblem(
        400,
        'VALIDATION_FAILED',
        'The request is malformed',
        'cursor is not a nextCursor',
        {
          field: 'cursor',
        },
      );
    }
    const q = query.q === undefined || query.q === '' ? undefined : query.q;
    const page = await this.people.page({
      limit: query.limit ?? UNPAGED_LIMIT,
      ...(q === undefined ? {} : { q, named: await this.personalData.store.idsNamed(q) }),
      ...(cursor === undefined ? {} : { cursor }),
    });
    return { items: await this.named(page.items), nextCursor: page.nextCursor };
  }

  /** Volunteers' names live only in the personal-data store: shown masked, like every other answer. */
  private async named(people: readonly DevelopmentPerson[]): Promise<DevelopmentPerson[]> {
    const volunteers = people.filter((person) => person.volunteerId !== undefined);
    const named = new Map(
      (
        await withMaskedNames(
          this.personalData,
          volunteers,
          (person) => person.volunteerId ?? '',
          (person, displayName) => ({ ...person, displayName }),
        )
      ).map((person) => [person.sub, person]),
    );
    return people.map((person) => named.get(person.sub) ?? person);
  }

  @Post('sign-in')
  @HttpCode(200)
  @Public()
  @WithoutIdempotency()
  @Header('cache-control', 'no-store')
  @ApiOperation({
    summary:
      'Sign in as one of the people listed; sets the vl_session cookie (development secret only; else 404)',
  })
  @ApiOkResponse({ type: SessionAnswer })
  async signIn(
    @Body() body: DevelopmentSignInRequest,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionAnswer> {
    // A form on another site cannot send JSON without the browser asking this service first (CORS), so
    // nobody can sign a visitor in as someone else.
    if (!/^application\/json\s*(;|$)/i.test(request.headers['content-type'] ?? ''))
      throw signInProblems.notJson();
    const found = await this.people.find(body.sub);
    if (found === undefined) throw signInProblems.unknownPerson(body.sub);
    const [person = found] = await this.named([found]);
    const previous = cookieValue(request, SESSION_COOKIE);
    if (previous !== undefined) await this.sessions.end(previous);
    const session = await this.sessions.open(actorOf(person), person.displayName, 'development');
    setSessionCookie(reply, request, this.config.signIn.session.cookieSecure, session.id, session.expiresAt);
    return signedIn(session);
  }
}
