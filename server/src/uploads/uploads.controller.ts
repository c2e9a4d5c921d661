import { Controller, Get, HttpException, HttpStatus, Inject, Param, Post, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { isUuid } from '../common/errors';
import type { AuthenticatedRequest } from '../common/request-context';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { DocumentsService } from '../documents/documents.service';
import { PolicyService } from '../policies/policy.service';
import { UploadsService, type StoredImage } from './uploads.service';

const IMAGE_NOT_FOUND = 'Cette image n’existe pas ou vous n’y avez pas accès.';
/** Images never change (a new upload is a new address); access may, hence a short life and a check on reuse. */
const MAX_AGE_SECONDS = 3600;

/** A refusal the editor shows as is: a French message and a code, as JSON. */
const refuse = (status: HttpStatus, code: string, message: string) => new HttpException({ code, message }, status);

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`;

/**
 * Images of documents over plain HTTP: the editor sends the file's bytes as the request body (no form encoding),
 * and documents point at the stable address it gets back. Rights are the document's: editing it to add an image,
 * reading its space to see one. GraphQL's policy guard does not run here, so the checks call PolicyService.
 */
@Controller('api')
export class UploadsController {
  constructor(
    private readonly uploads: UploadsService,
    private readonly documents: DocumentsService,
    private readonly policy: PolicyService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('documents/:documentId/images')
  async upload(@Param('documentId') documentId: string, @Req() req: AuthenticatedRequest, @Res({ passthrough: true }) res: Response): Promise<StoredImage> {
    const user = req.user;
    if (!user) throw refuse(HttpStatus.UNAUTHORIZED, 'UNAUTHENTICATED', 'Connectez-vous pour ajouter une image.');
    const document = await this.documents.findReadable(user, documentId);
    if (!document) throw refuse(HttpStatus.NOT_FOUND, 'NOT_FOUND', 'Ce document n’existe pas ou vous n’y avez pas accès.');
    if (!this.policy.canEditIn(user, document.space)) {
      throw refuse(HttpStatus.FORBIDDEN, 'FORBIDDEN', 'Vous n’avez pas le droit de modifier ce document.');
    }
    if (document.deletedAt) throw refuse(HttpStatus.CONFLICT, 'CONFLICT', 'Ce document est dans la corbeille : restaurez-le d’abord.');
    const bytes = await this.readBody(req, res);
    if (bytes.length === 0) throw refuse(HttpStatus.BAD_REQUEST, 'BAD_USER_INPUT', 'Le fichier est vide.');
    const stored = await this.uploads.store(document.id, user.id, bytes);
    if (!stored) {
      throw refuse(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        'UNSUPPORTED_TYPE',
        'Ce fichier n’est pas une image acceptée : choisissez une image PNG, JPEG, GIF ou WebP (le SVG n’est pas accepté).',
      );
    }
    res.status(HttpStatus.CREATED);
    return stored;
  }

  @Get('images/:imageId')
  async serve(@Param('imageId') imageId: string, @Req() req: AuthenticatedRequest, @Res() res: Response): Promise<void> {
    const image = isUuid(imageId) ? await this.uploads.find(imageId) : null;
    // Missing, or in a space the caller may not read: the same answer, so nothing leaks.
    const document = image ? await this.documents.findReadable(req.user, image.documentId) : null;
    if (!image || !document) {
      res.status(HttpStatus.NOT_FOUND).json({ code: 'NOT_FOUND', message: IMAGE_NOT_FOUND });
      return;
    }
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
      return refuse(HttpStatus.PAYLOAD_TOO_LARGE, 'TOO_LARGE', `Cette image est trop lourde : ${megabytes(limit)} au plus.`);
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
