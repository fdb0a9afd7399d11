import { Injectable } from '@nestjs/common';
import { type Determination, ID_PATTERN, necessaryService } from '@vl/domain';
import { DirectoryQuery, type ServedAtLeast, type VolunteerProfile } from '@vl/read-model';
import { HttpProblem } from '../shared/problem.js';
import { EligibilityService, type ResolvedQuestion } from './eligibility.service.js';

export interface AuditListItem {
  readonly volunteerId: string;
  readonly name: string;
  readonly organizationId: string;
  readonly determinations: Determination[];
}

export interface EligibleCount {
  /** Volunteers of the subtree judged eligible for the tier. */
  readonly eligible: number;
  /** Volunteers evaluated: those who served what the policy requires of anyone, or all when it names nothing. */
  readonly evaluated: number;
}

const DAY_MS = 86_400_000;
const COUNT_CHUNK = 500;

export interface AuditListPage {
  readonly items: AuditListItem[];
  readonly nextCursor: string | null;
}

/** A chunk of a subtree's volunteers in id order, as listed, with the determinations of those judged. */
interface JudgedChunk {
  /** Every volunteer the listing gave, the erased included: the cursor moves over all of them. */
  readonly listed: readonly VolunteerProfile[];
  /** Those judged (in the personal-data store and born by the evaluation date), with their determinations. */
  readonly judged: ReadonlyMap<string, { volunteer: VolunteerProfile; determinations: Determination[] }>;
  /** A full chunk: the listing may hold more after it. */
  readonly full: boolean;
}

/**
 * Pages through a listing chunk by chunk and judges each chunk's volunteers. The erased have no birth date
 * left to judge ages by and are left out, and someone not yet born on the evaluation date has nothing to be
 * judged on; neither ends the listing early.
 */
async function* judgedChunks(
  eligibility: EligibilityService,
  question: ResolvedQuestion,
  list: (after: string | undefined) => Promise<VolunteerProfile[]>,
  size: number,
  after: string | undefined,
): AsyncGenerator<JudgedChunk> {
  for (;;) {
    const listed = await list(after);
    const last = listed.at(-1);
    if (last === undefined) return;
    const present = (await eligibility.withBirthDates(listed)).filter(
      (volunteer) => volunteer.birthDate <= question.evaluationDate,
    );
    const answers = await eligibility.determinationsOf(present, question);
    const judged = new Map<string, { volunteer: VolunteerProfile; determinations: Determination[] }>();
    for (const volunteer of present) {
      const determinations = answers.get(volunteer.volunteerId);
      if (determinations) judged.set(volunteer.volunteerId, { volunteer, determinations });
    }
    const full = listed.length === size;
    yield { listed, judged, full };
    if (!full) return;
    after = last.volunteerId;
  }
}

/**
 * The administrator's audit list: volunteers of a subtree in id order with their determinations. With a
 * tier, only volunteers eligible for it are listed; the cursor is the last volunteer looked at, so a page
 * stays stable however many were filtered out before it.
 */
@Injectable()
export class AuditList {
  constructor(
    private readonly directory: DirectoryQuery,
    private readonly eligibility: EligibilityService,
  ) {}

  async page(
    organizationId: string,
    question: ResolvedQuestion,
    limit: number,
    cursor: string | undefined,
  ): Promise<AuditListPage> {
    const items: AuditListItem[] = [];
    const size = Math.max(limit, 50);
    const chunks = judgedChunks(
      this.eligibility,
      question,
      (after) => this.directory.volunteersIn(organizationId, after, size),
      size,
      cursor === undefined ? undefined : decodeAuditCursor(cursor),
    );
    for await (const { listed, judged, full } of chunks) {
      for (const [index, { volunteerId }] of listed.entries()) {
        const entry = judged.get(volunteerId);
        if (!entry) continue;
        if (question.tier !== undefined && !entry.determinations.some((answer) => answer.eligible)) continue;
        items.push({
          volunteerId,
          name: entry.volunteer.name,
          organizationId: entry.volunteer.organizationId,
          determinations: entry.determinations,
        });
        if (items.length === limit) {
          const more = index < listed.length - 1 || full;
          return { items, nextCursor: more ? encodeAuditCursor(volunteerId) : null };
        }
      }
    }
    return { items, nextCursor: null };
  }
}

/**
 * How many volunteers of a subtree a policy's tier admits, judged exactly as the audit list judges them. When
 * the policy requires some service of everyone (积分入团's 20 hours in 12 months), only those who served that
 * much are evaluated; the span is widened by a day on each side, so no time zone leaves anyone out.
 */
export async function countEligible(
  directory: DirectoryQuery,
  eligibility: EligibilityService,
  organizationId: string,
  question: ResolvedQuestion,
): Promise<EligibleCount> {
  const [policy] = question.policies;
  const necessary =
    question.policies.length === 1 && question.asKnownAt === undefined && policy !== undefined
      ? necessaryService(policy, question.evaluationDate)
      : undefined;
  const served: ServedAtLeast | undefined = necessary && {
    from: necessary.from === null ? null : shiftDate(necessary.from, -1),
    before: shiftDate(necessary.to, 2),
    minutes: necessary.minutes,
  };
  const listed = (after: string | undefined): Promise<VolunteerProfile[]> =>
    served
      ? directory.volunteersServingIn(organizationId, served, after, COUNT_CHUNK)
      : directory.volunteersIn(organizationId, after, COUNT_CHUNK);
  let eligible = 0;
  let evaluated = 0;
  for await (const { judged } of judgedChunks(eligibility, question, listed, COUNT_CHUNK, undefined)) {
    evaluated += judged.size;
    for (const { determinations } of judged.values()) {
      if (determinations.some((answer) => answer.eligible)) eligible += 1;
    }
  }
  return { eligible, evaluated };
}

/**
 * Midnight UTC `days` after a calendar date, or null when that falls outside years 1 to 9999 (an evaluation
 * date at either end of the calendar): the span is then left open on that side, which narrows less.
 */
function shiftDate(date: string, days: number): string | null {
  const midnight = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(midnight)) return null;
  const shifted = new Date(midnight + days * DAY_MS);
  const year = shifted.getUTCFullYear();
  return year >= 1 && year <= 9999 ? shifted.toISOString() : null;
}

export function encodeAuditCursor(volunteerId: string): string {
  return Buffer.from(volunteerId, 'utf8').toString('base64url');
}

export function decodeAuditCursor(cursor: string): string {
  const id = /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  if (!ID_PATTERN.test(id)) {
    throw new HttpProblem(400, 'VALIDATION_FAILED', 'The request is malformed', 'cursor is not valid', {
      field: 'cursor',
    });
  }
  return id;
}
