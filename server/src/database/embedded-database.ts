import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { acquireDataDirLock } from './data-dir-lock';

/** PostgreSQL compiled to WebAssembly, in a folder: the default database when no DATABASE_URL is given. */
export class EmbeddedDatabase {
  private constructor(
    readonly pglite: PGlite,
    private readonly releaseLock: () => void,
  ) {}

  static async open(dataDir: string): Promise<EmbeddedDatabase> {
    const releaseLock = acquireDataDirLock(dataDir);
    try {
      const pglite = await PGlite.create(path.join(dataDir, 'pglite'));
      return new EmbeddedDatabase(pglite, releaseLock);
    } catch (error) {
      releaseLock();
      throw error;
    }
  }

  async close(): Promise<void> {
    try {
      if (!this.pglite.closed) await this.pglite.close();
    } finally {
      this.releaseLock();
    }
  }
}
