import { build } from '@cocon/shared';
import type { DemoDocument } from './types';

const { doc, h, p, ul, callout, table } = build;

// Each resource opens with its owner: a commun belongs to one structure and is reused by all.
const owner = (structure: string, contact: string) =>
  callout('info', `**Structure propriétaire** : ${structure}. ${contact} Réutilisation libre par toutes les structures du dispositif.`);

export const communsDocuments: DemoDocument[] = [
  {
    title: "Guide de l'accueil numérique en ESC",
    content: doc(
      owner('CCAS de Rennes', 'Mise à jour par la référente numérique du CCAS.'),
      h(2, 'Accueillir'),
      ul(
        "Se présenter et dire ce que l'ESC peut faire aujourd'hui.",
        "Demander ce que la personne veut faire, pas ce qu'elle ne sait pas faire.",
        "Proposer de s'asseoir côte à côte, devant le même écran.",
      ),
      h(2, 'Orienter'),
      table(
        ['La personne veut…', 'On lui propose…'],
        ['Utiliser un ordinateur seule', "Le poste en libre-service de l'ESC"],
        ['Apprendre à se servir du numérique', 'Un atelier du catalogue commun'],
        ['Faire une démarche CAF', 'La borne CAF ou la permanence CAF'],
        ['Faire une démarche auprès de la préfecture', 'La permanence démarches accompagnées, sur rendez-vous'],
        ['Être accompagnée dans la durée', 'Un rendez-vous avec un travailleur social'],
      ),
      h(2, 'Les bons réflexes'),
      ul(
        "**Faire avec**, pas à la place, chaque fois que c'est possible.",
        "Ne jamais noter ni garder le mot de passe d'une personne.",
        'Se déconnecter et effacer les fichiers après chaque session.',
        "Proposer, à la fin, l'atelier qui aidera la personne à refaire seule la démarche.",
      ),
    ),
  },
  {
    title: 'Boîte à outils de la médiation numérique',
    content: doc(
      owner('Bidouille et Partage', "Mise à jour par le référent numérique de l'association."),
      p("Les outils que les médiateurs du dispositif utilisent le plus, avec ce qu'il faut savoir avant de s'en servir."),
      table(
        ['Outil', 'À quoi il sert', 'À savoir'],
        ['Aidants Connect', "Faire une démarche en ligne pour le compte d'une personne, de façon sécurisée.", 'Réservé aux aidants professionnels habilités.'],
        ['FranceConnect', "Se connecter aux services publics avec un compte qu'on a déjà.", 'Vérifier que la personne connaît ses identifiants.'],
        ['Pix', 'Évaluer et certifier ses compétences numériques.', 'Utile pour choisir le bon atelier.'],
        ['Fiches pas à pas', 'Guider une démarche courante, étape par étape, sur papier.', 'À imprimer en gros caractères.'],
        ['Agenda partagé des espaces-temps', 'Voir et réserver les créneaux libres dans les ESC.', 'Tenu à jour par chaque référent numérique.'],
      ),
      h(2, 'Proposer un outil'),
      p(
        "Un outil vous rend service ? Décrivez-le dans une discussion sur cette page : à quoi il sert, pour quel public, ce qu'il coûte. Le groupe numérique l'ajoute après essai.",
      ),
    ),
  },
  {
    title: 'Catalogue des ateliers et formations 2024',
    content: doc(
      owner('Les Clés du clic', 'Les autres structures y ajoutent leurs sessions.'),
      h(2, 'Ateliers pour les habitants'),
      table(
        ['Atelier', 'Niveau', 'Durée', 'Où'],
        ['Premiers pas sur ordinateur', 'Débutant', '4 séances de 2 h', 'ESC Le Blosne, ESC Bréquigny'],
        ['Mon téléphone au quotidien', 'Débutant', '2 séances de 2 h', 'Tous les ESC, à tour de rôle'],
        ['Mes comptes en ligne (CAF, ameli, impôts)', 'Intermédiaire', '3 séances de 2 h', 'ESC Champs-Manceaux'],
        ['Repérer les arnaques', 'Tous niveaux', '1 séance de 2 h', 'ESC Villejean, ESC Cleunay'],
      ),
      h(2, 'Formations pour les professionnels et les bénévoles'),
      table(
        ['Formation', 'Public', 'Durée'],
        ["Repérer les difficultés numériques à l'accueil", "Agents d'accueil, travailleurs sociaux", '1 journée'],
        ['Accompagner sans faire à la place', 'Médiateurs, bénévoles', '2 demi-journées'],
        ['Aidants Connect : prise en main', 'Professionnels habilités', '1 demi-journée'],
      ),
      h(2, "S'inscrire"),
      p("Par téléphone, à l'accueil de n'importe quel ESC ou en ligne. Une personne qui s'inscrit reçoit un rappel la veille."),
    ),
  },
];
