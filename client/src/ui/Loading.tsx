import { LoaderCircle } from 'lucide-react';

/** A turning circle for a button or a line of text; hidden from screen readers, which get the words next to it. */
export function Spinner() {
  return <LoaderCircle className="spinner" aria-hidden="true" size="1.1em" />;
}

/** Shown while a page's data arrives; announced politely. */
export function Loading({ label = 'Chargement…' }: { label?: string }) {
  return (
    <p className="loading" role="status">
      <Spinner />
      {label}
    </p>
  );
}
