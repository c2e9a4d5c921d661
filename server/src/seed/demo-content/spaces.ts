import { build } from '@cocon/shared';
import { communsDocuments } from './communs';
import { consultationDocuments } from './consultations';
import { masterDocument } from './master-document';
import { meetingDocuments } from './meetings';
import { socleCommunDocuments } from './socle-commun';
import type { DemoDocument, DemoSpace } from './types';

const { doc, h, p, ul, ol, callout, table } = build;

const roadmap: DemoDocument = {
  title: 'Feuille de route 2023–2026',
  content: doc(
    p(
      'Chaque année suit le même rythme : une phase de préparation au premier semestre, une version du socle commun en service en juin, puis des consultations et des bilans au second semestre.',
    ),
    table(
      ['Période', 'Phase', 'Repère'],
      ['Décembre 2023 – juin 2024', "Phase d'amélioration", 'Socle commun V1 redéfini'],
      ['Juin 2024', 'Fonctionnement en version 1', 'Temps en quartier n°1'],
      ['Juillet – décembre 2024', 'Consultations et bilans', 'Bilans annuels'],
      ['Janvier – juin 2025', 'Consultation', 'Révision V2, temps en quartier n°2'],
      ['Juin 2025', 'Fonctionnement en version 2', 'Socle commun V2 en service'],
      ['Juillet – décembre 2025', 'Consultations et bilans', 'Bilans'],
      ['Janvier – juin 2026', 'Consultation', 'Révision V3, temps en quartier n°3'],
      ['Juin 2026', 'Fonctionnement en version 3', 'Socle commun V3 en service'],
      ['Juillet – décembre 2026', 'Consultations et bilans', "Bilan de l'Acte 3"],
    ),
    h(2, '2023–2024'),
    h(3, "Décembre 2023 – juin 2024 : phase d'amélioration"),
    ul(
      'Redéfinir le socle commun, puis le mettre en place',
      'Mettre en place la gouvernance améliorée',
      "Préciser les périmètres d'intervention de chacun",
      'Construire le tableau budgétaire commun',
      'Préparer le premier temps en quartier',
    ),
    h(3, 'Juin 2024 : fonctionnement en version 1'),
    ul(
      'Premier temps en quartier',
      'Partage des bureaux dans les ESC et des outils de communication',
      'Utilisation de Portrea',
      'Objectif : partager 30 à 50 % des espaces-temps disponibles',
    ),
    h(3, 'Juillet – décembre 2024 : consultations et bilans'),
    ul('Bilans annuels', "Demandes d'investissement", "Temps de création et d'action, par exemple un hackathon social", 'Mise à jour de Portrea'),
    h(2, '2025'),
    h(3, 'Janvier – juin 2025 : consultation'),
    ul(
      'Révision du socle commun (V2) et mise en place',
      "Mise à jour des périmètres d'intervention",
      'Supports papier issus de Portrea, réalisés et diffusés',
      'Temps en quartier n°2',
    ),
    h(3, 'Juin 2025 : fonctionnement en version 2'),
    ul('Socle commun V2 en service', 'Partage des outils élargi à tous les partenaires', 'Objectif : partager 100 % des espaces-temps disponibles'),
    h(3, 'Juillet – décembre 2025 : consultations et bilans'),
    ul('Bilans', "Temps annuel de création et d'action", 'Mise à jour de Portrea'),
    h(2, '2026'),
    h(3, 'Janvier – juin 2026 : consultation'),
    ul('Révision du socle commun (V3) et mise en place', "Mise à jour des périmètres d'intervention", 'Temps en quartier n°3'),
    h(3, 'Juin 2026 : fonctionnement en version 3'),
    ul('Socle commun V3 en service', 'Objectif : étendre les espaces-temps disponibles'),
    h(3, 'Juillet – décembre 2026 : consultations et bilans'),
    ul('Bilans', "Temps annuel de création et d'action", 'Actualisation de Portrea'),
  ),
};

const contributions: DemoDocument = {
  title: 'Tableau des contributions des structures',
  content: doc(
    p(
      "Ce tableau rend visible ce que chaque structure apporte au dispositif. C'est la première étape d'un budget commun lisible. Chaque référent numérique tient à jour la ligne de sa structure.",
    ),
    table(
      ['Structure', 'Personnes', 'Lieux et espaces-temps', 'Matériel et outils', 'Engagement Acte 3'],
      ['CCAS', '3 médiateurs, dont 2 conseillers numériques', 'Permanences dans les 9 ESC', "Guide de l'accueil numérique", 'Coordonner le groupe numérique'],
      ['CAF', '1 conseiller numérique', 'Rendez-vous dans 5 ESC', 'Bornes en libre-service (3 sites)', 'Remettre en service toutes les bornes'],
      [
        'Département',
        '2 travailleurs sociaux formés',
        '3 demi-journées partageables par semaine',
        'Ordinateurs portables à prêter',
        'Former les professionnels',
      ],
      [
        'Ville',
        '1 chargée de mission inclusion numérique',
        'Locaux des ESC, salles de réunion',
        'Wifi public (2 sites aux normes)',
        'Remettre le wifi aux normes dans les 9 ESC',
      ],
      ['Clés du clic', '2 salariés, 12 bénévoles', 'Ateliers dans 3 ESC', '10 ordinateurs reconditionnés', 'Tenir le catalogue commun des ateliers'],
      ['Écrans & Voisins', '8 bénévoles', 'Aller-vers au pied des immeubles', 'Tablettes mobiles', "Développer l'aller-vers"],
      ['Bidouille', '1 animateur, 6 bénévoles', 'Atelier de réparation mensuel', 'Boîte à outils de la médiation', 'Maintenir les postes en libre-service'],
      ["Parole d'Habitants", '2 animatrices', 'Temps en quartier', "Supports d'animation", 'Co-animer les temps en quartier'],
      ['France services', '2 conseillers', 'Permanences dans 3 ESC', 'Accès Aidants Connect', 'Partager ses créneaux libres'],
    ),
    h(2, 'Comment lire ce tableau'),
    ul(
      'Les chiffres sont déclarés par chaque structure et datés du dernier bilan.',
      'Une case vide veut dire « pas encore renseigné », pas « aucune contribution ».',
    ),
  ),
};

const gtDecisions: DemoDocument = {
  title: 'Relevé de décisions du GT ESC',
  content: doc(
    callout('warning', 'Document réservé aux membres du GT ESC.'),
    h(2, 'Séance du 7 décembre 2023'),
    ol(
      "La phase d'amélioration est lancée, de décembre 2023 à juin 2024.",
      'Deux groupes de travail opérationnels sont créés : le groupe numérique Acte 3 pour le projet, le groupe des référents techniques pour la remise à niveau technique et informatique.',
      'Chaque structure désigne un référent numérique et un référent technique avant le 31 décembre 2023.',
      "Le principe d'un budget commun est retenu ; le tableau des contributions en est la première étape.",
      "Deux temps de consultation par an : un temps en quartier et une journée de co-construction à l'échelle de la ville.",
    ),
    h(3, 'En attente'),
    ul("Avis politique sur l'enquête relative aux services et outils sur site.", 'Postes supplémentaires : à réexaminer au premier bilan annuel.'),
    h(2, 'Séance du 13 juin 2024'),
    ol(
      'Le socle commun V1 est validé et devient la version officielle.',
      'Le partage des bureaux dans les ESC démarre en juillet, avec pour objectif 30 à 50 % des espaces-temps disponibles.',
      'Le premier temps en quartier est confirmé pour la fin du mois de juin 2024.',
    ),
  ),
};

export const spaces: DemoSpace[] = [
  {
    slug: 'acte-3',
    name: 'Acte 3',
    description: "Le document maître de l'Acte 3, la feuille de route et les contributions de chaque structure.",
    visibility: 'MEMBERS',
    documents: [masterDocument, roadmap, contributions],
  },
  {
    slug: 'socle-commun',
    name: 'Socle commun',
    description: "Les services que chaque Espace Social Commun de Rennes s'engage à proposer à tous.",
    visibility: 'PUBLIC',
    documents: socleCommunDocuments,
  },
  {
    slug: 'rencontres',
    name: 'Rencontres',
    description: 'Les ordres du jour et comptes rendus des rencontres du groupe numérique Acte 3.',
    visibility: 'MEMBERS',
    documents: meetingDocuments,
  },
  {
    slug: 'consultations',
    name: 'Consultations',
    description: 'Les temps en quartier et la journée de co-construction, pour proposer vos idées.',
    visibility: 'PUBLIC',
    documents: consultationDocuments,
  },
  {
    slug: 'communs',
    name: 'Communs de médiation',
    description: 'Les guides, outils et catalogues partagés entre les structures du dispositif.',
    visibility: 'MEMBERS',
    documents: communsDocuments,
  },
  {
    slug: 'gt-esc',
    name: 'GT ESC — pilotage',
    description: 'Les décisions du groupe de pilotage, réservées à ses membres.',
    visibility: 'RESTRICTED',
    allowedRoles: ['GT_ESC'],
    documents: [gtDecisions],
  },
];
