import { Module } from '@nestjs/common';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { KnownDevicesService } from './known-devices.service';
import { LoginAlerts } from './login-alerts';
import { LoginThrottle } from './login-throttle';
import { SessionsService } from './sessions.service';

@Module({
  providers: [AuthService, AuthResolver, SessionsService, LoginThrottle, KnownDevicesService, LoginAlerts],
  exports: [AuthService, SessionsService],
})
export class AuthModule {}
