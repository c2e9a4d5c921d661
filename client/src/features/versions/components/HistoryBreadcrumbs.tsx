import { Breadcrumb, Breadcrumbs, Link } from 'react-aria-components';
import type { HistoryDocumentFragment } from '../../../gql/graphql';
import { documentPath } from '../../spaces/lib/tree';

export interface Crumb {
  label: string;
  href?: string;
}

/** Space › parents › the document › the history pages that lead here; the last one is the current page. */
export function HistoryBreadcrumbs({ doc, trail }: { doc: HistoryDocumentFragment; trail: Crumb[] }) {
  return (
    <nav aria-label="Fil d’Ariane" className="breadcrumbs-nav">
      <Breadcrumbs className="breadcrumbs">
        <Breadcrumb className="breadcrumb">
          <Link href={`/espaces/${doc.space.slug}`}>{doc.space.name}</Link>
        </Breadcrumb>
        {doc.ancestors.map((ancestor) => (
          <Breadcrumb key={ancestor.id} className="breadcrumb">
            <Link href={documentPath(ancestor)}>{ancestor.title}</Link>
          </Breadcrumb>
        ))}
        <Breadcrumb className="breadcrumb">
          <Link href={documentPath(doc)}>{doc.title}</Link>
        </Breadcrumb>
        {trail.map((crumb) => (
          <Breadcrumb key={crumb.label} className="breadcrumb">
            <Link href={crumb.href}>{crumb.label}</Link>
          </Breadcrumb>
        ))}
      </Breadcrumbs>
    </nav>
  );
}
