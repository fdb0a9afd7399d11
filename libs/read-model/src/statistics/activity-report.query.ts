import { type SqlClient } from '@vl/sql';

export interface ActivityReportView {
  readonly residentVisits: number;
  readonly summary: string;
  readonly reportedAt: string;
  readonly reportedBy: string;
  /** How many reports were recorded; the latest replaces the earlier ones. */
  readonly reports: number;
}

export class ActivityReportQuery {
  constructor(private readonly sql: SqlClient) {}

  async of(activityId: string): Promise<ActivityReportView | null> {
    const { rows } = await this.sql.query<{
      resident_visits: number;
      summary: string;
      reported_at: Date | string;
      reported_by: string;
      reports: number;
    }>(
      `select resident_visits, summary, reported_at, reported_by, reports from rm_activity_reports
       where activity_id = $1`,
      [activityId],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      residentVisits: Number(row.resident_visits),
      summary: row.summary,
      reportedAt: new Date(row.reported_at).toISOString(),
      reportedBy: row.reported_by,
      reports: Number(row.reports),
    };
  }
}
