/** The `SessionStore` the guard accepts session cookies from; without one, only bearer tokens are accepted. */
export const SESSION_STORE: unique symbol = Symbol('SESSION_STORE');
