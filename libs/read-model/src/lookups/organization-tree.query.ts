import { type SqlClient } from '@vl/sql';
import { decodeCursor, type Page, type PageRequest, toPage } from './keyset-cursor.js';

export interface OrganizationRef {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
}

export interface OrganizationNode extends OrganizationRef {
  readonly parentId: string | null;
  /** From the root down to and including the node. */
  readonly path: OrganizationRef[];
}

export interface OrganizationChild extends OrganizationRef {
  readonly parentId: string | null;
  readonly childCount: number;
}

interface NodeRow {
  id: string;
  name: string;
  kind: string;
  parent_id: string | null;
  path: string[];
}

interface ChildRow {
  id: string;
  name: string;
  kind: string;
  parent_id: string | null;
  child_count: number | string;
}

/** The organisation tree: a node with the names along its path, and a node's children by name. */
export class OrganizationTreeQuery {
  constructor(private readonly sql: SqlClient) {}

  async node(organizationId: string): Promise<OrganizationNode | undefined> {
    const { rows } = await this.sql.query<NodeRow>(
      `select id, name, kind, parent_id, path from rm_organizations where id = $1`,
      [organizationId],
    );
    const row = rows[0];
    if (!row) return undefined;
    const { rows: ancestors } = await this.sql.query<NodeRow>(
      `select id, name, kind, parent_id, path from rm_organizations where id = any($1::text[])`,
      [row.path],
    );
    const byId = new Map(ancestors.map((ancestor) => [ancestor.id, ancestor]));
    return {
      id: row.id,
      name: row.name,
      kind: row.kind,
      parentId: row.parent_id,
      path: row.path.map((id) => {
        const ancestor = byId.get(id);
        return { id, name: ancestor?.name ?? id, kind: ancestor?.kind ?? 'unknown' };
      }),
    };
  }

  /** The node's ids from the root, for scope checks; undefined when there is no such node. */
  async pathOf(organizationId: string): Promise<string[] | undefined> {
    const { rows } = await this.sql.query<{ path: string[] }>(
      `select path from rm_organizations where id = $1`,
      [organizationId],
    );
    return rows[0]?.path;
  }

  /** Children ordered by name then id, in byte order so a cursor means the same on every database. */
  async children(organizationId: string, page: PageRequest): Promise<Page<OrganizationChild>> {
    const params: unknown[] = [organizationId];
    let after = '';
    if (page.cursor !== undefined) {
      const [name, id] = decodeCursor(page.cursor, ['text', 'text']);
      params.push(name, id);
      after = `and (o.name collate "C", o.id collate "C") > ($2::text collate "C", $3::text collate "C")`;
    }
    params.push(page.limit + 1);
    const { rows } = await this.sql.query<ChildRow>(
      `select o.id, o.name, o.kind, o.parent_id,
         (select count(*) from rm_organizations c where c.parent_id = o.id) as child_count
       from rm_organizations o
       where o.parent_id = $1 ${after}
       order by o.name collate "C", o.id collate "C"
       limit $${params.length}`,
      params,
    );
    return toPage(
      rows,
      page.limit,
      (row) => [row.name, row.id],
      (row) => ({
        id: row.id,
        name: row.name,
        kind: row.kind,
        parentId: row.parent_id,
        childCount: Number(row.child_count),
      }),
    );
  }
}
