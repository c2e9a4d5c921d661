import { Controller, Get, HttpStatus, Inject, Param, Post, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { badInput, conflict, fileRefused } from '../common/errors';
import type { AuthenticatedRequest } from '../common/request-context';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { Document } from '../documents/document.entity';
import { DOCUMENT_MESSAGES } from '../documents/documents.messages';
import { DocumentsService } from '../documents/documents.service';
import { Authorize, type ObjectRule } from '../policies/authorize.decorator';
import { UPLOAD_MESSAGES } from './uploads.messages';
import { UploadsService, type StoredImage } from './uploads.service';

/** Images never change (a new upload is a new address); access may, hence a short life and a check on reuse. */
const MAX_AGE_SECONDS = 3600;

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`;

/** Rule on a `document` target: images are added to a document in place, not to one in the trash. */
const notInTrash: ObjectRule = async ({ id, manager }) => {
  const document = await manager.findOneByOrFail(Document, { id });
  if (document.deletedAt) throw conflict(DOCUMENT_MESSAGES.inTrash);
};

/**
 * Images of documents over plain HTTP: the editor sends the file's bytes as the request body (no form encoding),
 * and documents point at the stable address it gets back. Rights are the document's, checked by the policy guard
 * as for GraphQL: editing it to add an image, reading it to see one. Refusals are JSON `{ code, message }`.
 */
@Controller('api')
export class UploadsController {
  constructor(
    private readonly uploads: UploadsService,
    private readonly documents: DocumentsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Authorize('document.edit', { kind: 'document', arg: 'documentId', rule: notInTrash })
  @Post('documents/:documentId/images')
  async upload(@Param('documentId') documentId: string, @Req() req: AuthenticatedRequest, @Res({ passthrough: true }) res: Response): Promise<StoredImage> {
    const bytes = await this.readBody(req, res);
    if (bytes.length === 0) throw badInput(UPLOAD_MESSAGES.emptyFile);
    const stored = await this.uploads.store(documentId, req.user!.id, bytes);
    if (!stored) {
      throw fileRefused(415, UPLOAD_MESSAGES.notAnImage);
    }
    res.status(HttpStatus.CREATED);
    return stored;
  }

  @Authorize('space.read', { kind: 'image', arg: 'imageId' })
  @Get('images/:imageId')
  async serve(@Param('imageId') imageId: string, @Req() req: AuthenticatedRequest, @Res() res: Response): Promise<void> {
    const image = (await this.uploads.find(imageId))!;
    const document = (await this.documents.findReadable(req.user, image.documentId))!;
    const etag = `"${image.sha256}"`;
    const shared = document.space.visibility === 'PUBLIC' && !document.deletedAt;
    res.setHeader('Cache-Control', `${shared ? 'public' : 'private'}, max-age=${MAX_AGE_SECONDS}`);
    res.setHeader('ETag', etag);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "default-src 'none'");
    if (!shared) res.setHeader('Vary', 'Cookie');
    if (req.headers['if-none-match'] === etag) {
      res.status(HttpStatus.NOT_MODIFIED).end();
      return;
    }
    res.setHeader('Content-Type', image.contentType);
    res.setHeader('Content-Length', String(image.byteSize));
    res.end(await this.uploads.bytes(image.id));
  }

  /** The request's body, refused as soon as it is known to pass the limit (from its announced length, or while reading). */
  private async readBody(req: AuthenticatedRequest, res: Response): Promise<Buffer> {
    const limit = this.config.uploadMaxBytes;
    const tooLarge = () => {
      // The rest of the body is not read: the connection closes once the answer is sent.
      res.setHeader('Connection', 'close');
      return fileRefused(413, UPLOAD_MESSAGES.tooLarge(megabytes(limit)));
    };
    if (Number(req.headers['content-length'] ?? 0) > limit) throw tooLarge();
    const chunks: Buffer[] = [];
    let total = 0;
    for await (const chunk of req as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > limit) throw tooLarge();
      chunks.push(chunk);
    }
    return Buffer.concat(chunks);
  }
}
