import { Module } from '@nestjs/common';
import { StructuresResolver } from './structures.resolver';
import { StructuresService } from './structures.service';

@Module({ providers: [StructuresResolver, StructuresService], exports: [StructuresService] })
export class StructuresModule {}
