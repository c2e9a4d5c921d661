import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ROLE_LABELS } from '@cocon/shared';
import { DataSource } from 'typeorm';
import { linkBase } from '../../common/public-url';
import type { AuthenticatedRequest } from '../../common/request-context';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { AnchorsService } from '../anchors/anchors.service';
import { groupBy } from '../comment-views.service';
import { CSV_BOM, csvLine } from './csv';

const THREADS_PER_BATCH = 300;

const HEADER = [
  'Structure',
  'Personne',
  'Rôle',
  'Date',
  'Document',
  'Chapitre',
  'Passage commenté',
  'Texte supprimé',
  'Discussion',
  'Commentaire',
  'Texte',
  'Modifié',
  'Lien',
];

const dateFormat = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

interface ThreadRow {
  id: string;
  documentId: string;
  title: string;
  slug: string;
  chapter: string | null;
  excerpt: string | null;
  textDeleted: boolean;
  status: 'OPEN' | 'RESOLVED';
}

interface CommentRow {
  threadId: string;
  structure: string | null;
  person: string | null;
  authorRole: keyof typeof ROLE_LABELS;
  createdAt: Date;
  editedAt: Date | null;
  body: string;
}

/**
 * The summary by structure as a table, one line per comment that can be read (deleted and hidden ones are left
 * out): who, for which structure, where, what. Written in batches, so that a large space never sits whole in memory.
 */
@Injectable()
export class CommentsExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly anchors: AnchorsService,
  ) {}

  /** `requester` is the signed-in person's request: in development without PUBLIC_URL, links take its address. */
  async write(documentIds: string[], requester: AuthenticatedRequest, out: (chunk: string) => Promise<void>): Promise<void> {
    const base = linkBase(this.config, requester);
    await this.anchors.refresh(documentIds);
    await out(CSV_BOM + csvLine(HEADER));
    for (let offset = 0; ; offset += THREADS_PER_BATCH) {
      const threads: ThreadRow[] = await this.dataSource.query(
        `SELECT t.id, t."documentId", d.title, d.slug, t.chapter, t.excerpt, t."textDeleted", t.status
         FROM comment_thread t JOIN document d ON d.id = t."documentId"
         WHERE t."documentId" = ANY($1::uuid[]) AND t."deletedAt" IS NULL
         ORDER BY d.title, d.id, t."chapterIndex" NULLS FIRST, t."createdAt", t.id
         LIMIT $2 OFFSET $3`,
        [documentIds, THREADS_PER_BATCH, offset],
      );
      if (threads.length === 0) return;
      const comments: CommentRow[] = await this.dataSource.query(
        `SELECT c."threadId", s.name AS structure, a.name AS person, c."authorRole", c."createdAt", c."editedAt", c.body
         FROM comment c LEFT JOIN structure s ON s.id = c."authorStructureId" LEFT JOIN account a ON a.id = c."authorId"
         WHERE c."threadId" = ANY($1::uuid[]) AND c."deletedAt" IS NULL AND c."hiddenAt" IS NULL
         ORDER BY c."createdAt", c.id`,
        [threads.map((thread) => thread.id)],
      );
      const commentsOf = groupBy(comments, (comment) => comment.threadId);
      let chunk = '';
      for (const thread of threads) {
        for (const [index, comment] of (commentsOf.get(thread.id) ?? []).entries()) chunk += this.line(thread, comment, index === 0, base);
      }
      await out(chunk);
    }
  }

  private line(thread: ThreadRow, comment: CommentRow, opening: boolean, base: string): string {
    return csvLine([
      comment.structure ?? 'Structure supprimée',
      comment.person ?? '',
      ROLE_LABELS[comment.authorRole] ?? comment.authorRole,
      dateFormat.format(comment.createdAt),
      thread.title,
      thread.chapter ?? '',
      thread.excerpt ?? 'Document entier',
      thread.textDeleted ? 'oui' : 'non',
      thread.status === 'OPEN' ? 'Ouverte' : 'Résolue',
      opening ? 'Ouverture' : 'Réponse',
      comment.body,
      comment.editedAt ? 'oui' : 'non',
      `${base}/d/${thread.documentId}/${thread.slug}?discussion=${thread.id}`,
    ]);
  }
}
