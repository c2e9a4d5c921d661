import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ServerSetting } from '../common/server-setting.entity';

const SECRET_KEY = 'collab-token-secret';
export const COLLAB_TOKEN_LIFETIME_MS = 2 * 60 * 1000;

export interface CollabClaims {
  documentId: string;
  userId: string | null;
}

/**
 * Short-lived tokens that open one document on the collaboration socket. Signed with a secret kept in the
 * database, so that every instance of one installation accepts them; they never appear in an address.
 */
@Injectable()
export class CollabTokenService {
  private secret: Promise<Buffer> | null = null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async issue(claims: CollabClaims, now = Date.now()): Promise<string> {
    const payload = Buffer.from(JSON.stringify({ d: claims.documentId, u: claims.userId, e: now + COLLAB_TOKEN_LIFETIME_MS })).toString('base64url');
    return `${payload}.${await this.sign(payload)}`;
  }

  /** The claims of a valid, unexpired token; null otherwise. */
  async verify(token: string, now = Date.now()): Promise<CollabClaims | null> {
    const [payload, signature] = token.split('.');
    if (!payload || !signature || token.length > 1000) return null;
    const expected = Buffer.from(await this.sign(payload));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    try {
      const { d, u, e } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
      if (typeof d !== 'string' || typeof e !== 'number' || e < now) return null;
      return { documentId: d, userId: typeof u === 'string' ? u : null };
    } catch {
      return null;
    }
  }

  private async sign(payload: string): Promise<string> {
    this.secret ??= this.loadSecret();
    return createHmac('sha256', await this.secret)
      .update(payload)
      .digest('base64url');
  }

  private async loadSecret(): Promise<Buffer> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(ServerSetting)
      .values({ key: SECRET_KEY, value: randomBytes(32).toString('base64') })
      .orIgnore()
      .execute();
    const setting = await this.dataSource.manager.findOneByOrFail(ServerSetting, { key: SECRET_KEY });
    return Buffer.from(setting.value, 'base64');
  }
}
