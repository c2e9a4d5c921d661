import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useDocumentTitle } from '../lib/useDocumentTitle';

// The navigation whose heading already took focus, so re-renders of the same page leave focus alone.
let focusedForKey: string | null = null;

/**
 * The page's one h1, which also names the browser tab ("Titre — Cocon"). After a navigation inside the
 * application it takes focus, as a page load would, so screen readers announce the new page.
 */
export function PageHeading({ children, title }: { children: ReactNode; title?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const location = useLocation();
  useDocumentTitle(title ?? (typeof children === 'string' ? children : null));
  useEffect(() => {
    // "default" is the first page opened: the browser already put the reader at its top.
    if (location.key === 'default' || focusedForKey === location.key) return;
    focusedForKey = location.key;
    ref.current?.focus({ preventScroll: false });
  }, [location.key]);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-title">
      {children}
    </h1>
  );
}
