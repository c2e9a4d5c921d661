import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource, LessThan, MoreThan } from 'typeorm';
import { Clock } from '../common/clock';
import type { AuthenticatedRequest } from '../common/request-context';
import { KnownDevice } from './known-device.entity';
import { hashSecret, newSecret } from './tokens';

export const DEVICE_COOKIE = 'cocon_device';
const DEVICE_LIFETIME_MS = 365 * 24 * 3600 * 1000;
const DEVICE_SECRET = /^[A-Za-z0-9_-]{43}$/;

const presentedSecret = (req: AuthenticatedRequest): string | null => {
  const secret: unknown = req.cookies?.[DEVICE_COOKIE];
  return typeof secret === 'string' && DEVICE_SECRET.test(secret) ? secret : null;
};

/**
 * The browsers where a person has logged in: each one keeps a random, httpOnly device cookie for a year, and the
 * database remembers its hash for each account that logged in there (a shared computer may serve several people).
 * A device not used for a year is forgotten.
 */
@Injectable()
export class KnownDevicesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** The hash of this browser's device cookie when it is a known device of the account; null otherwise. */
  async recognise(req: AuthenticatedRequest, userId: string): Promise<string | null> {
    const secret = presentedSecret(req);
    if (!secret) return null;
    const deviceHash = hashSecret(secret);
    const since = new Date(this.clock.now().getTime() - DEVICE_LIFETIME_MS);
    return (await this.dataSource.manager.existsBy(KnownDevice, { userId, deviceHash, lastUsedAt: MoreThan(since) })) ? deviceHash : null;
  }

  /** After the right password or an e-mail check: this browser is (still) a known device of the account. */
  async remember(userId: string, req: AuthenticatedRequest, res: Response): Promise<void> {
    const secret = presentedSecret(req) ?? newSecret().secret;
    const now = this.clock.now();
    await this.dataSource.manager.upsert(KnownDevice, { userId, deviceHash: hashSecret(secret), lastUsedAt: now }, ['userId', 'deviceHash']);
    await this.dataSource.manager.delete(KnownDevice, { userId, lastUsedAt: LessThan(new Date(now.getTime() - DEVICE_LIFETIME_MS)) });
    res.cookie(DEVICE_COOKIE, secret, {
      httpOnly: true,
      sameSite: 'lax',
      secure: req.secure,
      // Only the API reads it: it travels with no page, image or file request.
      path: '/graphql',
      maxAge: DEVICE_LIFETIME_MS,
    });
  }
}
