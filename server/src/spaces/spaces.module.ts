import { Module } from '@nestjs/common';
import { SpaceTreeResolver } from './space-tree.resolver';
import { SpaceTreeService } from './space-tree.service';
import { SpacesResolver } from './spaces.resolver';
import { SpacesService } from './spaces.service';

@Module({ providers: [SpacesResolver, SpacesService, SpaceTreeResolver, SpaceTreeService], exports: [SpacesService] })
export class SpacesModule {}
