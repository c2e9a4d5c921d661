/** The roles an account can hold. The public (no account) is not a role: it is `null`. */
export const ROLES = ['ADMIN', 'GT_ESC', 'GROUPE_NUMERIQUE', 'REFERENT_NUMERIQUE', 'REFERENT_TECHNIQUE', 'MEMBRE'] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: 'Administrateur',
  GT_ESC: 'GT ESC',
  GROUPE_NUMERIQUE: 'Groupe numérique',
  REFERENT_NUMERIQUE: 'Référent numérique',
  REFERENT_TECHNIQUE: 'Référent technique',
  MEMBRE: 'Membre',
};

export const STRUCTURE_KINDS = ['CCAS', 'CAF', 'DEPARTEMENT', 'VILLE', 'ASSOCIATION', 'AUTRE'] as const;
export type StructureKind = (typeof STRUCTURE_KINDS)[number];

export const STRUCTURE_KIND_LABELS: Record<StructureKind, string> = {
  CCAS: 'CCAS',
  CAF: 'CAF',
  DEPARTEMENT: 'Département',
  VILLE: 'Ville',
  ASSOCIATION: 'Association',
  AUTRE: 'Autre',
};

export const SPACE_VISIBILITIES = ['PUBLIC', 'MEMBERS', 'RESTRICTED'] as const;
export type SpaceVisibility = (typeof SPACE_VISIBILITIES)[number];

export const SPACE_VISIBILITY_LABELS: Record<SpaceVisibility, string> = {
  PUBLIC: 'Public : lisible par tout le monde, sans compte',
  MEMBERS: 'Membres : lisible par toutes les personnes qui ont un compte',
  RESTRICTED: 'Restreint : lisible par les rôles ou structures choisis',
};
