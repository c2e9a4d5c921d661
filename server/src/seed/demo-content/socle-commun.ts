import { build } from '@cocon/shared';
import type { DemoDocument } from './types';

const { doc, h, p, ul, ol, callout, table } = build;

const diagnostic: DemoDocument = {
  title: "Diagnostic de l'offre de service",
  content: doc(
    p("Ce diagnostic, établi au lancement de l'Acte 3, mesure l'écart entre les services prévus depuis 2018 et ceux qui fonctionnent vraiment dans les 9 ESC."),
    h(2, 'Accès libre et en autonomie : non fonctionnel'),
    table(
      ['Service', 'Lieux où il fonctionne', 'Lieux concernés'],
      ['Wifi public aux normes', '2', '9'],
      ['Ordinateurs en libre-service', '3', '9'],
      ['Bornes CAF en libre-service', '3', '9'],
    ),
    p("Ces services existent depuis l'Acte 1. Faute de maintenance, ils ont mal fonctionné ou ont disparu. Le pilier est jugé **non fonctionnel**."),
    h(2, 'Accompagnement aux usages et formation : à améliorer'),
    ul(
      'Les formes de médiation sont bonnes et reconnues.',
      "Les catalogues d'ateliers ne sont pas mis en commun entre structures.",
      "L'inscription est à simplifier.",
      "L'axe reste trop faible par rapport à l'accès aux droits.",
      "La formation des professionnels progresse, freinée par la diversité des employeurs et par l'écart entre inscrits et présents.",
    ),
    h(2, 'Permanences démarches accompagnées : à améliorer'),
    p(
      "La demande augmente sans arrêt. Les moyens ne suffisent pas et aucune solution durable n'existe. Une grande part de l'aide porte sur les démarches en ligne de la préfecture, qui dépendent aussi de l'action des services de l'État.",
    ),
    callout('warning', "Priorité retenue : remettre en route les services en accès libre et en autonomie en six mois, d'ici juin 2024."),
  ),
};

const versions: DemoDocument = {
  title: 'Versions du socle commun',
  content: doc(
    p(
      "Le socle commun change chaque année pour tenir compte de ce que disent les habitants et les professionnels. Chaque version officielle est figée, puis archivée : on peut toujours la relire, l'imprimer et la comparer aux autres.",
    ),
    h(2, 'Calendrier'),
    table(
      ['Version', 'Préparation', 'En service', "D'où viennent les changements"],
      ['V1', 'Décembre 2023 – juin 2024', 'Juin 2024', 'Diagnostic partagé, propositions des coordinations ESC'],
      ['V2', 'Janvier – juin 2025', 'Juin 2025', 'Temps en quartier n°1, bilans 2024'],
      ['V3', 'Janvier – juin 2026', 'Juin 2026', 'Temps en quartier n°2, bilans 2025'],
    ),
    h(2, 'Comment une version est adoptée'),
    ol(
      'Le groupe numérique Acte 3 rédige la révision à partir des propositions retenues.',
      'Les référents numériques la relisent et la commentent au nom de leur structure.',
      'Le GT ESC la valide : elle devient la version officielle et ne bouge plus.',
      "Les périmètres d'intervention de chaque structure sont mis à jour en conséquence.",
    ),
  ),
};

/**
 * A line of the socle commun through its versions: its text in V1 (June 2024), V2 (June 2025) and the V3 draft;
 * null where it is not (yet, or any more) part of that version.
 */
type Line = [v1: string | null, v2: string | null, v3: string | null];
type Version = 1 | 2 | 3;
const since = (version: Version, text: string): Line => [version <= 1 ? text : null, version <= 2 ? text : null, text];

interface Pillar {
  title: string;
  purpose: string;
  lines: Line[];
}

const PILLARS: Pillar[] = [
  {
    title: '1. Accès libre et en autonomie',
    purpose: "Pour que chacun puisse faire seul, quand il le souhaite, ce qu'il sait déjà faire.",
    lines: [
      [
        "**Un wifi public** dans chaque ESC, pendant les heures d'ouverture.",
        "**Un wifi public aux normes** dans chaque ESC, pendant toutes les heures d'ouverture, avec un mode d'emploi affiché à l'accueil.",
        "**Un wifi public aux normes** dans chaque ESC, pendant toutes les heures d'ouverture, avec un mode d'emploi affiché à l'accueil.",
      ],
      [
        '**Un ordinateur en libre-service** par ESC.',
        '**Au moins un ordinateur en libre-service** par ESC, avec imprimante et scanner.',
        '**Au moins un ordinateur en libre-service** par ESC, avec imprimante et scanner, remis à zéro après chaque utilisation.',
      ],
      [
        '**Une borne CAF en état de marche** dans chaque ESC qui en est équipé.',
        '**Une borne CAF en état de marche** dans chaque ESC qui en est équipé ; toute panne est signalée au référent technique de la CAF.',
        '**Une borne CAF en état de marche** dans chaque ESC qui en est équipé ; toute panne est signalée au référent technique de la CAF.',
      ],
      // Asked for at the first temps en quartier, it sat with the permanences in V2 and belongs here since V3.
      since(3, "**Un affichage clair** à l'entrée : horaires, services du jour, personne à qui s'adresser."),
    ],
  },
  {
    title: '2. Accompagnement aux usages et formation',
    purpose: 'Pour apprendre à se servir du numérique, à son rythme.',
    lines: [
      [
        '**Un catalogue commun** des ateliers proposés dans les ESC, mis à jour chaque semestre.',
        '**Un catalogue commun** des ateliers proposés dans les ESC, mis à jour chaque trimestre, en ligne et sur papier.',
        '**Un catalogue commun** des ateliers proposés dans les ESC, mis à jour chaque trimestre, en ligne et sur papier.',
      ],
      since(2, "**Une inscription simple** : par téléphone, à l'accueil de n'importe quel ESC ou en ligne."),
      [
        '**Des ateliers de premiers pas** dans chaque ESC : utiliser un ordinateur, une messagerie.',
        '**Des ateliers de premiers pas** au moins une fois par mois dans chaque ESC : utiliser un ordinateur ou un téléphone, une messagerie, ses mots de passe.',
        '**Des ateliers de premiers pas** au moins une fois par mois dans chaque ESC : utiliser un ordinateur ou un téléphone, une messagerie, ses mots de passe.',
      ],
      since(3, "**Une porte vers l'autonomie** : à la fin d'une démarche accompagnée, on propose à la personne l'atelier qui l'aidera à la refaire seule."),
      [
        '**Des formations pour les professionnels**, ouvertes à tous les employeurs du dispositif.',
        '**Des formations pour les professionnels et les bénévoles**, ouvertes à tous les employeurs du dispositif.',
        '**Des formations pour les professionnels et les bénévoles**, ouvertes à tous les employeurs du dispositif.',
      ],
    ],
  },
  {
    title: '3. Permanences démarches accompagnées',
    purpose: 'Pour que personne ne renonce à un droit à cause du numérique.',
    lines: [
      [
        '**Au moins une permanence par semaine** dans chaque ESC, sur rendez-vous.',
        '**Au moins une permanence par semaine** dans chaque ESC, avec ou sans rendez-vous.',
        '**Au moins une permanence par semaine** dans chaque ESC, avec ou sans rendez-vous.',
      ],
      since(1, '**Une orientation partagée** : chaque structure sait quelles démarches elle prend en charge et vers qui orienter les autres.'),
      since(2, "**Faire avec la personne**, pas à sa place, chaque fois que c'est possible, en expliquant chaque étape."),
      [null, "**Un affichage clair** à l'entrée : horaires, services du jour, personne à qui s'adresser.", null],
      since(1, "**La confidentialité** : la personne garde ses identifiants et ses documents ; rien n'est conservé sur les postes."),
      since(3, '**Un relevé commun** des personnes reçues et des démarches, pour des statistiques partagées.'),
    ],
  },
];

const INTRO: Record<Version, string> = {
  1: 'Le socle commun sera révisé chaque année, à partir de ce que disent les habitants et les professionnels pendant les temps en quartier.',
  2: 'Le socle commun est révisé chaque année : V1 en juin 2024, V2 en juin 2025. Les idées recueillies pendant les temps en quartier nourrissent chaque révision.',
  3: 'Le socle commun est révisé chaque année : V1 en juin 2024, V2 en juin 2025, V3 en préparation. Les idées recueillies pendant les temps en quartier nourrissent chaque révision.',
};

/** The socle commun as it read in one of its versions. */
export function socleCommun(version: Version) {
  return doc(
    p(
      "Le socle commun est l'offre de service que **chaque ESC** s'engage à proposer, quel que soit le partenaire présent ce jour-là. Il est gratuit et ouvert à toute personne, sans condition.",
    ),
    callout('info', INTRO[version]),
    ...PILLARS.flatMap(({ title, purpose, lines }) => [
      h(2, title),
      p(purpose),
      ul(...lines.map((line) => line[version - 1]).filter((text): text is string => text !== null)),
    ]),
    h(2, "Ce que le socle commun n'est pas"),
    p(
      "Ce n'est pas un plafond. Chaque ESC peut proposer davantage selon les partenaires présents et les besoins du quartier. Le socle commun fixe ce qui doit exister partout.",
    ),
  );
}

export const socleCommunDocuments: DemoDocument[] = [
  {
    title: 'Socle commun',
    content: socleCommun(3),
    history: [
      {
        content: socleCommun(1),
        writtenBy: ['redaction@cocon.test', 'elodie.tanguy@cocon.test', 'thomas.legoff@cocon.test'],
        writtenAt: '2024-05-28T16:00:00+02:00',
        official: {
          label: 'Socle commun V1',
          slug: 'v1',
          effectiveDate: '2024-06-24',
          note: 'Première version, issue du diagnostic partagé et des propositions des coordinations ESC.',
          proposedBy: 'redaction@cocon.test',
          proposedAt: '2024-06-03T10:00:00+02:00',
          approvedBy: 'gt@cocon.test',
          approvedAt: '2024-06-20T15:30:00+02:00',
        },
      },
      {
        content: socleCommun(2),
        writtenBy: ['manon.riou@cocon.test', 'referent@cocon.test', 'samir.haddad@cocon.test'],
        writtenAt: '2025-05-30T11:00:00+02:00',
        official: {
          label: 'Socle commun V2',
          slug: 'v2',
          effectiveDate: '2025-06-23',
          note: 'Intègre les propositions retenues du temps en quartier n°1 et les bilans 2024.',
          proposedBy: 'manon.riou@cocon.test',
          proposedAt: '2025-06-04T09:30:00+02:00',
          approvedBy: 'bernard.rouxel@cocon.test',
          approvedAt: '2025-06-19T14:00:00+02:00',
        },
      },
      {
        content: socleCommun(3),
        writtenBy: ['redaction@cocon.test', 'karim.benali@cocon.test', 'pauline.nicol@cocon.test', 'fabrice.hamon@cocon.test'],
        writtenAt: '2026-11-20T17:00:00+01:00',
        official: {
          label: 'Socle commun V3',
          slug: 'v3',
          effectiveDate: '2027-01-04',
          note: 'Projet de V3 : propositions du temps en quartier n°2 et bilans 2025.',
          proposedBy: 'redaction@cocon.test',
          proposedAt: '2026-11-24T10:00:00+01:00',
        },
      },
    ],
    children: [diagnostic, versions],
  },
];
