/**
 * A discussion of the demo, written by fictional people through the same service as everyone's. They stay off the
 * documents and accounts the browser tests start from (Forces et faiblesses, Objectifs…, the five demo accounts' notifications).
 */
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
    document: 'Moyens et hypothèses',
    passage: 'la maintenance du matériel partagé',
    author: 'fabrice.hamon@cocon.test',
    body: "Pour la CAF : deux bornes sont en panne depuis l'automne et une troisième a été déplacée. Nous proposons un point d'étape avec les référents techniques avant la prochaine rencontre.",
    replies: [
      {
        author: 'elodie.tanguy@cocon.test',
        body: 'Le CCAS peut prendre en charge le contrat de maintenance des postes si le @Département finance les abonnements.',
      },
      { author: 'thomas.legoff@cocon.test', body: 'Le Département regarde ce point pour le budget 2027 et revient vers vous.' },
    ],
  },
  {
    document: 'Moyens et hypothèses',
    passage: '20 à 24 demi-journées de locaux disponibles par semaine',
    author: 'pauline.nicol@cocon.test',
    body: 'La Ville le confirme : ce chiffre a été vérifié lieu par lieu au printemps. Il peut rester tel quel.',
    replies: [{ author: 'gt@cocon.test', body: "Merci, c'est noté dans le compte rendu. Je marque la discussion comme résolue." }],
    resolvedBy: 'gt@cocon.test',
  },
  {
    document: 'Socle commun',
    passage: "Une porte vers l'autonomie",
    author: 'redaction@cocon.test',
    body: '@Département pouvez-vous relire cette nouvelle ligne de la V3 ? Elle engage aussi les permanences de vos agents.',
    replies: [
      {
        author: 'thomas.legoff@cocon.test',
        body: "Relu pour le Département : d'accord sur le principe. Il faudra avoir le catalogue des ateliers sous la main pendant les permanences.",
      },
    ],
  },
  {
    document: 'Socle commun',
    author: 'marie.lefeuvre@cocon.test',
    body: "Pour Parole d'Habitants, cette V3 est claire. Pourrait-on en avoir une version courte, sur une page, à afficher à l'accueil des ESC ?",
  },
];
