/**
 * Routes of the shared contract (sign-in) whose OpenAPI description is not in the generated
 * document yet, in the generated types' shape. Each moves out of here once `npm run api-types` finds it.
 */
type Json<T> = { content: { 'application/json': T } };
type Problem = { content: { 'application/problem+json': ProblemBody } };
type Params<Path, Query> = { header?: never; cookie?: never } & ([Path] extends [never]
  ? { path?: never }
  : { path: Path }) &
  ([Query] extends [never] ? { query?: never } : { query?: Query });
type Get<Path, Query, Answer> = {
  parameters: Params<Path, Query>;
  get: {
    parameters: Params<Path, Query>;
    requestBody?: never;
    responses: { 200: Json<Answer>; default: Problem };
  };
  put?: never;
  post?: never;
  delete?: never;
  options?: never;
  head?: never;
  patch?: never;
  trace?: never;
};
type Post<Body, Answer, Status extends 200 | 201 | 204 = 200> = {
  parameters: { query?: never; header?: never; path?: never; cookie?: never };
  get?: never;
  put?: never;
  post: {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    requestBody: [Body] extends [never] ? never : { content: { 'application/json': Body } };
    responses: { [S in Status]: S extends 204 ? { content?: never } : Json<Answer> } & { default: Problem };
  };
  delete?: never;
  options?: never;
  head?: never;
  patch?: never;
  trace?: never;
};

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: string;
  field?: string;
  errors?: { field: string; message: string }[];
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface Actor {
  sub: string;
  roles: string[];
  org: string;
  volunteerId?: string;
  schoolId?: string;
}

export type SessionAnswer =
  | { signedIn: false; methods: ('development' | 'oidc')[] }
  | { signedIn: true; csrfToken: string; actor: Actor; displayName: string };

export interface Person extends Actor {
  displayName: string;
}

type Paging = { limit?: number; cursor?: string };

export interface PendingPaths {
  '/api/v1/session': Get<never, never, SessionAnswer>;
  '/api/v1/auth/development/people': Get<never, { q?: string } & Paging, Page<Person>>;
  '/api/v1/auth/development/sign-in': Post<{ sub: string }, SessionAnswer>;
  '/api/v1/auth/sign-out': Omit<Post<never, never, 204>, 'post'> & {
    post: Omit<Post<never, never, 204>['post'], 'requestBody'> & { requestBody?: never };
  };
}
