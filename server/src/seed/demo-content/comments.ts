/** A discussion of the demo, written by fictional people through the same service as everyone's. */
export interface DemoThread {
  /** Title of the document it is about. */
  document: string;
  /** The passage commented (its first occurrence); absent: the document as a whole. */
  passage?: string;
  author: string;
  body: string;
  replies?: { author: string; body: string }[];
  resolvedBy?: string;
}

export const demoThreads: DemoThread[] = [
  {
    document: 'Forces et faiblesses',
    passage: 'bornes CAF dans 3 lieux sur 9',
    author: 'referent@cocon.test',
    body: "Pour la CAF : deux bornes sont en panne depuis l'automne et une troisième a été déplacée. Nous proposons un point d'étape avec les référents techniques avant la prochaine rencontre.",
    replies: [
      {
        author: 'thomas.legoff@cocon.test',
        body: "Le Département peut accueillir la borne déplacée dans un de ses lieux d'accueil, si la @CAF est d'accord.",
      },
    ],
  },
  {
    document: 'Forces et faiblesses',
    passage: 'Un partenariat réel entre le CCAS',
    author: 'pauline.nicol@cocon.test',
    body: "La Ville le confirme : ce partenariat est notre première force. Il faudrait le dire dès les Fondamentaux.",
    replies: [{ author: 'gt@cocon.test', body: "D'accord, c'est repris dans les Fondamentaux. Je marque la discussion comme résolue." }],
    resolvedBy: 'gt@cocon.test',
  },
  {
    document: 'Socle commun',
    passage: "Une porte vers l'autonomie",
    author: 'redaction@cocon.test',
    body: '@CAF pouvez-vous relire cette nouvelle ligne de la V3 ? Elle engage aussi les permanences de vos agents.',
    replies: [
      {
        author: 'referent@cocon.test',
        body: "Relu pour la CAF : d'accord sur le principe. Il faudra avoir le catalogue des ateliers sous la main pendant les permanences.",
      },
    ],
  },
  {
    document: 'Socle commun',
    author: 'membre@cocon.test',
    body: "Pour Clés du clic, cette V3 est claire. Pourrait-on en avoir une version courte, sur une page, à afficher à l'accueil des ESC ?",
  },
];
