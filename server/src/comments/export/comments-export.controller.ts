import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource, IsNull } from 'typeorm';
import { AppError, badInput, notFound, type ErrorCode } from '../../common/errors';
import type { AuthenticatedRequest } from '../../common/request-context';
import { slugify } from '../../common/slug';
import { Document } from '../../documents/document.entity';
import { PolicyService } from '../../policies/policy.service';
import { Space } from '../../spaces/space.entity';
import { CommentViewsService } from '../comment-views.service';
import { CommentsExportService } from './comments-export.service';

const STATUS: Record<ErrorCode, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409 };
const DOCUMENT_NOT_FOUND = 'Ce document n’existe pas ou vous n’y avez pas accès.';

/**
 * GET /api/exports/comments.csv?documentId=… (or ?spaceId=…): the summary by structure as a spreadsheet, for the
 * signed-in person and with their rights, checked by the same policy as the GraphQL API (an object they may not
 * read answers 404, like one that does not exist).
 */
@Controller('api/exports')
export class CommentsExportController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly views: CommentViewsService,
    private readonly exporter: CommentsExportService,
  ) {}

  @Get('comments.csv')
  async export(
    @Req() req: AuthenticatedRequest,
    @Res() res: Response,
    @Query('documentId') documentId?: string,
    @Query('spaceId') spaceId?: string,
  ): Promise<void> {
    let scope: { name: string; documentIds: string[] };
    try {
      scope = await this.scope(req, documentId, spaceId);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      res.status(STATUS[error.extensions.code as ErrorCode] ?? 400).type('text/plain; charset=utf-8').send(error.message);
      return;
    }
    const day = new Date().toISOString().slice(0, 10);
    const filename = `commentaires-${slugify(scope.name)}-${day}.csv`;
    res.status(200);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${filename}"; filename*=UTF-8''${encodeURIComponent(filename)}`);
    res.setHeader('Cache-Control', 'no-store');
    await this.exporter.write(scope.documentIds, (chunk) => new Promise((resolve) => (res.write(chunk) ? resolve() : res.once('drain', resolve))));
    res.end();
  }

  private async scope(req: AuthenticatedRequest, documentId?: string, spaceId?: string) {
    const user = req.user;
    this.policy.assertAllowed(user, 'comment.read');
    if (typeof documentId === 'string') {
      await this.policy.assertTarget(user, { kind: 'document', arg: 'documentId' }, documentId);
      const document = await this.views.readableDocument(user, documentId);
      if (!document) throw notFound(DOCUMENT_NOT_FOUND);
      return { name: document.title, documentIds: [document.id] };
    }
    if (typeof spaceId === 'string') {
      await this.policy.assertTarget(user, { kind: 'space', arg: 'spaceId' }, spaceId);
      const space = await this.dataSource.manager.findOneByOrFail(Space, { id: spaceId });
      const documents = await this.dataSource.manager.find(Document, { select: { id: true }, where: { spaceId, deletedAt: IsNull() } });
      return { name: space.name, documentIds: documents.map((document) => document.id) };
    }
    throw badInput('Indiquez le document (documentId) ou l’espace (spaceId) à exporter.');
  }
}
