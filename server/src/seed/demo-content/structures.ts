import type { DemoSite, DemoStructure } from './types';

export const sites: DemoSite[] = [
  { key: 'maurepas', name: 'ESC Maurepas', neighbourhood: 'Maurepas – Bellangerais' },
  { key: 'blosne', name: 'ESC Le Blosne', neighbourhood: 'Le Blosne' },
  { key: 'villejean', name: 'ESC Villejean', neighbourhood: 'Villejean – Beauregard' },
  { key: 'brequigny', name: 'ESC Bréquigny', neighbourhood: 'Bréquigny' },
  { key: 'cleunay', name: 'ESC Cleunay', neighbourhood: 'Cleunay – Arsenal-Redon – La Courrouze' },
  { key: 'champs-manceaux', name: 'ESC Champs-Manceaux', neighbourhood: 'Sud-Gare' },
  { key: 'bourg-leveque', name: "ESC Bourg-l'Évêque", neighbourhood: "Bourg-l'Évêque – La Touche – Moulin du Comte" },
  { key: 'saint-martin', name: 'ESC Saint-Martin', neighbourhood: 'Nord – Saint-Martin' },
  { key: 'longs-champs', name: 'ESC Les Longs-Champs', neighbourhood: "Jeanne d'Arc – Longs-Champs – Atalante Beaulieu" },
];

const allSites = sites.map((site) => site.key);

/**
 * Colours: dark variants of distinct hues (blue, teal, red, indigo, orange, magenta, green, ochre, slate),
 * each ≥ 5.4:1 against white text and at least 22 CIELAB units from the nearest other one.
 */
export const structures: DemoStructure[] = [
  { key: 'ccas', name: 'CCAS de Rennes', shortName: 'CCAS', kind: 'CCAS', color: '#0063A6', siteKeys: allSites },
  {
    key: 'caf',
    name: "CAF d'Ille-et-Vilaine",
    shortName: 'CAF',
    kind: 'CAF',
    color: '#00755A',
    siteKeys: ['maurepas', 'blosne', 'villejean', 'brequigny', 'cleunay'],
  },
  {
    key: 'departement',
    name: "Département d'Ille-et-Vilaine",
    shortName: 'Département',
    kind: 'DEPARTEMENT',
    color: '#B3261E',
    siteKeys: ['maurepas', 'blosne', 'villejean', 'brequigny', 'champs-manceaux', 'saint-martin'],
  },
  { key: 'ville', name: 'Ville de Rennes', shortName: 'Ville', kind: 'VILLE', color: '#4A3F99', siteKeys: allSites },
  {
    key: 'cles-du-clic',
    name: 'Les Clés du clic',
    shortName: 'Clés du clic',
    kind: 'ASSOCIATION',
    color: '#B04A00',
    siteKeys: ['blosne', 'brequigny', 'champs-manceaux'],
  },
  {
    key: 'ecrans-voisins',
    name: 'Écrans & Voisins',
    shortName: 'Écrans & Voisins',
    kind: 'ASSOCIATION',
    color: '#A3336F',
    siteKeys: ['maurepas', 'saint-martin', 'longs-champs'],
  },
  {
    key: 'bidouille-partage',
    name: 'Bidouille et Partage',
    shortName: 'Bidouille',
    kind: 'ASSOCIATION',
    color: '#2F6E1A',
    siteKeys: ['villejean', 'cleunay', 'bourg-leveque'],
  },
  {
    key: 'parole-habitants',
    name: "Parole d'Habitants",
    shortName: "Parole d'Habitants",
    kind: 'ASSOCIATION',
    color: '#6E5A00',
    siteKeys: ['maurepas', 'blosne', 'villejean', 'cleunay'],
  },
  {
    key: 'france-services',
    name: 'Maison France services Rennes Sud',
    shortName: 'France services',
    kind: 'AUTRE',
    color: '#4D5866',
    siteKeys: ['blosne', 'champs-manceaux', 'brequigny'],
  },
];
