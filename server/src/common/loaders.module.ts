import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { LoadersInterceptor } from './loaders';

/** Batched reads for every GraphQL call (see loaders.ts). */
@Module({ providers: [{ provide: APP_INTERCEPTOR, useClass: LoadersInterceptor }] })
export class LoadersModule {}
