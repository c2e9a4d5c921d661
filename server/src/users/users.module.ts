import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { CollaborationModule } from '../collaboration/collaboration.module';
import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';

@Module({ imports: [AuthModule, CollaborationModule], providers: [UsersResolver, UsersService] })
export class UsersModule {}
