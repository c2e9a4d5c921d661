/** Lower case without accents, so that "tache" finds "Liste de tâches" and « Été » makes the same address as « ete ». */
export const fold = (value: string) =>
  value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
