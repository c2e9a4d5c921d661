import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { slugify } from '@cocon/shared';
import type { Response } from 'express';
import { DataSource, IsNull } from 'typeorm';
import { badInput } from '../../common/errors';
import type { AuthenticatedRequest } from '../../common/request-context';
import { Document } from '../../documents/document.entity';
import { Authorize } from '../../policies/authorize.decorator';
import { Space } from '../../spaces/space.entity';
import type { User } from '../../users/user.entity';
import { CommentViewsService } from '../comment-views.service';
import { COMMENT_MESSAGES } from '../comments.messages';
import { CommentsExportService } from './comments-export.service';

/**
 * GET /api/exports/comments.csv?documentId=… (or ?spaceId=…): the summary by structure as a spreadsheet, for the
 * signed-in person and with their rights, checked by the policy guard as for the GraphQL API (an object they may
 * not read answers 404, like one that does not exist; refusals are JSON `{ code, message }`).
 */
@Controller('api/exports')
export class CommentsExportController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly views: CommentViewsService,
    private readonly exporter: CommentsExportService,
  ) {}

  @Authorize('comment.read', { kind: 'document', arg: 'documentId', optional: true }, { kind: 'space', arg: 'spaceId', optional: true })
  @Get('comments.csv')
  async export(
    @Req() req: AuthenticatedRequest,
    @Res() res: Response,
    @Query('documentId') documentId?: string,
    @Query('spaceId') spaceId?: string,
  ): Promise<void> {
    const scope = await this.scope(req.user!, documentId, spaceId);
    const day = new Date().toISOString().slice(0, 10);
    const filename = `commentaires-${slugify(scope.name)}-${day}.csv`;
    res.status(200);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${filename}"; filename*=UTF-8''${encodeURIComponent(filename)}`);
    res.setHeader('Cache-Control', 'no-store');
    await this.exporter.write(scope.documentIds, req, (chunk) => new Promise((resolve) => (res.write(chunk) ? resolve() : res.once('drain', resolve))));
    res.end();
  }

  /** What to export, once the guard has found the document or the space readable. */
  private async scope(user: User, documentId?: string, spaceId?: string): Promise<{ name: string; documentIds: string[] }> {
    if (documentId) {
      const document = (await this.views.readableDocument(user, documentId))!;
      return { name: document.title, documentIds: [document.id] };
    }
    if (spaceId) {
      const space = await this.dataSource.manager.findOneByOrFail(Space, { id: spaceId });
      const documents = await this.dataSource.manager.find(Document, { select: { id: true }, where: { spaceId, deletedAt: IsNull() } });
      return { name: space.name, documentIds: documents.map((document) => document.id) };
    }
    throw badInput(COMMENT_MESSAGES.exportScopeMissing);
  }
}
