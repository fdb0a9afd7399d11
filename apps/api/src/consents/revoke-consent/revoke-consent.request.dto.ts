/** Withdrawing a consent takes no fields; a body, when sent, must be an empty object. */
export class RevokeConsentRequest {}
