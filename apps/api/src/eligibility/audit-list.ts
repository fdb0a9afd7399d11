import { Injectable } from '@nestjs/common';
import { type Determination, ID_PATTERN } from '@vl/domain';
import { DirectoryQuery } from '@vl/read-model';
import { HttpProblem } from '../shared/problem.js';
import { EligibilityService, type ResolvedQuestion } from './eligibility.service.js';

export interface AuditListItem {
  readonly volunteerId: string;
  readonly name: string;
  readonly organizationId: string;
  readonly determinations: Determination[];
}

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
