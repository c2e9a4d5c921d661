import { isOwnImagePath } from '@cocon/shared';
import type { Editor } from '@tiptap/core';
import { useCallback, useState } from 'react';
import { uploadImage } from '../lib/uploadImage';

export interface ImageRequest {
  /** The file pasted or dropped; null when the person still has to choose one. */
  file: File | null;
}

export interface ImageUpload {
  name: string;
  /** From 0 to 1. */
  progress: number;
}

/**
 * Adding an image to the document: ask for the file (unless pasted or dropped) and its description, send it with
 * its progress shown, then insert it where the caret is. Errors are kept to be shown next to the editor.
 */
export function useImageInsertion(documentId: string) {
  const [request, setRequest] = useState<ImageRequest | null>(null);
  const [upload, setUpload] = useState<ImageUpload | null>(null);
  const [error, setError] = useState<string | null>(null);

  const ask = useCallback((file: File | null = null) => {
    setError(null);
    setRequest({ file });
  }, []);

  const send = useCallback(
    async (editor: Editor, file: File, alt: string) => {
      setRequest(null);
      setUpload({ name: file.name, progress: 0 });
      try {
        const image = await uploadImage(documentId, file, (progress) => setUpload({ name: file.name, progress }));
        // The server would refuse any other source, and end the editing with it: better said here.
        if (!isOwnImagePath(image.url)) throw new Error('L’image envoyée n’a pas une adresse de Cocon : elle n’a pas été ajoutée.');
        if (!editor.isDestroyed) editor.chain().focus().setImage({ src: image.url, alt }).run();
      } catch (failure) {
        setError(failure instanceof Error ? failure.message : String(failure));
      } finally {
        setUpload(null);
      }
    },
    [documentId],
  );

  return { request, upload, error, ask, send, cancel: () => setRequest(null), dismissError: () => setError(null) };
}
