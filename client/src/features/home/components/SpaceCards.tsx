import { Link } from 'react-aria-components';
import type { HomeQuery } from '../../../gql/graphql';
import { VisibilityLabel } from '../../spaces/components/VisibilityLabel';

export function SpaceCards({ spaces }: { spaces: HomeQuery['spaces'] }) {
  return (
    <ul className="card-list">
      {spaces.map((space) => (
        <li key={space.id} className="card">
          <h3 className="card-title">
            <Link href={`/espaces/${space.slug}`} className="card-link">
              {space.name}
            </Link>
          </h3>
          <VisibilityLabel visibility={space.visibility} />
          {space.description && <p className="card-text">{space.description}</p>}
        </li>
      ))}
    </ul>
  );
}
