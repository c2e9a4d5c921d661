import { build } from '@cocon/shared';
import type { DemoDocument } from './types';

const { doc, h, p, ul, ol, callout, table } = build;

const diagnostic: DemoDocument = {
  title: "Diagnostic de l'offre de service",
  content: doc(
    p(
      "Ce diagnostic, établi au lancement de l'Acte 3, mesure l'écart entre les services prévus depuis 2018 et ceux qui fonctionnent vraiment dans les 9 ESC.",
    ),
    h(2, 'Accès libre et en autonomie : non fonctionnel'),
    table(
      ['Service', 'Lieux où il fonctionne', 'Lieux concernés'],
      ['Wifi public aux normes', '2', '9'],
      ['Ordinateurs en libre-service', '3', '9'],
      ['Bornes CAF en libre-service', '3', '9'],
    ),
    p(
      "Ces services existent depuis l'Acte 1. Faute de maintenance, ils ont mal fonctionné ou ont disparu. Le pilier est jugé **non fonctionnel**.",
    ),
    h(2, 'Accompagnement aux usages et formation : à améliorer'),
    ul(
      'Les formes de médiation sont bonnes et reconnues.',
      "Les catalogues d'ateliers ne sont pas mis en commun entre structures.",
      "L'inscription est à simplifier.",
      "L'axe reste trop faible par rapport à l'accès aux droits.",
      'La formation des professionnels progresse, freinée par la diversité des employeurs et par l\'écart entre inscrits et présents.',
    ),
    h(2, 'Permanences démarches accompagnées : à améliorer'),
    p(
      "La demande augmente sans arrêt. Les moyens ne suffisent pas et aucune solution durable n'existe. Une grande part de l'aide porte sur les démarches en ligne de la préfecture, qui dépendent aussi de l'action des services de l'État.",
    ),
    callout(
      'warning',
      "Priorité retenue : remettre en route les services en accès libre et en autonomie en six mois, d'ici juin 2024.",
    ),
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
    h(2, "Comment une version est adoptée"),
    ol(
      'Le groupe numérique Acte 3 rédige la révision à partir des propositions retenues.',
      'Les référents numériques la relisent et la commentent au nom de leur structure.',
      'Le GT ESC la valide : elle devient la version officielle et ne bouge plus.',
      'Les périmètres d\'intervention de chaque structure sont mis à jour en conséquence.',
    ),
  ),
};

export const socleCommunDocuments: DemoDocument[] = [
  {
    title: 'Socle commun',
    content: doc(
      p(
        "Le socle commun est l'offre de service que **chaque ESC** s'engage à proposer, quel que soit le partenaire présent ce jour-là. Il est gratuit et ouvert à toute personne, sans condition.",
      ),
      callout(
        'info',
        'Le socle commun est révisé chaque année : V1 en juin 2024, V2 en juin 2025, V3 en juin 2026. Les idées recueillies pendant les temps en quartier nourrissent chaque révision.',
      ),
      h(2, '1. Accès libre et en autonomie'),
      p("Pour que chacun puisse faire seul, quand il le souhaite, ce qu'il sait déjà faire."),
      ul(
        "**Un wifi public aux normes** dans chaque ESC, pendant toutes les heures d'ouverture, avec un mode d'emploi affiché à l'accueil.",
        '**Au moins un ordinateur en libre-service** par ESC, avec imprimante et scanner, remis à zéro après chaque utilisation.',
        "**Une borne CAF en état de marche** dans chaque ESC qui en est équipé ; toute panne est signalée au référent technique de la CAF.",
        "**Un affichage clair** à l'entrée : horaires, services du jour, personne à qui s'adresser.",
      ),
      h(2, '2. Accompagnement aux usages et formation'),
      p('Pour apprendre à se servir du numérique, à son rythme.'),
      ul(
        '**Un catalogue commun** des ateliers proposés dans les ESC, mis à jour chaque trimestre, en ligne et sur papier.',
        "**Une inscription simple** : par téléphone, à l'accueil de n'importe quel ESC ou en ligne.",
        '**Des ateliers de premiers pas** au moins une fois par mois dans chaque ESC : utiliser un ordinateur ou un téléphone, une messagerie, ses mots de passe.',
        "**Une porte vers l'autonomie** : à la fin d'une démarche accompagnée, on propose à la personne l'atelier qui l'aidera à la refaire seule.",
        '**Des formations pour les professionnels et les bénévoles**, ouvertes à tous les employeurs du dispositif.',
      ),
      h(2, '3. Permanences démarches accompagnées'),
      p("Pour que personne ne renonce à un droit à cause du numérique."),
      ul(
        '**Au moins une permanence par semaine** dans chaque ESC, avec ou sans rendez-vous.',
        "**Une orientation partagée** : chaque structure sait quelles démarches elle prend en charge et vers qui orienter les autres.",
        "**Faire avec la personne**, pas à sa place, chaque fois que c'est possible, en expliquant chaque étape.",
        '**La confidentialité** : la personne garde ses identifiants et ses documents ; rien n\'est conservé sur les postes.',
        '**Un relevé commun** des personnes reçues et des démarches, pour des statistiques partagées.',
      ),
      h(2, "Ce que le socle commun n'est pas"),
      p(
        "Ce n'est pas un plafond. Chaque ESC peut proposer davantage selon les partenaires présents et les besoins du quartier. Le socle commun fixe ce qui doit exister partout.",
      ),
    ),
    children: [diagnostic, versions],
  },
];
