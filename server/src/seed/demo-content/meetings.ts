import { build } from '@cocon/shared';
import type { DemoDocument } from './types';

const { doc, h, p, ul, ol, tasks, table } = build;

export const meetingDocuments: DemoDocument[] = [
  {
    title: '3ᵉ rencontre du groupe numérique Acte 3',
    content: doc(
      h(2, 'Informations pratiques'),
      ul(
        '**Date** : jeudi 16 novembre 2023, de 14 h à 16 h 30',
        '**Lieu** : ESC Champs-Manceaux, salle polyvalente, et en visioconférence',
        '**Animation** : Yann Kerbrat (CCAS)',
        '**Compte rendu** : Manon Riou (Ville)',
      ),
      h(2, 'Présents et absents'),
      h(3, 'Présents'),
      ul(
        'Yann Kerbrat — CCAS, groupe numérique',
        'Manon Riou — Ville, groupe numérique',
        'Karim Benali — Écrans & Voisins, groupe numérique',
        'Amina Diallo — CAF, référente numérique',
        'Élodie Tanguy — CCAS, référente numérique',
        'Thomas Le Goff — Département, référent numérique',
        'Pauline Nicol — Ville, référente numérique',
        'Samir Haddad — Bidouille et Partage, référent numérique',
      ),
      h(3, 'Absents excusés'),
      ul('Sophie Lemoine — Ville, GT ESC', 'Fabrice Hamon — CAF, référent technique', 'Lucas Perrin — Les Clés du clic'),
      h(2, 'Ordre du jour'),
      table(
        ['N°', 'Point', 'Durée'],
        ['1', 'Remarques sur le compte rendu de la 2ᵉ rencontre', '15 min'],
        ['2', 'Phasage à trois ans : sous-étapes et échéances', '1 h'],
        ['3', 'Moyens et hypothèses', '45 min'],
        ['4', 'Chapitrage du document maître', '30 min'],
      ),
      h(2, '1. Remarques sur le compte rendu de la 2ᵉ rencontre'),
      p("La 2ᵉ rencontre a compté beaucoup d'absents : le compte rendu est relu point par point. Les trois consensus sont rappelés :"),
      ol(
        "**Faire ce que l'on dit** : remettre à niveau les services prévus depuis 2018 (wifi public, bornes CAF, postes à prêter aux bénévoles et aux associations) et les outils de communication communs.",
        "**Rapprocher l'offre des habitants** : partager les ordinateurs, les agendas et les espaces-temps libres, avec l'objectif de doubler la surface de contact, et développer l'aller-vers.",
        "**Rééquilibrer l'offre** sur ses trois piliers, en gardant les ESC comme socle sans s'y enfermer.",
      ),
      p('Aucune correction demandée : le compte rendu est adopté.'),
      h(2, '2. Phasage à trois ans'),
      table(
        ['Sous-étape', 'Échéance'],
        ["Partage de l'enquête sur les services et outils sur site, puis avis politique", 'À soumettre au GT ESC'],
        ['Remise en route des services en accès libre et en autonomie', "Six mois, jusqu'à juin 2024"],
        ['Relance du partage des lieux : méthode et calendrier', 'Dernier trimestre'],
        ['Problèmes propres à Rennes avec la préfecture', 'Fin 2024'],
        ['Collecte des propositions dans les coordinations ESC', 'Début 2024, début 2025, début 2026'],
        ['Portrea et supports', 'Premier trimestre 2024'],
        ['Synergie territoriale : métropole, département, région, État', 'Juin 2024'],
        ['Publications, orientations, statistiques communes, évaluation régulière', 'Fin 2025'],
      ),
      p(
        "Le groupe insiste sur l'ordre des étapes : tant que le wifi, les postes et les bornes ne fonctionnent pas, partager les lieux ne produira pas d'effet.",
      ),
      h(2, '3. Moyens et hypothèses'),
      ul(
        "**Aujourd'hui** : l'offre tient grâce aux postes cofinancés, surtout les conseillers numériques.",
        '**Non réglé et important** : qui paie la maintenance du matériel partagé, et comment absorber les démarches liées à la préfecture.',
        "**Pour les trois ans à venir** : comparer trois hypothèses — moyens constants, postes supplémentaires, budgets d'investissement et de fonctionnement.",
      ),
      h(2, '4. Chapitrage du document maître'),
      p(
        'Le plan en cinq chapitres est confirmé : Fondamentaux, Rappel historique, Forces et faiblesses, Objectifs réaffirmés et nouveaux, Moyens et hypothèses. Les deux derniers sont à écrire en priorité.',
      ),
      h(2, 'Décisions'),
      ol(
        'Le compte rendu de la 2ᵉ rencontre est adopté sans modification.',
        'La remise en route des services en accès libre est la première priorité, pour juin 2024.',
        'Le phasage ci-dessus est proposé au GT ESC pour validation.',
        'Chaque structure renseigne sa ligne du tableau des contributions avant la prochaine rencontre.',
      ),
      h(2, 'Actions de suivi'),
      tasks(
        [true, 'Diffuser le compte rendu — Manon Riou (Ville), sous une semaine'],
        [false, "Transmettre l'enquête sur les services et outils au GT ESC — Yann Kerbrat (CCAS), 1er décembre 2023"],
        [false, 'Recenser les pannes de wifi, de postes et de bornes, site par site — référents techniques, 15 décembre 2023'],
        [false, 'Renseigner le tableau des contributions — chaque référent numérique, avant la 4ᵉ rencontre'],
        [false, 'Proposer une méthode de partage des lieux — Élodie Tanguy (CCAS) et Pauline Nicol (Ville)'],
        [false, 'Écrire une première version des chapitres 4 et 5 du document maître — groupe numérique'],
      ),
      h(2, 'Prochaine rencontre'),
      p('Jeudi 18 janvier 2024, même lieu. Elle commencera par les remarques sur ce compte rendu.'),
    ),
  },
];
