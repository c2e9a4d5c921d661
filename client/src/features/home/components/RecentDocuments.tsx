import { Link } from 'react-aria-components';
import type { HomeQuery } from '../../../gql/graphql';
import { StructureBadge } from '../../../ui/StructureBadge';
import { Time } from '../../../ui/Time';
import { documentPath } from '../../spaces/lib/tree';

export function RecentDocuments({ documents }: { documents: HomeQuery['recentDocuments'] }) {
  return (
    <ul className="recent-list">
      {documents.map((doc) => (
        <li key={doc.id} className="recent-item">
          <Link href={documentPath(doc)} className="recent-title">
            {doc.title}
          </Link>
          <p className="recent-meta">
            <span>{doc.space.name}</span>
            <span aria-hidden="true"> · </span>
            <span>
              modifié <Time value={doc.updatedAt} />
              {doc.updatedBy && (
                <>
                  {' '}
                  par {doc.updatedBy.name} <StructureBadge structure={doc.updatedBy.structure} />
                </>
              )}
            </span>
          </p>
        </li>
      ))}
    </ul>
  );
}
