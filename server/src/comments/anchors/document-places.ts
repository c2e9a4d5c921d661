import { COLLABORATION_FIELD, documentSchema } from '@cocon/shared';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { initProseMirrorDoc, relativePositionToAbsolutePosition } from '@tiptap/y-tiptap';
import * as Y from 'yjs';

/** The two ends of a commented passage, as the editor stores them: Yjs relative positions, encoded then base64. */
export interface EncodedAnchor {
  from: string;
  to: string;
}

/** Where a passage is in the document as it is now. */
export interface AnchorPlace {
  /**
   * The heading of the chapter it is in (the nearest heading of the document's highest level above it); null
   * before the first chapter; undefined when its blocks are gone and nothing says where it was.
   */
  chapter: string | null | undefined;
  /** The chapter's rank among the chapters (0 = the first), to list chapters in the document's order. */
  chapterIndex: number | null | undefined;
  /** Every character of the passage was deleted. */
  textDeleted: boolean;
  /** The passage's current text; empty when it was deleted. */
  text: string;
}

/** What an anchor means in a given state of the document. */
export type AnchorReading =
  | { kind: 'placed'; place: AnchorPlace }
  /** It points at text this state does not have yet (typed offline, not synced): it will be placed later. */
  | { kind: 'pending' }
  /** It is not a pair of relative positions into this document. */
  | { kind: 'invalid' };

const MAX_POSITION_BYTES = 200;

export function decodePosition(value: string): Y.RelativePosition | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_POSITION_BYTES) return null;
  try {
    const bytes = Buffer.from(value, 'base64');
    return bytes.length ? Y.decodeRelativePosition(bytes) : null;
  } catch {
    return null;
  }
}

interface Chapter {
  position: number;
  title: string;
}

const leafText = (leaf: ProseMirrorNode) => (leaf.type.spec.leafText as ((node: ProseMirrorNode) => string) | undefined)?.(leaf) ?? ' ';

/**
 * One state of a document (its Yjs update), read as the editor reads it, to tell where anchors are: their chapter,
 * and whether their text still exists. Positions are resolved with y-tiptap's own helpers on the same ProseMirror
 * mapping as the editor's, so the server and the browser agree on every position.
 */
export class DocumentPlaces {
  private readonly ydoc = new Y.Doc();
  private readonly fragment: Y.XmlFragment;
  private readonly pmDoc: ProseMirrorNode;
  private readonly mapping: Map<Y.AbstractType<unknown>, ProseMirrorNode | ProseMirrorNode[]>;
  private readonly chapters: Chapter[];

  constructor(state: Uint8Array) {
    Y.applyUpdate(this.ydoc, state);
    this.fragment = this.ydoc.getXmlFragment(COLLABORATION_FIELD);
    const { doc, mapping } = initProseMirrorDoc(this.fragment, documentSchema());
    this.pmDoc = doc;
    this.mapping = mapping;
    this.chapters = chaptersOf(doc);
  }

  read(anchor: EncodedAnchor): AnchorReading {
    const from = decodePosition(anchor.from);
    const to = decodePosition(anchor.to);
    if (!from || !to || !this.inThisDocument(from) || !this.inThisDocument(to)) return { kind: 'invalid' };
    if (this.isPending(from) || this.isPending(to)) return { kind: 'pending' };
    // Null once the block that held the position is gone (its content is garbage-collected with it).
    const start = relativePositionToAbsolutePosition(this.ydoc, this.fragment, from, this.mapping);
    const end = relativePositionToAbsolutePosition(this.ydoc, this.fragment, to, this.mapping);
    // Both ends fall together when every character between them is deleted.
    const deleted = start === null || end === null ? start === end : end <= start;
    const text = deleted || start === null || end === null ? '' : this.pmDoc.textBetween(start, end, ' ', leafText).trim();
    // A passage whose blocks are all gone has no chapter any more: the one it was in stays the known one.
    const chapter = start === null && end === null ? { chapter: undefined, chapterIndex: undefined } : this.chapterAt(start ?? end ?? 0);
    return { kind: 'placed', place: { ...chapter, textDeleted: deleted, text } };
  }

  destroy(): void {
    this.ydoc.destroy();
  }

  private chapterAt(position: number): Pick<AnchorPlace, 'chapter' | 'chapterIndex'> {
    let found: number | null = null;
    for (let index = 0; index < this.chapters.length && this.chapters[index].position <= position; index++) found = index;
    return found === null ? { chapter: null, chapterIndex: null } : { chapter: this.chapters[found].title, chapterIndex: found };
  }

  /** The item (or type) it names was made by a client this state has not heard from that far yet. */
  private isPending(position: Y.RelativePosition): boolean {
    const id = position.item ?? position.type;
    return id !== null && Y.getState(this.ydoc.store, id.client) <= id.clock;
  }

  /** Positions name the editor's field by its name, or an item inside it. */
  private inThisDocument(position: Y.RelativePosition): boolean {
    return position.tname === null || position.tname === COLLABORATION_FIELD;
  }
}

/** The headings of the highest level used at the top of the document, in order: its chapters. */
function chaptersOf(doc: ProseMirrorNode): Chapter[] {
  const headings: (Chapter & { level: number })[] = [];
  doc.forEach((node, offset) => {
    if (node.type.name === 'heading' && node.textContent.trim()) {
      headings.push({ position: offset, title: node.textContent.trim(), level: Number(node.attrs.level) });
    }
  });
  const top = Math.min(...headings.map((heading) => heading.level));
  return headings.filter((heading) => heading.level === top).map(({ position, title }) => ({ position, title }));
}
