import { ROLE_LABELS } from '@cocon/shared/roles';
import type { AdminSpacesQuery } from '../../../gql/graphql';
import { StructureBadge } from '../../../ui/StructureBadge';

type Space = AdminSpacesQuery['spaces'][number];

/** Who may read a restricted space, under its visibility in the list of spaces. */
export function SpaceAccess({ space }: { space: Space }) {
  const { allowedRoles, allowedStructures } = space;
  if (allowedRoles.length === 0 && allowedStructures.length === 0) {
    return <span className="table-sub">Administrateurs seulement</span>;
  }
  return (
    <>
      {allowedRoles.length > 0 && <span className="table-sub">Rôles : {allowedRoles.map((role) => ROLE_LABELS[role]).join(', ')}</span>}
      {allowedStructures.length > 0 && (
        <span className="table-sub">
          Structures :{' '}
          {allowedStructures.map((structure) => (
            <span key={structure.id}>
              <StructureBadge structure={structure} />{' '}
            </span>
          ))}
        </span>
      )}
    </>
  );
}
