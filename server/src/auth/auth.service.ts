import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import type { Logger } from 'pino';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { badInput, forbidden } from '../common/errors';
import { Clock } from '../common/clock';
import { LOGGER } from '../common/logger';
import { linkBase } from '../common/public-url';
import type { AuthenticatedRequest } from '../common/request-context';
import { MailService } from '../mail/mail.service';
import { User } from '../users/user.entity';
import { AuthToken, type AuthTokenKind } from './auth-token.entity';
import { AUTH_MESSAGES } from './auth.messages';
import { KnownDevicesService } from './known-devices.service';
import { LoginAlerts } from './login-alerts';
import { ALERT_AFTER_FAILURES, LoginThrottle, type LoginSource } from './login-throttle';
import { DECOY_HASH, hashPassword, verifyPassword } from './password';
import { SessionsService } from './sessions.service';
import { hashSecret, newSecret } from './tokens';

const TOKEN_LIFETIME_MS: Record<AuthTokenKind, number> = {
  INVITATION: 7 * 24 * 3600 * 1000,
  PASSWORD_RESET: 2 * 3600 * 1000,
};

/** A link that was created: the secret only leaves the server in the link itself. */
export interface IssuedLink {
  token: AuthToken;
  link: string;
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly sessions: SessionsService,
    private readonly throttle: LoginThrottle,
    private readonly devices: KnownDevicesService,
    private readonly alerts: LoginAlerts,
    private readonly mail: MailService,
    private readonly clock: Clock,
  ) {}

  async login(email: string, password: string, req: AuthenticatedRequest, res: Response): Promise<User> {
    const user = await this.dataSource.manager.findOne(User, { where: { email }, relations: { structure: true } });
    const deviceHash = user ? await this.devices.recognise(req, user.id) : null;
    const source: LoginSource = { email, address: req.ip ?? 'unknown', device: user && deviceHash ? { userId: user.id, deviceHash } : null };
    // Checked before the password, and the same for an unknown e-mail: a waiting guesser learns nothing.
    const wait = await this.throttle.waitSeconds(source);
    if (wait > 0) {
      this.logger.info({ email, ip: source.address, wait }, 'Login slowed down');
      throw forbidden(AUTH_MESSAGES.tooManyTries(wait));
    }
    // Always pay for one hash check, so the answer takes as long whether the account exists or not.
    const valid = await verifyPassword(password, user?.passwordHash ?? DECOY_HASH);
    if (!user || !user.passwordHash || !valid || user.disabledAt) {
      const accountFailures = await this.throttle.recordFailure(source);
      this.logger.info({ email, ip: source.address, knownDevice: source.device !== null }, 'Failed login');
      if (user?.passwordHash && !user.disabledAt && accountFailures >= ALERT_AFTER_FAILURES) {
        await this.alerts.warnOwner(user, accountFailures, this.clock.now());
      }
      throw badInput(AUTH_MESSAGES.wrongCredentials);
    }
    await this.throttle.recordSuccess(source);
    await this.sessions.open(user, req, res);
    await this.devices.remember(user.id, req, res);
    return user;
  }

  async logout(req: AuthenticatedRequest, res: Response): Promise<void> {
    await this.sessions.close(req, res);
  }

  /**
   * Creates a single-use link for an account; the caller decides how it reaches the person. `requester` is the
   * request of the signed-in person who asked for it, whose address the link may take in development (see linkBase).
   */
  async issueLink(
    kind: AuthTokenKind,
    user: User,
    createdBy: User | null,
    manager: EntityManager,
    requester: AuthenticatedRequest | null = null,
  ): Promise<IssuedLink> {
    await manager.update(AuthToken, { userId: user.id, kind, usedAt: IsNull(), revokedAt: IsNull() }, { revokedAt: new Date() });
    const { secret, hash } = newSecret();
    const token = await manager.save(
      manager.create(AuthToken, {
        kind,
        tokenHash: hash,
        userId: user.id,
        createdById: createdBy?.id ?? null,
        expiresAt: new Date(Date.now() + TOKEN_LIFETIME_MS[kind]),
      }),
    );
    const route = kind === 'INVITATION' ? 'invitation' : 'reinitialiser';
    return { token, link: `${linkBase(this.config, requester)}/${route}/${secret}` };
  }

  /** Sends the link by e-mail when possible; otherwise writes it to the log. Returns whether it was e-mailed. */
  async deliverLink(kind: AuthTokenKind, user: User, link: string): Promise<boolean> {
    const subject = kind === 'INVITATION' ? 'Votre invitation à rejoindre Cocon' : 'Choisir un nouveau mot de passe Cocon';
    const intro =
      kind === 'INVITATION'
        ? `Bonjour ${user.name},\n\nVous êtes invité·e à rejoindre Cocon. Pour choisir votre mot de passe, ouvrez ce lien (valable 7 jours) :`
        : `Bonjour ${user.name},\n\nPour choisir un nouveau mot de passe, ouvrez ce lien (valable 2 heures) :`;
    const emailed = await this.mail.send({
      to: user.email,
      subject,
      text: `${intro}\n\n${link}\n\nSi vous n’êtes pas à l’origine de cette demande, ignorez ce message.`,
    });
    if (!emailed) this.logger.info({ kind, email: user.email, link }, 'Link not e-mailed (no SMTP): hand it over yourself');
    return emailed;
  }

  /** What a link page shows before its form; throws a clear error for an unknown, used or expired link. */
  async inspectLink(secret: string): Promise<AuthToken> {
    return this.usableToken(this.dataSource.manager, secret, null);
  }

  /** Invitation or password reset: the person chooses a password, the link is spent, they are logged in. */
  async setPasswordFromLink(kind: AuthTokenKind, secret: string, password: string, req: AuthenticatedRequest, res: Response): Promise<User> {
    const passwordHash = await hashPassword(password);
    const user = await this.dataSource.transaction(async (manager) => {
      const token = await this.usableToken(manager, secret, kind);
      // Spent with a conditional update: of two concurrent uses of one link, only one succeeds.
      const spent = await manager.update(AuthToken, { id: token.id, usedAt: IsNull() }, { usedAt: new Date() });
      if (!spent.affected) throw badInput(AUTH_MESSAGES.linkUsed, 'token');
      await manager.update(User, { id: token.userId }, { passwordHash });
      await this.sessions.closeAllFor(token.userId, manager);
      return manager.findOneOrFail(User, { where: { id: token.userId }, relations: { structure: true } });
    });
    // The person proved they read the account's e-mail: whatever was tried on it, they are in, from this device too.
    await this.throttle.clearAccount(user.email);
    await this.sessions.open(user, req, res);
    await this.devices.remember(user.id, req, res);
    return user;
  }

  async requestPasswordReset(email: string): Promise<void> {
    const user = await this.dataSource.manager.findOneBy(User, { email });
    if (!user || user.disabledAt || !user.passwordHash) return;
    const { link } = await this.dataSource.transaction((manager) => this.issueLink('PASSWORD_RESET', user, null, manager));
    await this.deliverLink('PASSWORD_RESET', user, link);
  }

  async changePassword(user: User, current: string, next: string, req: AuthenticatedRequest): Promise<void> {
    const stored = await this.dataSource.manager.findOneByOrFail(User, { id: user.id });
    if (!stored.passwordHash || !(await verifyPassword(current, stored.passwordHash))) {
      throw badInput(AUTH_MESSAGES.wrongCurrentPassword, 'currentPassword');
    }
    const passwordHash = await hashPassword(next);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(User, { id: user.id }, { passwordHash });
      await this.sessions.closeAllFor(user.id, manager, req.session?.id);
    });
  }

  private async usableToken(manager: EntityManager, secret: string, kind: AuthTokenKind | null): Promise<AuthToken> {
    const token = await manager.findOne(AuthToken, { where: { tokenHash: hashSecret(secret) }, relations: { user: true } });
    if (!token || token.revokedAt || (kind && token.kind !== kind)) throw badInput(AUTH_MESSAGES.linkInvalid, 'token');
    if (token.usedAt) throw badInput(AUTH_MESSAGES.linkUsed, 'token');
    if (token.expiresAt.getTime() <= Date.now()) throw badInput(AUTH_MESSAGES.linkExpired, 'token');
    if (token.user.disabledAt) throw badInput(AUTH_MESSAGES.accountDisabled, 'token');
    return token;
  }
}
