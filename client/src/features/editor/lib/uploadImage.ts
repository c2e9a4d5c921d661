/** Image types the server accepts (it checks the content itself; this only filters the file picker). */
export const ACCEPTED_IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];

export interface UploadedImage {
  id: string;
  url: string;
}

/**
 * Sends an image file to the server as the request body, reporting progress from 0 to 1. Rejects with the server's
 * French message, or a French one of ours when the network fails. XMLHttpRequest, because fetch cannot tell how
 * much of a body has gone.
 */
export function uploadImage(documentId: string, file: File, onProgress: (fraction: number) => void, signal?: AbortSignal): Promise<UploadedImage> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/api/documents/${encodeURIComponent(documentId)}/images`);
    request.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      const body = request.response as { message?: string; id?: string; url?: string } | null;
      if (request.status === 201 && body?.id && body.url) resolve({ id: body.id, url: body.url });
      else reject(new Error(body?.message ?? `L’envoi de l’image a échoué (erreur ${request.status}). Réessayez.`));
    };
    request.onerror = () => reject(new Error('L’image n’a pas pu être envoyée : vérifiez votre connexion, puis réessayez.'));
    request.onabort = () => reject(new Error('L’envoi de l’image a été annulé.'));
    signal?.addEventListener('abort', () => request.abort());
    request.send(file);
  });
}
