import { ROLE_LABELS, ROLES, STRUCTURE_KIND_LABELS, STRUCTURE_KINDS } from '@cocon/shared/roles';
import type { SelectOption } from '../../../ui/Select';

export const roleOptions: SelectOption[] = ROLES.map((role) => ({ id: role, label: ROLE_LABELS[role] }));
export const kindOptions: SelectOption[] = STRUCTURE_KINDS.map((kind) => ({ id: kind, label: STRUCTURE_KIND_LABELS[kind] }));

export const structureOptions = (structures: { id: string; name: string; shortName: string }[]): SelectOption[] =>
  structures.map((structure) => ({
    id: structure.id,
    label: structure.name === structure.shortName ? structure.name : `${structure.name} (${structure.shortName})`,
  }));
