import { useEffect } from 'react';

/** "Titre — Cocon" in the browser tab, so every page can be told apart in history and by screen readers. */
export function useDocumentTitle(title: string | null | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} — Cocon` : 'Cocon';
  }, [title]);
}
