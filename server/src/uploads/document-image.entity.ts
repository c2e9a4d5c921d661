import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Document } from '../documents/document.entity';
import { User } from '../users/user.entity';

/**
 * An image uploaded into a document. The bytes live in PostgreSQL (bytea) rather than under DATA_DIR: every
 * instance behind one address then serves every image, backups of the database hold them, and an image goes
 * with its document when that document is deleted for good. Images are a few megabytes at most (UPLOAD_MAX_BYTES).
 */
@Entity('document_image')
export class DocumentImage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The document it was uploaded into: its space's reading rights decide who sees the image. */
  @Index()
  @Column({ type: 'uuid' })
  documentId: string;

  @ManyToOne(() => Document, { onDelete: 'CASCADE' })
  document: Document;

  @Column({ type: 'uuid', nullable: true })
  uploadedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  uploadedBy: User | null;

  /** Read from the content itself when it was uploaded. */
  @Column({ type: 'varchar', length: 20 })
  contentType: string;

  @Column({ type: 'int' })
  byteSize: number;

  /** SHA-256 of the bytes, in hex: the image's ETag. */
  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  @Column({ type: 'bytea', select: false })
  data: Buffer;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
