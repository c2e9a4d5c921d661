import { textColorOn } from '../lib/colors';

export interface BadgeStructure {
  name: string;
  shortName: string;
  color: string;
}

/** A structure's short name on its colour; the full name is spoken and shown on hover. */
export function StructureBadge({ structure }: { structure: BadgeStructure }) {
  return (
    <span className="structure-badge" style={{ backgroundColor: structure.color, color: textColorOn(structure.color) }} title={structure.name}>
      <span aria-hidden="true">{structure.shortName}</span>
      <span className="visually-hidden">{structure.name}</span>
    </span>
  );
}
