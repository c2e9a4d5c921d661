import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuthService } from '../auth/auth.service';
import { SessionsService } from '../auth/sessions.service';
import { badInput } from '../common/errors';
import type { AuthenticatedRequest } from '../common/request-context';
import { toInvitation } from '../invitations/invitations.service';
import { Structure } from '../structures/structure.entity';
import { STRUCTURE_MESSAGES } from '../structures/structures.messages';
import type { UpdateUserInput } from './dto/user.input';
import { LinkResult } from './link-result.model';
import { User } from './user.entity';
import { USER_MESSAGES } from './users.messages';

/** Told, once the change is written, of an account whose rights may have changed (disabled, role, structure). */
export type AccountChangeListener = (userId: string) => Promise<void>;

@Injectable()
export class UsersService {
  private readonly accountListeners: AccountChangeListener[] = [];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly auth: AuthService,
  ) {}

  /** Live editing listens here: a disabled account is disconnected, a lost right turns its editors read-only. */
  onAccountChanged(listener: AccountChangeListener): void {
    this.accountListeners.push(listener);
  }

  list(): Promise<User[]> {
    return this.dataSource.manager.find(User, { relations: { structure: true }, order: { name: 'ASC' } });
  }

  /** An administrator changes someone else's account; disabling it ends all its sessions at once. */
  async update(input: UpdateUserInput): Promise<User> {
    const user = await this.dataSource.transaction(async (manager) => {
      const user = await manager.findOneByOrFail(User, { id: input.id });
      if (input.structureId && !(await manager.existsBy(Structure, { id: input.structureId }))) {
        throw badInput(STRUCTURE_MESSAGES.unknown, 'structureId');
      }
      // GraphQL lets a client send null for an optional field: it means "unchanged", as when it is left out.
      if (input.name != null) user.name = input.name;
      if (input.role) user.role = input.role;
      if (input.structureId) user.structureId = input.structureId;
      if (input.disabled != null) user.disabledAt = input.disabled ? (user.disabledAt ?? new Date()) : null;
      const saved = await manager.save(user);
      if (input.disabled) await this.sessions.closeAllFor(user.id, manager);
      return manager.findOneOrFail(User, { where: { id: saved.id }, relations: { structure: true } });
    });
    // Answered once those who follow the account have acted: the change is in force when the caller hears back.
    await Promise.all(this.accountListeners.map((listener) => listener(user.id)));
    return user;
  }

  async updateProfile(user: User, name: string): Promise<User> {
    await this.dataSource.manager.update(User, { id: user.id }, { name });
    return this.dataSource.manager.findOneOrFail(User, { where: { id: user.id }, relations: { structure: true } });
  }

  /** A new password link made by an administrator; for someone who never set a password, a new invitation. */
  async createPasswordLink(userId: string, admin: User, requester: AuthenticatedRequest): Promise<LinkResult> {
    const user = await this.dataSource.manager.findOneByOrFail(User, { id: userId });
    if (user.disabledAt) throw badInput(USER_MESSAGES.disabled);
    const kind = user.passwordHash ? 'PASSWORD_RESET' : 'INVITATION';
    const { token, link } = await this.dataSource.transaction((manager) => this.auth.issueLink(kind, user, admin, manager, requester));
    const emailed = await this.auth.deliverLink(kind, user, link);
    const invitation = kind === 'INVITATION' ? toInvitation({ ...token, user, createdBy: admin }) : null;
    return { invitation, link: emailed ? null : link, emailed };
  }
}
