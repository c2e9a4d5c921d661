import { Module } from '@nestjs/common';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LoginThrottle } from './login-throttle';
import { SessionsService } from './sessions.service';

@Module({
  providers: [AuthService, AuthResolver, SessionsService, LoginThrottle],
  exports: [AuthService, SessionsService],
})
export class AuthModule {}
