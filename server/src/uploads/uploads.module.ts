import { Module } from '@nestjs/common';
import { DocumentsModule } from '../documents/documents.module';
import { UploadsController } from './uploads.controller';
import { UploadsService } from './uploads.service';

@Module({ imports: [DocumentsModule], controllers: [UploadsController], providers: [UploadsService] })
export class UploadsModule {}
