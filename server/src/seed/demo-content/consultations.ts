import { build } from '@cocon/shared';
import type { DemoDocument } from './types';

const { doc, h, p, ol, callout, table } = build;

// Public and read on phones by people with little ease online: short sentences, everyday words.
export const consultationDocuments: DemoDocument[] = [
  {
    title: 'Temps en quartier et journée de co-construction',
    content: doc(
      h(2, 'Votre avis compte'),
      p(
        'Le numérique vous aide ou vous gêne dans vos démarches ? Vous avez une idée pour que les Espaces Sociaux Communs (ESC) vous accompagnent mieux ? Dites-le. Chaque idée est lue.',
      ),
      h(2, 'Les temps en quartier'),
      p(
        "Chaque année, dans les quartiers, nous organisons un temps d'échange ouvert à tous : habitants, associations, professionnels et partenaires du quartier.",
      ),
      table(
        ['Rendez-vous', 'Année', 'Ce qui en sort'],
        ['Temps en quartier n°1', '2024', 'Les idées retenues entrent dans le socle commun V2 (juin 2025).'],
        ['Temps en quartier n°2', '2025', 'Les idées retenues entrent dans le socle commun V3 (juin 2026).'],
        ['Temps en quartier n°3', '2026', "Le bilan de l'Acte 3 et les idées pour la suite."],
      ),
      h(2, 'La journée de co-construction'),
      p(
        "Une fois par an, à l'échelle de la ville, une journée pour inventer et fabriquer ensemble. Professionnels, bénévoles et habitants travaillent en petites équipes sur un problème concret, comme dans un hackathon social.",
      ),
      h(2, 'Comment proposer une idée'),
      ol(
        'Ouvrez la consultation en cours et choisissez « Proposer une idée ».',
        'Écrivez votre idée en quelques phrases. Pas besoin de bien écrire : dites ce qui vous gêne et ce qui vous aiderait.',
        "Indiquez votre quartier si vous le voulez. Votre nom n'est pas obligatoire.",
        'Envoyez. Vous pouvez aussi soutenir les idées des autres.',
      ),
      callout(
        'info',
        "Pas à l'aise avec Internet ? Donnez votre idée à l'oral, à l'accueil de n'importe quel ESC ou pendant un temps en quartier. Quelqu'un l'écrira avec vous.",
      ),
      h(2, 'Ce que deviennent les idées'),
      ol(
        'Le groupe numérique lit et classe toutes les propositions.',
        "Chacune reçoit une réponse publique : retenue, à l'étude, ou non retenue avec la raison.",
        'Les idées retenues entrent dans la version suivante du socle commun, validée par le GT ESC.',
      ),
    ),
  },
];
