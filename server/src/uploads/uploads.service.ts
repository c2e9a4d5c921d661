import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { imagePath } from '@cocon/shared';
import { DataSource } from 'typeorm';
import { DocumentImage } from './document-image.entity';
import { detectImageType } from './image-type';

export interface StoredImage {
  id: string;
  url: string;
  contentType: string;
  byteSize: number;
}

/** What a document's images are made of: their bytes, checked, stored in the database, served back. */
@Injectable()
export class UploadsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Stores an image whose content was recognised; null when the bytes are not a PNG, JPEG, GIF or WebP image. */
  async store(documentId: string, uploadedById: string, bytes: Buffer): Promise<StoredImage | null> {
    const contentType = detectImageType(bytes);
    if (!contentType) return null;
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const result = await this.dataSource.manager.insert(DocumentImage, { documentId, uploadedById, contentType, byteSize: bytes.length, sha256, data: bytes });
    const id = String(result.identifiers[0].id);
    return { id, url: imagePath(id), contentType, byteSize: bytes.length };
  }

  /** An image's description, without its bytes. */
  find(imageId: string): Promise<DocumentImage | null> {
    return this.dataSource.manager.findOneBy(DocumentImage, { id: imageId });
  }

  async bytes(imageId: string): Promise<Buffer> {
    const [row] = await this.dataSource.query('SELECT data FROM document_image WHERE id = $1', [imageId]);
    return Buffer.from(row.data);
  }
}
