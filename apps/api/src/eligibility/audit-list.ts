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
    let after = cursor === undefined ? undefined : decodeAuditCursor(cursor);
    const items: AuditListItem[] = [];
    const chunk = Math.max(limit, 50);
    for (;;) {
      // The erased have no birth date left to judge ages by, and are left out of the audit list.
      const volunteers = await this.eligibility.withBirthDates(
        await this.directory.volunteersIn(organizationId, after, chunk),
      );
      // Someone not yet born on the evaluation date has nothing to be judged on.
      const judged = volunteers.filter((volunteer) => volunteer.birthDate <= question.evaluationDate);
      const answers = await this.eligibility.determinationsOf(judged, question);
      for (const [index, volunteer] of volunteers.entries()) {
        after = volunteer.volunteerId;
        const determinations = answers.get(volunteer.volunteerId);
        if (!determinations) continue;
        if (question.tier !== undefined && !determinations.some((answer) => answer.eligible)) continue;
        items.push({
          volunteerId: volunteer.volunteerId,
          name: volunteer.name,
          organizationId: volunteer.organizationId,
          determinations,
        });
        if (items.length === limit) {
          const more = index < volunteers.length - 1 || volunteers.length === chunk;
          return { items, nextCursor: more ? encodeAuditCursor(after) : null };
        }
      }
      if (volunteers.length < chunk) return { items, nextCursor: null };
    }
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
  let after: string | undefined;
  for (;;) {
    const page = await listed(after);
    const last = page.at(-1);
    if (last === undefined) break;
    after = last.volunteerId;
    const judged = (await eligibility.withBirthDates(page)).filter(
      (volunteer) => volunteer.birthDate <= question.evaluationDate,
    );
    const answers = await eligibility.determinationsOf(judged, question);
    evaluated += judged.length;
    for (const determinations of answers.values()) {
      if (determinations.some((answer) => answer.eligible)) eligible += 1;
    }
    if (page.length < COUNT_CHUNK) break;
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
