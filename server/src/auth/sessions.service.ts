import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NextFunction, Response } from 'express';
import { DataSource, Not, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config';
import type { AuthenticatedRequest } from '../common/request-context';
import { User } from '../users/user.entity';
import { Session } from './session.entity';
import { hashSecret, newSecret } from './tokens';

export const SESSION_COOKIE = 'cocon_session';
const TOUCH_INTERVAL_MS = 5 * 60 * 1000;

/** Sessions live in the database so that they can be ended: logout, a disabled account, a new password. */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async open(user: User, req: AuthenticatedRequest, res: Response, manager: EntityManager = this.dataSource.manager) {
    const { secret, hash } = newSecret();
    const now = new Date();
    const expiresAt = new Date(now.getTime() + this.config.sessionDays * 24 * 3600 * 1000);
    const session = await manager.save(
      manager.create(Session, {
        tokenHash: hash,
        userId: user.id,
        expiresAt,
        lastSeenAt: now,
        userAgent: req.get('user-agent')?.slice(0, 300) ?? null,
        ip: req.ip ?? null,
      }),
    );
    // A visit starts here: the accounts page must not say « Jamais » of someone who just logged in.
    await manager.update('account', { id: user.id }, { lastSeenAt: now });
    user.lastSeenAt = now;
    res.cookie(SESSION_COOKIE, secret, {
      httpOnly: true,
      sameSite: 'lax',
      secure: req.secure,
      path: '/',
      expires: expiresAt,
    });
    req.user = user;
    req.session = session;
    return session;
  }

  async close(req: AuthenticatedRequest, res: Response): Promise<void> {
    if (req.session) await this.dataSource.manager.delete(Session, { id: req.session.id });
    res.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: req.secure });
    req.user = null;
    req.session = null;
  }

  /** Ends every session of an account, except possibly the one in use. */
  async closeAllFor(userId: string, manager: EntityManager = this.dataSource.manager, keepSessionId?: string) {
    await manager.delete(Session, keepSessionId ? { userId, id: Not(keepSessionId) } : { userId });
  }

  /** Express middleware: attaches the person and their session to the request, or null. */
  middleware() {
    return (req: AuthenticatedRequest, _res: Response, next: NextFunction) => {
      req.user = null;
      req.session = null;
      const secret: unknown = req.cookies?.[SESSION_COOKIE];
      if (typeof secret !== 'string' || secret.length === 0 || secret.length > 100) return next();
      this.resolve(secret)
        .then((session) => {
          if (session) {
            req.session = session;
            req.user = session.user;
          }
          next();
        })
        .catch(next);
    };
  }

  /** The session-with-person lookup, written once from the entities' columns (a new column comes along by itself). */
  private lookupSql?: string;

  private sessionLookupSql(): string {
    const select = (entity: typeof Session | typeof User, alias: string) =>
      this.dataSource
        .getMetadata(entity)
        .columns.map((column) => `${alias}."${column.databaseName}" AS "${alias}.${column.propertyName}"`)
        .join(', ');
    this.lookupSql ??= `SELECT ${select(Session, 's')}, ${select(User, 'u')}
      FROM session s JOIN account u ON u.id = s."userId"
      WHERE s."tokenHash" = $1 AND s."expiresAt" > $2 AND u."disabledAt" IS NULL`;
    return this.lookupSql;
  }

  /**
   * One statement per request: the session with its person, refused at once when the session was closed (logout, a
   * new password) or the account disabled. A raw statement rather than the query builder, which cost more than the
   * query itself on every request. The last visit is written at most every 5 minutes, in one more statement.
   */
  private async resolve(secret: string): Promise<Session | null> {
    const now = new Date();
    const [row]: Record<string, unknown>[] = await this.dataSource.query(this.sessionLookupSql(), [hashSecret(secret), now]);
    if (!row) return null;
    const session = new Session();
    const user = new User();
    for (const [key, value] of Object.entries(row)) {
      const [alias, property] = key.split('.');
      Object.assign(alias === 's' ? session : user, { [property]: value });
    }
    session.user = user;
    if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      await this.dataSource.query(
        `WITH touched AS (UPDATE session SET "lastSeenAt" = $2 WHERE id = $1 RETURNING "userId")
         UPDATE account SET "lastSeenAt" = $2 FROM touched WHERE account.id = touched."userId"`,
        [session.id, now],
      );
      session.lastSeenAt = now;
      session.user.lastSeenAt = now;
    }
    return session;
  }
}
