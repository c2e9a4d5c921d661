import { documentJSONToYUpdate } from '../collaboration';
import { doc, h, p, table, tasks } from '../document-builders';
import { runDiffTask } from '../diff/run-task';

describe('the diff worker’s tasks', () => {
  // Bold, a title, a table and a task list: marks read back from Yjs carry `attrs: {}`, nodes their defaults.
  const content = doc(h(2, 'Accès libre'), p('Le **wifi public** est *vérifié*.'), table(['Service', 'Lieux'], ['Wifi', '9']), tasks([true, 'Fait']));

  it('sees the same content read from the live Yjs state and from the database as unchanged', () => {
    const result = runDiffTask({ kind: 'diff', before: JSON.stringify(content), after: { yjs: documentJSONToYUpdate(content) } });
    if (result.kind !== 'diff') throw new Error(result.kind);
    expect(result.diff.stats).toEqual({ added: 0, removed: 0, modified: 0, moved: 0, wordsAdded: 0, wordsRemoved: 0 });
  });

  it('stores a revision of the live state with the same block hashes as the same content written in code', () => {
    const fromCode = runDiffTask({ kind: 'revision', before: null, lineage: [], after: content, revision: 1 });
    const fromYjs = runDiffTask({ kind: 'revision', before: content, lineage: [], after: { yjs: documentJSONToYUpdate(content) }, revision: 2 });
    if (fromCode.kind !== 'revision' || fromYjs.kind !== 'revision') throw new Error('revision expected');
    expect(fromYjs.blocks.map((block) => block.hash)).toEqual(fromCode.blocks.map((block) => block.hash));
    // Nothing new to store: every block is already the previous revision's.
    expect(fromYjs.blocks.filter((block) => block.json !== undefined)).toEqual([]);
    expect(fromYjs.changes).toEqual({ wordsAdded: 0, wordsRemoved: 0, sectionsTouched: [] });
  });
});
