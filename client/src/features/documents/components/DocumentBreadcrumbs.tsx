import { Breadcrumb, Breadcrumbs, Link } from 'react-aria-components';
import { documentPath } from '../../spaces/lib/tree';

interface Props {
  space: { name: string; slug: string };
  ancestors: { id: string; title: string; slug: string }[];
  current: { id: string; title: string; slug: string };
}

/** Space › parents › this document; the last one is marked as the current page. */
export function DocumentBreadcrumbs({ space, ancestors, current }: Props) {
  return (
    <nav aria-label="Fil d’Ariane" className="breadcrumbs-nav">
      <Breadcrumbs className="breadcrumbs">
        <Breadcrumb className="breadcrumb">
          <Link href={`/espaces/${space.slug}`}>{space.name}</Link>
        </Breadcrumb>
        {ancestors.map((ancestor) => (
          <Breadcrumb key={ancestor.id} className="breadcrumb">
            <Link href={documentPath(ancestor)}>{ancestor.title}</Link>
          </Breadcrumb>
        ))}
        <Breadcrumb className="breadcrumb">
          <Link>{current.title}</Link>
        </Breadcrumb>
      </Breadcrumbs>
    </nav>
  );
}
