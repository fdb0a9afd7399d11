// The two calls the rebuild benchmark uses from pg-copy-streams, which ships no types of its own.
declare module 'pg-copy-streams' {
  import { type Duplex, type Readable, type Writable } from 'node:stream';
  import { type Submittable } from 'pg';

  const copyStreams: {
    to(statement: string): Readable & Submittable;
    from(statement: string): Writable & Submittable;
    both(statement: string): Duplex & Submittable;
  };
  export default copyStreams;
}
