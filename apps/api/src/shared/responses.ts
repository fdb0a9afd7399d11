/** What a write answers: the id it created and the global position of what it appended. */
export interface Appended {
  readonly id: string;
  readonly position: number;
}

export interface SessionAppended {
  readonly sessionId: string;
  readonly position: number;
}

export interface SessionMinutes extends SessionAppended {
  readonly minutes: number;
}

export interface CheckedOut extends SessionAppended {
  readonly measuredMinutes: number;
  /** Closed at the activity's end because the check-out came more than two hours after it. */
  readonly missedCheckOut: boolean;
}
