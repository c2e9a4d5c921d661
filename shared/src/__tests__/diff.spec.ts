import { doc, h, p, table, ul } from '../document-builders';
import { carryLineage, diffDocuments, diffWords, documentBlocks, type DiffEntry, type DocumentDiff } from '../diff';
import { diffSequences } from '../diff/sequence';

const changed = (diff: DocumentDiff): DiffEntry[] => diff.sections.flatMap((section) => section.entries).filter((entry) => entry.kind !== 'unchanged');
const inserted = (entry: DiffEntry) => (entry.kind === 'modified' ? entry.words.filter((w) => w.op === 'insert').map((w) => w.text) : []);
const deleted = (entry: DiffEntry) => (entry.kind === 'modified' ? entry.words.filter((w) => w.op === 'delete').map((w) => w.text) : []);

const chapters = (...parts: [string, ...string[]][]) => doc(...parts.flatMap(([title, ...paragraphs]) => [h(2, title), ...paragraphs.map((text) => p(text))]));

describe('comparing two versions of a document', () => {
  it('shows a sentence added to a paragraph as words added to that paragraph, in its chapter', () => {
    const before = chapters(['Accès libre', 'Le wifi public est disponible dans chaque ESC.'], ['Formation', 'Des ateliers chaque semaine.']);
    const after = chapters(
      ['Accès libre', 'Le wifi public est disponible dans chaque ESC. Un agent vérifie chaque mois qu’il fonctionne.'],
      ['Formation', 'Des ateliers chaque semaine.'],
    );
    const diff = diffDocuments(before, after);
    const [entry] = changed(diff);
    expect(entry.kind).toBe('modified');
    expect(inserted(entry).join('')).toBe(' Un agent vérifie chaque mois qu’il fonctionne.');
    expect(deleted(entry)).toEqual([]);
    expect(diff.stats).toMatchObject({ modified: 1, added: 0, removed: 0, wordsAdded: 7, wordsRemoved: 0 }); // « qu’il » is one word
    const accessLibre = diff.sections.find((section) => section.title === 'Accès libre')!;
    expect(accessLibre.stats).toMatchObject({ modified: 1, wordsAdded: 7 });
    expect(diff.sections.find((section) => section.title === 'Formation')!.stats.modified).toBe(0);
  });

  it('shows a deleted paragraph as removed, with its words counted, and nothing else changed', () => {
    const before = chapters([
      'Permanences',
      'Sur rendez-vous le mardi.',
      'Sans rendez-vous le jeudi matin, dans les trois ESC du nord.',
      'Une borne CAF à l’accueil.',
    ]);
    const after = chapters(['Permanences', 'Sur rendez-vous le mardi.', 'Une borne CAF à l’accueil.']);
    const diff = diffDocuments(before, after);
    expect(changed(diff)).toEqual([
      { kind: 'removed', block: expect.objectContaining({ type: 'paragraph', text: 'Sans rendez-vous le jeudi matin, dans les trois ESC du nord.' }) },
    ]);
    expect(diff.stats).toMatchObject({ removed: 1, wordsRemoved: 11, wordsAdded: 0 });
  });

  it('recognises a section moved elsewhere, naming where it came from, rather than a removal and an addition', () => {
    const a = ['Accès libre', 'Des ordinateurs en libre-service pendant les heures d’ouverture.', 'Le wifi public dans chaque ESC.'] as const;
    const b = ['Accompagnement', 'Des ateliers collectifs pour apprendre les bases.'] as const;
    const c = ['Démarches', 'Une aide pour les démarches administratives en ligne.'] as const;
    const diff = diffDocuments(chapters([...a], [...b], [...c]), chapters([...b], [...c], [...a]));
    const kinds = changed(diff).map((entry) => entry.kind);
    expect(kinds.filter((kind) => kind === 'moved')).toHaveLength(3); // the title and two paragraphs of "Accès libre"
    expect(kinds).not.toContain('removed');
    const moved = changed(diff).find((entry) => entry.kind === 'moved' && entry.block.text.startsWith('Des ordinateurs'));
    expect(moved).toMatchObject({ fromSection: 'Accès libre' });
    expect(diff.stats.wordsAdded + diff.stats.wordsRemoved).toBe(0);
  });

  it('points at the one table cell that changed, word by word', () => {
    const before = doc(table(['Service', 'Lieux'], ['Wifi public', '2'], ['Ordinateurs', '3']));
    const after = doc(table(['Service', 'Lieux'], ['Wifi public', '9'], ['Ordinateurs', '3']));
    const [entry] = changed(diffDocuments(before, after));
    expect(entry.kind).toBe('modified');
    if (entry.kind !== 'modified') return;
    expect(entry.rows?.map((row) => row.kind)).toEqual(['equal', 'modified', 'equal']);
    expect(entry.rows?.[1].cells).toEqual([
      [{ op: 'equal', text: 'Wifi public' }],
      [
        { op: 'delete', text: '2' },
        { op: 'insert', text: '9' },
      ],
    ]);
  });

  it('shows a rewritten paragraph as what was removed, then what replaced it', () => {
    const before = doc(p('Le socle commun sera révisé chaque année à partir des temps en quartier.'));
    const after = doc(p('Les idées des habitants nourrissent chaque révision : V1 en juin 2024, V2 en juin 2025.'));
    expect(changed(diffDocuments(before, after)).map((entry) => entry.kind)).toEqual(['removed', 'added']);
  });

  it('compares list items one by one', () => {
    const before = doc(ul('Wifi public', 'Ordinateurs en libre-service', 'Bornes CAF'));
    const after = doc(ul('Wifi public', 'Ordinateurs en libre-service', 'Bornes CAF', 'Imprimante partagée'));
    expect(changed(diffDocuments(before, after))).toEqual([
      { kind: 'added', block: expect.objectContaining({ type: 'listItem', marker: 'bullet', text: 'Imprimante partagée' }) },
    ]);
  });

  it('sees the same content read back from the database (keys in another order) as unchanged', () => {
    const version = doc(h(2, 'Accès libre'), p('Le **wifi** public.'));
    const reordered = JSON.parse(
      JSON.stringify(version, (key, value) =>
        value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value,
      ),
    );
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(version));
    expect(changed(diffDocuments(version, reordered))).toEqual([]);
  });

  it('finds nothing to show between identical versions', () => {
    const version = chapters(['Accès libre', 'Le wifi public.']);
    const diff = diffDocuments(version, structuredClone(version));
    expect(changed(diff)).toEqual([]);
    expect(diff.sections.map((section) => section.title)).toEqual(['Accès libre']);
  });
});

describe('word-level changes', () => {
  it('reads a rewritten phrase as one removal then one addition, not word confetti', () => {
    expect(diffWords('les ateliers ont lieu le mardi', 'les ateliers se tiennent chaque jeudi')).toEqual([
      { op: 'equal', text: 'les ateliers ' },
      { op: 'delete', text: 'ont lieu le mardi' },
      { op: 'insert', text: 'se tiennent chaque jeudi' },
    ]);
  });
});

describe('the shortest edit script', () => {
  it('rebuilds the second sequence from the first, on random sequences', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 200; round++) {
      const a = Array.from({ length: Math.floor(random() * 30) }, () => Math.floor(random() * 5));
      const b = Array.from({ length: Math.floor(random() * 30) }, () => Math.floor(random() * 5));
      const edits = diffSequences(a, b, 100)!;
      expect(edits.filter((e) => e.op !== 'delete').map((e) => (e.op === 'equal' ? a[e.a] : b[e.b]))).toEqual(b);
      expect(edits.flatMap((e) => (e.op === 'insert' ? [] : [a[e.a]]))).toEqual(a);
    }
  });

  it('gives up past the limit of edits instead of working for ever', () => {
    expect(diffSequences([1, 2, 3, 4], [5, 6, 7, 8], 3)).toBeNull();
  });
});

describe('where a paragraph comes from', () => {
  it('keeps the origin of a paragraph across three versions, and dates its present wording to the one that changed it', () => {
    const v1 = chapters(['Accès libre', 'Le wifi public est disponible dans chaque ESC.', 'Des ordinateurs sont en libre-service.']);
    const v2 = chapters(['Accès libre', 'Le wifi public est disponible et vérifié dans chaque ESC.', 'Des ordinateurs sont en libre-service.']);
    const v3 = chapters([
      'Accès libre',
      'Le wifi public est disponible et vérifié dans chaque ESC.',
      'Des ordinateurs sont en libre-service.',
      'Une imprimante est partagée.',
    ]);
    const l1 = carryLineage(null, [], v1, 1);
    const l2 = carryLineage(v1, l1, v2, 2);
    const l3 = carryLineage(v2, l2, v3, 3);
    const texts = documentBlocks(v3).map((block) => block.text);
    expect(Object.fromEntries(texts.map((text, i) => [text, l3[i]]))).toEqual({
      'Accès libre': { origin: 1, changed: 1 },
      'Le wifi public est disponible et vérifié dans chaque ESC.': { origin: 1, changed: 2 },
      'Des ordinateurs sont en libre-service.': { origin: 1, changed: 1 },
      'Une imprimante est partagée.': { origin: 3, changed: 3 },
    });
  });
});
