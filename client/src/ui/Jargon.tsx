import { ROLE_LABELS, type Role } from '@cocon/shared/roles';
import type { ReactNode } from 'react';

/** The programme's own words, said plainly: on hovering them, and in the list of the home page. */
export const GLOSSARY = {
  ESC: 'Espaces Sociaux Communs : les 9 lieux de Rennes que partagent le CCAS, le Département, la CAF et des associations.',
  'GT ESC': 'Groupe de travail des ESC : il pilote le dispositif, valide et fige les versions officielles, clôt les consultations.',
  'Socle commun': 'Les services que chaque ESC s’engage à proposer à toute personne, revus chaque année (V1 en 2024, V2 en 2025, V3 en 2026).',
} as const;

export type JargonTerm = keyof typeof GLOSSARY;

/** A word of the programme with its meaning as a tooltip (the title of an abbr, read by screen readers too). */
export function Jargon({ term, children }: { term: JargonTerm; children?: ReactNode }) {
  return (
    <abbr className="jargon" title={GLOSSARY[term]}>
      {children ?? term}
    </abbr>
  );
}

/** A role's name; « GT ESC » comes with its meaning. */
export function RoleName({ role }: { role: Role }) {
  const label = ROLE_LABELS[role];
  return label in GLOSSARY ? <Jargon term={label as JargonTerm} /> : <>{label}</>;
}
