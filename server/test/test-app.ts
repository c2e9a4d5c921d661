import 'reflect-metadata';
import type { Role, SpaceVisibility } from '@cocon/shared';
import { build } from '@cocon/shared';
import { DataSource, IsNull } from 'typeorm';
import { hashPassword } from '../src/auth/password';
import { startApp, type RunningApp } from '../src/bootstrap';
import { loadConfig } from '../src/config/config';
import { documentToText } from '@cocon/shared';
import { Document } from '../src/documents/document.entity';
import { Space } from '../src/spaces/space.entity';
import { Structure } from '../src/structures/structure.entity';
import { User } from '../src/users/user.entity';
import { ApiClient } from './api-client';
import { createTestDatabase, type TestDatabase } from './test-database';

export const PASSWORD = 'un-mot-de-passe-de-test';
let passwordHash: Promise<string> | null = null;
let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

/**
 * The real application on a database of its own, started once per test file, with one-line factories for
 * the objects tests need (in the spirit of Immich's medium tests). Only mail and the clock stay outside.
 */
export class TestApp {
  private constructor(
    public running: RunningApp,
    private readonly database: TestDatabase,
    private readonly startOn: (port: number) => Promise<RunningApp>,
  ) {}

  static async start(env: Record<string, string> = {}, options: Parameters<typeof startApp>[1] = {}): Promise<TestApp> {
    const database = await createTestDatabase();
    const config = loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', SEED_DEMO: 'false', ...database.env, ...env });
    try {
      return new TestApp(await startApp(config, options), database, (port) => startApp({ ...config, port }, options));
    } catch (error) {
      await database.drop();
      throw error;
    }
  }

  get url(): string {
    return this.running.url;
  }

  get dataSource(): DataSource {
    return this.running.app.get(DataSource);
  }

  /** Stops the server and starts it again on the same port and database (and Redis), as after a deployment. */
  async restart(): Promise<void> {
    const port = Number(new URL(this.url).port);
    await this.running.close();
    this.running = await this.startOn(port);
  }

  async stop(): Promise<void> {
    await this.running.close();
    await this.database.drop();
  }

  /** A visitor without an account. */
  anonymous(): ApiClient {
    return new ApiClient(this.url);
  }

  /** A new account with this role, already logged in. */
  async as(role: Role, fields: Partial<User> = {}): Promise<{ client: ApiClient; user: User }> {
    const user = await this.createUser({ role, ...fields });
    const client = await new ApiClient(this.url).login(user.email, PASSWORD);
    return { client, user };
  }

  async createStructure(fields: Partial<Structure> = {}): Promise<Structure> {
    const id = unique();
    const manager = this.dataSource.manager;
    return manager.save(
      manager.create(Structure, { name: `Structure ${id}`, shortName: `S${id}`.slice(0, 20), kind: 'ASSOCIATION', color: '#0063A6', sites: [], ...fields }),
    );
  }

  async createUser(fields: Partial<User> = {}): Promise<User> {
    passwordHash ??= hashPassword(PASSWORD);
    const structureId = fields.structureId ?? (await this.createStructure()).id;
    const manager = this.dataSource.manager;
    return manager.save(
      manager.create(User, {
        name: `Personne ${unique()}`,
        email: `personne-${unique()}@exemple.test`,
        role: 'MEMBRE',
        passwordHash: await passwordHash,
        ...fields,
        structureId,
      }),
    );
  }

  async createSpace(fields: Partial<Space> & { visibility?: SpaceVisibility } = {}): Promise<Space> {
    const id = unique();
    const manager = this.dataSource.manager;
    return manager.save(manager.create(Space, { name: `Espace ${id}`, slug: `espace-${id}`, visibility: 'MEMBERS', ...fields }));
  }

  async createDocument(space: Space, fields: Partial<Document> = {}): Promise<Document> {
    const manager = this.dataSource.manager;
    const title = fields.title ?? `Document ${unique()}`;
    const content = fields.content ?? build.doc(build.p(`Contenu de ${title}`));
    const siblings = await manager.countBy(Document, { spaceId: space.id, parentId: fields.parentId ?? IsNull() });
    return manager.save(
      manager.create(Document, {
        spaceId: space.id,
        title,
        slug: title.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
        position: siblings,
        text: documentToText(content),
        ...fields,
        content,
      }),
    );
  }
}
