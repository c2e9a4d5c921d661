import { PageBreadcrumbs, type Crumb } from '../../../ui/PageBreadcrumbs';
import { documentPath } from '../../spaces/lib/tree';

interface Page {
  id: string;
  title: string;
  slug: string;
}

interface Props {
  space: { name: string; slug: string };
  ancestors: Page[];
  current: Page;
  /** Pages about the document that lead here (its history, a revision…); the last one is the current page. */
  trail?: Crumb[];
}

/**
 * Space › parents › this document › trail. A space and its first document often share a name (« Socle commun ›
 * Socle commun »): the space then says it is one, so the two crumbs do not read as the same thing twice.
 */
export function documentCrumbs({ space, ancestors, current, trail = [] }: Props): Crumb[] {
  const first = ancestors[0] ?? current;
  const sameName = first.title.trim().localeCompare(space.name.trim(), 'fr', { sensitivity: 'base' }) === 0;
  return [
    { label: sameName ? `Espace ${space.name}` : space.name, href: `/espaces/${space.slug}` },
    ...ancestors.map((ancestor) => ({ label: ancestor.title, href: documentPath(ancestor) })),
    { label: current.title, href: documentPath(current) },
    ...trail,
  ];
}

export function DocumentBreadcrumbs(props: Props) {
  return <PageBreadcrumbs crumbs={documentCrumbs(props)} />;
}
