import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuthToken } from '../auth/auth-token.entity';
import { AuthService } from '../auth/auth.service';
import { badInput, conflict } from '../common/errors';
import type { AuthenticatedRequest } from '../common/request-context';
import { Structure } from '../structures/structure.entity';
import { STRUCTURE_MESSAGES } from '../structures/structures.messages';
import { User } from '../users/user.entity';
import { LinkResult } from '../users/link-result.model';
import type { InviteUserInput } from './dto/invite-user.input';
import { Invitation, InvitationStatus } from './invitation.model';
import { INVITATION_MESSAGES } from './invitations.messages';

export function toInvitation(token: AuthToken): Invitation {
  const status = token.usedAt
    ? InvitationStatus.ACCEPTED
    : token.revokedAt
      ? InvitationStatus.REVOKED
      : token.expiresAt.getTime() <= Date.now()
        ? InvitationStatus.EXPIRED
        : InvitationStatus.PENDING;
  return {
    id: token.id,
    email: token.user.email,
    user: token.user,
    createdBy: token.createdBy,
    createdAt: token.createdAt,
    expiresAt: token.expiresAt,
    status,
  };
}

@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly auth: AuthService,
  ) {}

  async list(): Promise<Invitation[]> {
    const tokens = await this.dataSource.manager.find(AuthToken, {
      where: { kind: 'INVITATION' },
      relations: { user: true, createdBy: true },
      order: { createdAt: 'DESC' },
      take: 500,
    });
    return tokens.map(toInvitation);
  }

  /** Creates the account (without a password) and its invitation link, in one transaction. */
  async invite(input: InviteUserInput, admin: User, requester: AuthenticatedRequest): Promise<LinkResult> {
    const { user, token, link } = await this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(Structure, { id: input.structureId }))) {
        throw badInput(STRUCTURE_MESSAGES.unknown, 'structureId');
      }
      if (await manager.existsBy(User, { email: input.email })) {
        throw conflict(INVITATION_MESSAGES.emailTaken, 'email');
      }
      const created = await manager.save(manager.create(User, { ...input, passwordHash: null }));
      const issued = await this.auth.issueLink('INVITATION', created, admin, manager, requester);
      return { user: created, ...issued };
    });
    const emailed = await this.auth.deliverLink('INVITATION', user, link);
    const stored = await this.dataSource.manager.findOneOrFail(AuthToken, {
      where: { id: token.id },
      relations: { user: true, createdBy: true },
    });
    return { invitation: toInvitation(stored), link: emailed ? null : link, emailed };
  }

  async revoke(id: string): Promise<Invitation> {
    const token = await this.dataSource.manager.findOneOrFail(AuthToken, {
      where: { id },
      relations: { user: true, createdBy: true },
    });
    if (token.usedAt) throw badInput(INVITATION_MESSAGES.alreadyAccepted);
    if (!token.revokedAt) {
      token.revokedAt = new Date();
      await this.dataSource.manager.update(AuthToken, { id }, { revokedAt: token.revokedAt });
    }
    return toInvitation(token);
  }
}
