import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { needsInitdb } from './pglite-init.js';
import { PgliteSqlClient } from './pglite-sql-client.js';

describe('embedded PGlite in a data directory', () => {
  let parent: string;

  beforeAll(async () => {
    parent = await mkdtemp(join(tmpdir(), 'vl-pglite-init-'));
  });

  afterAll(async () => {
    await rm(parent, { recursive: true, force: true });
  });

  it('initialises a new directory apart, then keeps its data across reopenings', async () => {
    const dataDir = join(parent, 'data');
    expect(needsInitdb(dataDir)).toBe(true);
    expect(needsInitdb('memory://')).toBe(false);

    const first = await PgliteSqlClient.open(dataDir, 'ledger');
    await first.exec('create table kept (id int primary key, note text)');
    await first.query('insert into kept values ($1, $2)', [1, '莲花社区']);
    await first.close();
    expect(needsInitdb(dataDir)).toBe(false);

    const second = await PgliteSqlClient.open(dataDir, 'ledger');
    try {
      const { rows } = await second.query<{ id: number; note: string }>('select id, note from kept');
      expect(rows).toEqual([{ id: 1, note: '莲花社区' }]);
      const buffers = await second.query<{ shared_buffers: string }>('show shared_buffers');
      expect(buffers.rows[0]?.shared_buffers).toBe('16MB');
    } finally {
      await second.close();
    }
  });
});
