import { build } from '@cocon/shared';
import type { DemoDocument } from './types';

const { doc, h, p, ul, ol, callout, table } = build;

const fondamentaux: DemoDocument = {
  title: 'Fondamentaux',
  content: doc(
    h(2, 'Le besoin auquel nous répondons'),
    p(
      "Le numérique est partout dans la vie quotidienne, et pourtant **16 millions de personnes** en France ont du mal à s'en servir (ANCT, 2022). C'est ce qu'on appelle l'illectronisme.",
    ),
    p(
      "Cette difficulté pèse d'abord sur l'accès aux droits. Quand les démarches passent en ligne, les personnes les plus exposées, souvent dans les quartiers prioritaires, risquent de renoncer à ce qui leur revient.",
    ),
    p(
      "Le numérique sert aussi à porter un projet, à s'exprimer, à participer. Notre but n'est donc pas seulement de faire la démarche : c'est l'**autonomie des personnes**.",
    ),
    h(2, 'Ce que notre dispositif est'),
    ul(
      "**Gratuit** : aucun service du socle commun n'est payant.",
      "**Inconditionnel** : toute personne qui se présente est accueillie, sans condition de ressources, de statut ou d'adresse.",
      '**Au plus près des bénéficiaires de prestations et de minima sociaux**, dans les lieux où ils viennent déjà.',
      '**À la croisée** des professionnels du travail social, des associations et des habitants.',
    ),
    h(2, "L'autonomie d'abord"),
    p(
      "Aujourd'hui, la plus grande part des moyens va à l'accès aux droits. Les trois piliers de l'offre doivent être rééquilibrés : chaque démarche accompagnée doit pouvoir mener vers l'accompagnement aux usages, pour que la personne puisse, à terme, faire seule.",
    ),
    h(2, 'Trois axes de travail'),
    table(
      ['Axe', "Ce qu'il recouvre"],
      ['**Géographique**', "Où l'offre est présente, y compris l'aller-vers auprès des personnes qui ne viennent pas."],
      ['**Offre de service**', 'Le socle commun, à reconstruire dans chaque ESC.'],
      ['**Parcours usagers**', 'Qui traite quelles démarches, comment les acteurs se répartissent les cas et orientent les personnes.'],
    ),
    h(2, 'Le périmètre'),
    p(
      "Les neuf ESC de Rennes forment le socle du dispositif sans en être la limite : il s'étend à d'autres lieux et s'appuie sur les acteurs de chaque quartier.",
    ),
  ),
};

const rappelHistorique: DemoDocument = {
  title: 'Rappel historique',
  content: doc(
    h(2, 'Acte 1 (2018–2021) : équiper et fédérer'),
    p(
      "Un financement européen FEDER permet d'installer du matériel et des médiateurs dans les ESC et dans d'autres lieux de la ville. Les partenaires se rassemblent autour des ESC avec une vision commune et une ambition forte pour l'offre de service.",
    ),
    p("La demande augmente vite et les démarches se dématérialisent : l'offre a du mal à suivre."),
    h(2, 'Acte 2 (2021–2023) : tenir face à la demande'),
    p(
      'Le dispositif est prolongé grâce aux Conseillers numériques France Services. Le nombre de personnes reçues dans les permanences de démarches accompagnées croît de façon exponentielle.',
    ),
    p(
      "Le travail se recentre sur l'accès aux droits, sous la pression du contexte local et national. Les axes d'action se déséquilibrent et la pérennité du dispositif devient une question ouverte.",
    ),
    h(2, 'Acte 3 (2023–2026) : reconstruire ensemble'),
    p(
      "Le dispositif est de nouveau prolongé avec les Conseillers numériques. Mais une partie de l'offre s'est délitée et la demande continue de croître. L'Acte 3 part d'une question simple : comment améliorer et poursuivre ensemble jusqu'en 2026 ?",
    ),
    table(
      ['Acte', 'Période', 'Ce qui a porté le dispositif', 'Ce qui est resté en suspens'],
      ['Acte 1', '2018–2021', 'FEDER, matériel et médiateurs', 'Demande croissante, dématérialisation'],
      ['Acte 2', '2021–2023', 'Conseillers numériques France Services', 'Déséquilibre des axes, pérennité'],
      ['Acte 3', '2023–2026', 'Conseillers numériques, partenariat renouvelé', 'Offre à reconstruire, demande en hausse'],
    ),
    callout('info', "Les comptes rendus des rencontres de l'Acte 3 sont rassemblés dans l'espace « Rencontres »."),
  ),
};

const forcesFaiblesses: DemoDocument = {
  title: 'Forces et faiblesses',
  content: doc(
    h(2, 'Ce qui tient'),
    ul(
      'Un partenariat réel entre le CCAS, le Département, la CAF, la Ville et les associations, construit depuis 2018.',
      'Des formes de médiation qui fonctionnent et que les professionnels reconnaissent.',
      'Un potentiel de locaux important : 20 à 24 demi-journées disponibles chaque semaine dans les lieux de la ville.',
      'Un recensement des solutions que les organisations membres détiennent déjà.',
    ),
    h(2, 'Ce qui ne tient plus'),
    table(
      ['Pilier', 'Constat', 'État'],
      [
        'Accès libre et en autonomie',
        'Wifi public aux normes dans 2 lieux sur 9, ordinateurs en libre-service dans 3 lieux sur 9, bornes CAF dans 3 lieux sur 9.',
        '**Non fonctionnel**',
      ],
      [
        'Accompagnement aux usages et formation',
        "Catalogues non mutualisés, inscription compliquée, écart entre inscrits et présents. Axe trop faible face à l'accès aux droits.",
        '**À améliorer**',
      ],
      [
        'Permanences démarches accompagnées',
        'Demande en hausse constante, moyens insuffisants, pas de solution durable. Beaucoup de démarches relèvent de la préfecture.',
        '**À améliorer**',
      ],
    ),
    p(
      "Les outils de communication communs sont le point faible des ESC : chaque structure annonce ses services de son côté, et les habitants ne voient pas l'offre d'ensemble.",
    ),
    h(2, 'Ce que nous en concluons'),
    p(
      "Le diagnostic est partagé : trois dimensions se sont écartées et doivent être rééquilibrées. L'autonomie des personnes, l'accompagnement des professionnels, des bénévoles et des habitants, et l'accès aux droits.",
    ),
    callout(
      'warning',
      "Une partie de la situation ne dépend pas de nous : le fonctionnement des démarches de la préfecture et des services de l'État pèse directement sur nos permanences.",
    ),
  ),
};

const objectifs: DemoDocument = {
  title: 'Objectifs réaffirmés et nouveaux',
  content: doc(
    h(2, 'Trois objectifs pour 2026'),
    table(
      ['Objectif', 'Ce que cela veut dire'],
      ['**Amplitude**', "Doubler la surface de contact avec les habitants : plus de créneaux, plus de lieux, plus d'aller-vers."],
      ['**Socle commun**', 'Remettre en route une offre de service commune, au minimum dans tous les ESC.'],
      ['**Ressources humaines**', 'Renforcer toutes les formes de ressources humaines avec les partenaires pour faire face à une demande qui grandit.'],
    ),
    h(2, 'Les étapes incontournables'),
    ul(
      "**Une phase d'amélioration** de six mois pour rééquilibrer les trois piliers et refaire le socle commun, en s'appuyant sur les autres ressources locales.",
      '**Alignement et cohérence** avec les politiques publiques locales et nationales (France Numérique Ensemble).',
      '**Rendre visibles les contributions de chacun** dans un tableau commun, première étape vers un budget collectif.',
      '**Partager les communs** : machines, bureaux, outils numériques et accueils.',
      "**Améliorer la gouvernance** sous l'égide du GT ESC, avec davantage de place pour les acteurs de quartier.",
      "**Chercher des financements** pour élargir l'assiette du projet et saisir les occasions en cours de route.",
    ),
    h(2, 'Qui fait quoi'),
    table(
      ['Instance', 'Rôle', 'Rythme'],
      ['GT ESC', 'Décide et pilote. Valide et fige les versions officielles.', 'Selon son calendrier'],
      [
        'Groupe numérique Acte 3',
        'Suivi opérationnel. Écrit le document maître et le socle commun, anime les rencontres.',
        'Point numérique tous les deux mois',
      ],
      ['Référents numériques', 'Un par structure, désigné par le GT ESC. Parle au nom de sa structure.', 'En continu'],
      ['Référents techniques', 'Un par structure, issu de la direction informatique ou équivalent. Conduit la remise à niveau technique.', 'En continu'],
      ['Temps en quartier et temps annuel', 'Consultent habitants, associations et professionnels ; font émerger des propositions.', 'Deux temps par an'],
    ),
  ),
};

const moyens: DemoDocument = {
  title: 'Moyens et hypothèses',
  content: doc(
    h(2, 'Trois hypothèses de moyens'),
    table(
      ['Hypothèse', "Ce qu'elle permet", "Ce qu'elle ne permet pas"],
      [
        '**À moyens constants**',
        'Remettre en service le wifi, les postes et les bornes. Partager les espaces-temps existants.',
        "Absorber la hausse des permanences sans réduire l'accompagnement aux usages.",
      ],
      ['**Avec des postes supplémentaires**', "Ouvrir plus de créneaux, développer l'aller-vers, rééquilibrer les piliers.", 'Durer sans financement pérenne.'],
      [
        '**En séparant investissement et fonctionnement**',
        'Renouveler le matériel (investissement) et le garder en état (abonnements, maintenance).',
        'Éviter la coordination : les deux budgets relèvent souvent de structures différentes.',
      ],
    ),
    h(2, 'Où en sommes-nous'),
    ul(
      "**Aujourd'hui** : l'offre repose largement sur des postes cofinancés avec d'autres dispositifs.",
      '**Non réglé et important** : la maintenance du matériel partagé, les démarches liées à la préfecture, la pérennité des postes.',
      "**Pour les trois ans à venir** : un tableau budgétaire commun, puis des demandes d'investissement à chaque bilan annuel.",
    ),
    callout(
      'warning',
      "**79 %** de nos ressources humaines dépendent aujourd'hui de la coopération avec d'autres dispositifs. Tout changement de ces dispositifs touche directement l'offre en ESC.",
    ),
    h(2, 'Partager les espaces-temps'),
    p(
      'Les lieux du dispositif comptent **20 à 24 demi-journées de locaux disponibles par semaine** à Rennes. Partager les bureaux, les ordinateurs, les agendas et les accueils est le levier le moins coûteux pour doubler la surface de contact avec les habitants.',
    ),
    ol(
      'Juin 2024 : partager 30 à 50 % des espaces-temps disponibles.',
      'Juin 2025 : partager 100 % des espaces-temps disponibles.',
      'Juin 2026 : étendre les espaces-temps disponibles.',
    ),
    h(2, 'Ce que la coopération avec les autres dispositifs apporte'),
    ul(
      'Cofinancement de postes',
      'Cartographies et statistiques communes',
      'Communs de médiation : outils et documentation',
      'Expérimentations',
      'Moyens techniques',
      'Ingénierie pour les études et les enquêtes',
    ),
  ),
};

export const masterDocument: DemoDocument = {
  title: 'Document maître Acte 3',
  content: doc(
    h(2, 'À quoi sert ce document'),
    p(
      "Ce document rassemble ce que les partenaires du dispositif e-inclusion en ESC décident ensemble pour l'Acte 3 (2023–2026). Le groupe numérique Acte 3 l'écrit à plusieurs mains, les référents numériques le relisent au nom de leur structure, puis le GT ESC le valide.",
    ),
    h(2, 'Les chapitres'),
    ol(
      '**Fondamentaux** : pourquoi le dispositif existe et ce qui ne se négocie pas.',
      '**Rappel historique** : ce que les Actes 1 et 2 ont construit et laissé en suspens.',
      "**Forces et faiblesses** : le diagnostic partagé de l'offre de service.",
      "**Objectifs réaffirmés et nouveaux** : ce que nous visons d'ici 2026, et qui fait quoi.",
      '**Moyens et hypothèses** : avec quels moyens, et à quelles conditions.',
    ),
    h(2, 'Comment contribuer'),
    ul(
      "Modifiez directement le texte : l'historique garde la trace de chaque modification.",
      "Pour donner l'avis de votre structure, ouvrez une discussion sur le passage concerné.",
      'Les points à trancher sont inscrits à la prochaine rencontre du groupe numérique.',
    ),
    callout('info', 'Les versions validées par le GT ESC sont figées : elles restent consultables et imprimables, et on peut les comparer entre elles.'),
  ),
  children: [fondamentaux, rappelHistorique, forcesFaiblesses, objectifs, moyens],
};
