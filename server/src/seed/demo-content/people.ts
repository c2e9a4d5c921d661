import type { DemoPerson } from './types';

/** Fictional people. The first five e-mails are a contract with the tests and the documentation. */
export const people: DemoPerson[] = [
  { email: 'admin@cocon.test', name: 'Claire Morvan', role: 'ADMIN', structureKey: 'ccas' },
  { email: 'gt@cocon.test', name: 'Sophie Lemoine', role: 'GT_ESC', structureKey: 'ville' },
  { email: 'redaction@cocon.test', name: 'Yann Kerbrat', role: 'GROUPE_NUMERIQUE', structureKey: 'ccas' },
  { email: 'referent@cocon.test', name: 'Amina Diallo', role: 'REFERENT_NUMERIQUE', structureKey: 'caf' },
  { email: 'membre@cocon.test', name: 'Lucas Perrin', role: 'MEMBRE', structureKey: 'cles-du-clic' },

  { email: 'bernard.rouxel@cocon.test', name: 'Bernard Rouxel', role: 'GT_ESC', structureKey: 'departement' },
  { email: 'isabelle.carre@cocon.test', name: 'Isabelle Carré', role: 'GT_ESC', structureKey: 'caf' },
  { email: 'manon.riou@cocon.test', name: 'Manon Riou', role: 'GROUPE_NUMERIQUE', structureKey: 'ville' },
  { email: 'karim.benali@cocon.test', name: 'Karim Benali', role: 'GROUPE_NUMERIQUE', structureKey: 'ecrans-voisins' },

  { email: 'elodie.tanguy@cocon.test', name: 'Élodie Tanguy', role: 'REFERENT_NUMERIQUE', structureKey: 'ccas' },
  { email: 'olivier.jegou@cocon.test', name: 'Olivier Jégou', role: 'REFERENT_TECHNIQUE', structureKey: 'ccas' },
  { email: 'fabrice.hamon@cocon.test', name: 'Fabrice Hamon', role: 'REFERENT_TECHNIQUE', structureKey: 'caf' },
  { email: 'thomas.legoff@cocon.test', name: 'Thomas Le Goff', role: 'REFERENT_NUMERIQUE', structureKey: 'departement' },
  { email: 'nathalie.briand@cocon.test', name: 'Nathalie Briand', role: 'REFERENT_TECHNIQUE', structureKey: 'departement' },
  { email: 'pauline.nicol@cocon.test', name: 'Pauline Nicol', role: 'REFERENT_NUMERIQUE', structureKey: 'ville' },
  { email: 'gaelle.prigent@cocon.test', name: 'Gaëlle Prigent', role: 'REFERENT_TECHNIQUE', structureKey: 'ville' },
  { email: 'samir.haddad@cocon.test', name: 'Samir Haddad', role: 'REFERENT_NUMERIQUE', structureKey: 'bidouille-partage' },

  { email: 'marie.lefeuvre@cocon.test', name: 'Marie Lefeuvre', role: 'MEMBRE', structureKey: 'parole-habitants' },
  { email: 'ines.moreau@cocon.test', name: 'Inès Moreau', role: 'MEMBRE', structureKey: 'france-services' },
];
