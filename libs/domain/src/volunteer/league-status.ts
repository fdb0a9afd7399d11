/** Standing in the Communist Youth League: none, applicant (入团申请人) or member. */
export const LEAGUE_STATUSES = ['none', 'applicant', 'member'] as const;
export type LeagueStatus = (typeof LEAGUE_STATUSES)[number];
