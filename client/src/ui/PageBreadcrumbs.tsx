import { Breadcrumb, Breadcrumbs, Link } from 'react-aria-components';

export interface Crumb {
  label: string;
  href?: string;
}

/** Where the page stands, from the top down; the last crumb is the current page. */
export function PageBreadcrumbs({ crumbs }: { crumbs: Crumb[] }) {
  return (
    <nav aria-label="Fil d’Ariane" className="breadcrumbs-nav">
      <Breadcrumbs className="breadcrumbs">
        {crumbs.map((crumb, index) => (
          // Two crumbs may bear the same words (a space and its document), hence the index in the key.
          <Breadcrumb key={`${index}-${crumb.label}`} className="breadcrumb">
            <Link href={index === crumbs.length - 1 ? undefined : crumb.href}>{crumb.label}</Link>
          </Breadcrumb>
        ))}
      </Breadcrumbs>
    </nav>
  );
}
