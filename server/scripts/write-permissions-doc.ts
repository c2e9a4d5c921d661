/**
 * Writes docs/permissions.md (who may do what, in French) from the permission table of @cocon/shared:
 *   npm run docs:permissions -w server
 * A test fails when the committed file differs from what this script writes, or when server/schema.gql has a
 * mutation that MUTATION_ACTIONS does not name; the permission tests call every mutation with the action given here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ACTIONS, ROLES, ROLE_LABELS, SPACE_VISIBILITIES, SPACE_VISIBILITY_LABELS, roleCan, type Action } from '@cocon/shared';

export const PERMISSIONS_DOC = path.resolve(__dirname, '../../docs/permissions.md');

/** The action each GraphQL mutation declares with @Authorize; null for the ones open to everyone (@Public). */
export const MUTATION_ACTIONS: Record<string, Action | null> = {
  login: null,
  logout: null,
  acceptInvitation: null,
  requestPasswordReset: null,
  resetPassword: null,
  createSpace: 'space.manage',
  updateSpace: 'space.manage',
  deleteSpace: 'space.manage',
  createDocument: 'document.create',
  renameDocument: 'document.edit',
  moveDocument: 'document.edit',
  trashDocument: 'document.trash',
  restoreDocument: 'document.restore',
  purgeDocument: 'document.purge',
  createStructure: 'structure.manage',
  updateStructure: 'structure.manage',
  deleteStructure: 'structure.manage',
  updateUser: 'user.manage',
  createPasswordResetLink: 'user.manage',
  inviteUser: 'invitation.manage',
  revokeInvitation: 'invitation.manage',
  updateProfile: 'profile.update',
  changePassword: 'profile.update',
  createNamedRevision: 'revision.name',
  nameRevision: 'revision.name',
  restoreRevision: 'revision.restore',
  proposeOfficialVersion: 'version.propose',
  approveOfficialVersion: 'version.approve',
  withdrawOfficialVersion: 'version.propose',
  createThread: 'comment.create',
  replyToThread: 'comment.create',
  editComment: 'comment.edit',
  deleteComment: 'comment.edit',
  resolveThread: 'thread.resolve',
  reopenThread: 'thread.resolve',
  hideComment: 'comment.moderate',
  unhideComment: 'comment.moderate',
  markNotificationRead: 'notification.manage',
  markAllNotificationsRead: 'notification.manage',
  updateNotificationSettings: 'notification.manage',
};

const yesNo = (allowed: boolean) => (allowed ? 'oui' : 'non');

/** The roles that hold an action, by their French names, from the table. */
const holders = (action: Action) =>
  ROLES.filter((role) => roleCan(role, action))
    .map((role) => ROLE_LABELS[role])
    .join(', ');
const row = (cells: string[]) => `| ${cells.join(' | ')} |`;

function intro(): string[] {
  return [
    '# Qui peut faire quoi dans Cocon',
    '',
    '<!-- Écrit par `npm run docs:permissions -w server` à partir de shared/src/permissions.ts : ne pas modifier à la main. -->',
    '',
    'Chaque compte a un rôle et appartient à une structure partenaire. Les rôles : ' +
      `${ROLES.map((role) => `${ROLE_LABELS[role]} (\`${role}\`)`).join(', ')}.`,
    'Le **public** désigne une personne sans compte.',
    '',
    'Le tableau ci-dessous dit ce que chaque rôle peut faire. Des règles portant sur les objets eux-mêmes s’y ajoutent :',
    '',
    `- **Visibilité des espaces.** Chaque espace a l’une de ces visibilités ; les rôles qui ont \`space.readAll\` (${holders('space.readAll')}) lisent tous les espaces.`,
    ...SPACE_VISIBILITIES.map((visibility) => `  - ${SPACE_VISIBILITY_LABELS[visibility]} (\`${visibility}\`).`),
    '- **Le droit sur chaque objet.** Agir sur un document ou un espace demande en plus de pouvoir lire cet espace-là :',
    '  le serveur vérifie ce droit sur chaque objet nommé dans la demande (le document, son nouveau parent, l’espace).',
    '- **Introuvable plutôt qu’interdit.** Ce qu’une personne ne peut pas lire lui répond « introuvable » (`NOT_FOUND`),',
    '  avec le même message que ce qui n’existe pas, jamais « interdit » : rien ne laisse deviner qu’un espace ou un',
    '  document restreint existe, ni son titre.',
    '- **Interdit ou connexion demandée.** Une action que le rôle ne permet pas répond « interdit » (`FORBIDDEN`) ; pour le',
    '  public, elle répond qu’il faut se connecter (`UNAUTHENTICATED`).',
    '- **Son propre compte.** Personne ne change son propre rôle, sa structure ni l’état de son compte (désactivation),',
    '  pas même un administrateur : un autre administrateur s’en charge. Chacun change son nom et son mot de passe.',
    '- **Noms des auteurs.** Le public lit le contenu des espaces publics sans les noms des personnes qui l’ont écrit.',
    '- **Corbeille.** Un document mis à la corbeille n’est visible que des personnes qui peuvent le restaurer : son contenu,',
    '  ses révisions et leurs comparaisons, l’origine de ses paragraphes, ses versions officielles, ses discussions, ses',
    '  images et les personnes à y mentionner répondent aux autres « introuvable », comme un document qui n’existe pas.',
    '- **Adresses e-mail.** L’adresse d’une personne n’est visible que d’elle-même et de qui gère les comptes',
    '  (`user.manage`) ; son nom et sa structure restent visibles des personnes qui ont un compte.',
    '- **Une seule porte.** Les adresses HTTP hors GraphQL (images, export CSV des discussions) passent par les mêmes',
    '  règles et répondent les mêmes codes et messages.',
    '- **Versions officielles.** Une version validée par le GT ESC est figée : personne ne peut plus la modifier ni la',
    '  supprimer, pas même un administrateur (la base de données le refuse aussi). Restaurer une révision ajoute une',
    '  révision nouvelle : aucune révision n’est jamais réécrite.',
    '- **Discussions.** Les commentaires se lisent avec un compte, là où on peut lire le document. Un espace peut réserver',
    `  le droit de commenter à certains rôles (ceux qui ont \`comment.createAnywhere\`, ${holders('comment.createAnywhere')}, commentent toujours).`,
    '  Seul l’auteur d’un commentaire le modifie ou le supprime. Une discussion se marque comme résolue (ou se rouvre)',
    '  par la personne qui l’a ouverte et par celles qui peuvent écrire dans l’espace. Le motif d’un commentaire masqué',
    '  reste dans l’historique de modération.',
    '',
  ];
}

function actionTable(): string[] {
  const actions = Object.keys(ACTIONS) as Action[];
  return [
    '## Les actions par rôle',
    '',
    row(['Action', ...ROLES.map((role) => ROLE_LABELS[role]), 'Public']),
    row(Array(ROLES.length + 2).fill('---')),
    ...actions.map((action) => row([`${ACTIONS[action]} (\`${action}\`)`, ...ROLES.map((role) => yesNo(roleCan(role, action))), yesNo(roleCan(null, action))])),
    '',
  ];
}

function mutationList(): string[] {
  const order = [null, ...Object.keys(ACTIONS)];
  const mutations = Object.entries(MUTATION_ACTIONS).sort(
    ([nameA, actionA], [nameB, actionB]) => order.indexOf(actionA) - order.indexOf(actionB) || nameA.localeCompare(nameB),
  );
  return [
    '## Les mutations GraphQL et l’action que chacune demande',
    '',
    row(['Mutation', 'Action demandée']),
    row(['---', '---']),
    ...mutations.map(([name, action]) => row([`\`${name}\``, action ? `\`${action}\` : ${ACTIONS[action]}` : 'aucune : ouverte à tous, avec ou sans compte'])),
    '',
  ];
}

/** The whole text of docs/permissions.md. */
export function permissionsDoc(): string {
  return [...intro(), ...actionTable(), ...mutationList()].join('\n');
}

if (require.main === module) {
  fs.writeFileSync(PERMISSIONS_DOC, permissionsDoc());
  console.log(`Written ${PERMISSIONS_DOC}`);
}
