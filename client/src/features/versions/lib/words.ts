import type { DocumentEventKind, OfficialVersionAction, RevisionCause } from '../../../gql/graphql';

/** "1 ajout", "4 ajouts": in French, 0 and 1 take the singular. */
export function count(value: number, singular: string, plural = `${singular}s`): string {
  return `${value} ${Math.abs(value) <= 1 ? singular : plural}`;
}

/** Joins the parts of a list the French way: "a, b et c". */
export function joinWords(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} et ${parts[parts.length - 1]}`;
}

/** Why a revision was taken, said to people. */
export function causeText(cause: RevisionCause, restoredFromNumber: number | null): string {
  switch (cause) {
    case 'QUIET':
      return 'Prise automatiquement après quelques minutes sans modification';
    case 'INTERVAL':
      return 'Prise automatiquement pendant une longue séance d’écriture';
    case 'LAST_EDITOR_LEFT':
      return 'Prise quand la dernière personne a quitté le document';
    case 'NAMED':
      return 'Prise à la demande, avec un nom';
    case 'RESTORE':
      return restoredFromNumber ? `Retour au texte de la révision ${restoredFromNumber}` : 'Retour à un texte plus ancien';
    case 'OFFICIAL':
      return 'Prise pour une proposition de version officielle';
    case 'IMPORT':
      return 'Texte de départ, repris dans Cocon';
  }
}

export const EVENT_ACTIONS: Record<OfficialVersionAction, string> = {
  PROPOSED: 'Proposée',
  APPROVED: 'Validée par le GT ESC',
  WITHDRAWN: 'Proposition retirée',
};

/** A change of title, place or trash, in one sentence. */
export function documentEventText(kind: DocumentEventKind, before: string | null, after: string | null): string {
  switch (kind) {
    case 'CREATED':
      return after ? `Document créé sous le titre « ${after} »` : 'Document créé';
    case 'RENAMED':
      return `Renommé : « ${before ?? ''} » devient « ${after ?? ''} »`;
    case 'MOVED':
      return before === after ? `Changé de place (${after ?? ''})` : `Déplacé : ${lowerFirst(before ?? '')} → ${lowerFirst(after ?? '')}`;
    case 'TRASHED':
      return 'Mis à la corbeille';
    case 'RESTORED':
      return after ? `Sorti de la corbeille et rangé au ${lowerFirst(after)}` : 'Sorti de la corbeille';
  }
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** "+120 mots, −30 mots", with true minus signs; nothing when no word changed. */
export function wordChanges(added: number, removed: number): string {
  const parts: string[] = [];
  if (added) parts.push(`+${count(added, 'mot')}`);
  if (removed) parts.push(`−${count(removed, 'mot')}`);
  return parts.join(', ');
}

/** The same, as a screen reader should say it. */
export function wordChangesSpoken(added: number, removed: number): string {
  const parts: string[] = [];
  if (added) parts.push(`${count(added, 'mot ajouté', 'mots ajoutés')}`);
  if (removed) parts.push(`${count(removed, 'mot supprimé', 'mots supprimés')}`);
  return parts.join(', ');
}
