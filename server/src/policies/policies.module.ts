import { Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { HttpErrorFilter } from '../common/http-error.filter';
import { PolicyGuard } from './policy.guard';
import { PolicyService } from './policy.service';

/** One door for every call, GraphQL or HTTP: the same guard before it, the same codes and French messages after. */
@Global()
@Module({
  providers: [PolicyService, { provide: APP_GUARD, useClass: PolicyGuard }, { provide: APP_FILTER, useClass: HttpErrorFilter }],
  exports: [PolicyService],
})
export class PoliciesModule {}
