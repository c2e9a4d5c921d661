import { ROLES, type Role } from './roles';

/**
 * What each role may do: the one table the server enforces (through its policy guard) and the client
 * reads to decide which actions to show. `docs/permissions.md` is written from it
 * (`npm run docs:permissions -w server`) and a test fails when the two differ.
 *
 * Object-level rules come on top: an action on a document or a space also needs the right to read
 * that very space (its visibility), checked by the server on the object named in the call.
 */
export const ACTIONS = {
  'space.read': 'Lire un espace et ses documents (selon la visibilité de l’espace)',
  'space.readAll': 'Lire tous les espaces, quelle que soit leur visibilité',
  'space.manage': 'Créer, modifier et supprimer des espaces',
  'document.create': 'Créer un document',
  'document.edit': 'Renommer, déplacer et réordonner un document',
  'document.trash': 'Mettre un document à la corbeille',
  'document.restore': 'Voir la corbeille et restaurer un document',
  'document.purge': 'Supprimer définitivement un document de la corbeille',
  'structure.manage': 'Créer, modifier et supprimer des structures',
  'user.manage': 'Voir les comptes, changer le rôle ou la structure d’un compte, le désactiver',
  'invitation.manage': 'Inviter une personne, voir et annuler les invitations',
  'profile.update': 'Changer son propre nom et son mot de passe',
  'history.read': 'Lire l’historique d’un document : révisions, comparaisons, origine des paragraphes, versions officielles',
  'revision.name': 'Prendre une révision avec un nom, ou nommer une révision',
  'revision.restore': 'Restaurer une révision : son contenu redevient celui du document (une nouvelle révision le garde)',
  'version.propose': 'Proposer une version officielle d’un document, ou retirer une proposition',
  'version.approve': 'Valider une version officielle, ce qui la fige pour toujours',
  'comment.read': 'Lire les discussions des documents que l’on peut lire, leur synthèse par structure et son export',
  'comment.create': 'Commenter un document et répondre dans une discussion (l’espace peut réserver ce droit à certains rôles)',
  'comment.createAnywhere': 'Commenter dans tout espace que l’on peut lire, même quand l’espace réserve les commentaires à certains rôles',
  'comment.edit': 'Modifier ou supprimer ses propres commentaires',
  'thread.resolve': 'Marquer une discussion comme résolue ou la rouvrir : la sienne, ou toute discussion d’un espace où l’on peut écrire',
  'comment.moderate': 'Masquer un commentaire avec un motif gardé dans l’historique de modération, ou le rétablir',
  'notification.manage': 'Voir ses notifications, les marquer comme lues et choisir comment être prévenu',
  'mention.search': 'Chercher les personnes et les structures à mentionner dans un document',
} as const;

export type Action = keyof typeof ACTIONS;

/** `null` stands for the public: a person without an account. */
export type Actor = Role | null;

const EDITORS: Role[] = ['ADMIN', 'GT_ESC', 'GROUPE_NUMERIQUE', 'REFERENT_NUMERIQUE', 'REFERENT_TECHNIQUE'];
const EVERY_ACCOUNT: Role[] = [...ROLES];
/** Who may hide a comment (and show it again): the administrators and the steering group. */
const MODERATORS: Role[] = ['ADMIN', 'GT_ESC'];

const PERMISSIONS: Record<Action, { public: boolean; roles: readonly Role[] }> = {
  'space.read': { public: true, roles: EVERY_ACCOUNT },
  // The administrators keep every space running, restricted ones included.
  'space.readAll': { public: false, roles: ['ADMIN'] },
  'space.manage': { public: false, roles: ['ADMIN'] },
  'document.create': { public: false, roles: EDITORS },
  'document.edit': { public: false, roles: EDITORS },
  'document.trash': { public: false, roles: EDITORS },
  'document.restore': { public: false, roles: EDITORS },
  'document.purge': { public: false, roles: ['ADMIN'] },
  'structure.manage': { public: false, roles: ['ADMIN'] },
  'user.manage': { public: false, roles: ['ADMIN'] },
  'invitation.manage': { public: false, roles: ['ADMIN'] },
  'profile.update': { public: false, roles: EVERY_ACCOUNT },
  // People without an account read the history of what they may read; authors' names stay hidden from them.
  'history.read': { public: true, roles: EVERY_ACCOUNT },
  'revision.name': { public: false, roles: EDITORS },
  'revision.restore': { public: false, roles: EDITORS },
  // The Groupe numérique writes the versions, the GT ESC decides: no one else, administrators included.
  'version.propose': { public: false, roles: ['GROUPE_NUMERIQUE', 'GT_ESC'] },
  'version.approve': { public: false, roles: ['GT_ESC'] },
  'comment.read': { public: false, roles: EVERY_ACCOUNT },
  'comment.create': { public: false, roles: EVERY_ACCOUNT },
  'comment.createAnywhere': { public: false, roles: ['ADMIN'] },
  'comment.edit': { public: false, roles: EVERY_ACCOUNT },
  'thread.resolve': { public: false, roles: EVERY_ACCOUNT },
  'comment.moderate': { public: false, roles: MODERATORS },
  'notification.manage': { public: false, roles: EVERY_ACCOUNT },
  // The list of people is for accounts: a visitor does not learn who works where.
  'mention.search': { public: false, roles: EVERY_ACCOUNT },
};

export function roleCan(actor: Actor, action: Action): boolean {
  const rule = PERMISSIONS[action];
  return actor === null ? rule.public : rule.roles.includes(actor);
}

/** Every action a role (or the public) may perform, for the client and the documentation. */
export function allowedActions(actor: Actor): Action[] {
  return (Object.keys(ACTIONS) as Action[]).filter((action) => roleCan(actor, action));
}
