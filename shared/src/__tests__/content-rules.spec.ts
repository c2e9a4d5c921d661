import {
  MARK_ATTRIBUTE_RULES,
  NODE_ATTRIBUTE_RULES,
  build,
  documentSchema,
  documentToText,
  findContentProblem,
  isOwnImagePath,
  isSafeLinkUrl,
  readableDocument,
  type JSONContent,
} from '../index';
import { allowed, IMAGE, refused, refusedHrefs, refusedImageSources } from './fixtures/hostile-content.cjs';

const doc = (...content: JSONContent[]): JSONContent => ({ type: 'doc', content });

describe('the content rules', () => {
  it('give every attribute of the schema a rule, and no rule to an attribute the schema does not have', () => {
    const schema = documentSchema();
    const declared = (types: Record<string, { spec: { attrs?: object } }>) =>
      Object.entries(types)
        .filter(([, type]) => Object.keys(type.spec.attrs ?? {}).length)
        .map(([name, type]) => [name, Object.keys(type.spec.attrs!).sort()]);
    const ruled = (rules: Record<string, object>) => Object.entries(rules).map(([name, attrs]) => [name, Object.keys(attrs).sort()]);
    expect(Object.fromEntries(ruled(NODE_ATTRIBUTE_RULES))).toEqual(Object.fromEntries(declared(schema.nodes)));
    expect(Object.fromEntries(ruled(MARK_ATTRIBUTE_RULES))).toEqual(Object.fromEntries(declared(schema.marks)));
  });

  it('accept every default the schema gives, except where a value is required (a link’s address, an image’s source)', () => {
    const schema = documentSchema();
    const lacking: string[] = [];
    for (const [kind, types, rules] of [
      ['node', schema.nodes, NODE_ATTRIBUTE_RULES],
      ['mark', schema.marks, MARK_ATTRIBUTE_RULES],
    ] as const) {
      for (const [name, type] of Object.entries(types)) {
        for (const [key, spec] of Object.entries((type.spec.attrs ?? {}) as Record<string, { default?: unknown }>)) {
          if (!rules[name][key](spec.default ?? null)) lacking.push(`${kind} ${name}.${key}`);
        }
      }
    }
    expect(lacking).toEqual(['node image.src', 'mark link.href']);
  });

  it.each(refusedHrefs.map((href) => [JSON.stringify(href.slice(0, 60)), href]))('refuse the link address %s', (_label, href) => {
    expect(isSafeLinkUrl(href)).toBe(false);
  });

  it.each(['https://exemple.fr', 'HTTPS://EXEMPLE.FR/PAGE', '  https://exemple.fr/page  ', 'http://exemple.fr/?q=<b>', 'mailto:contact@exemple.fr'])(
    'accept the link address %s',
    (href) => expect(isSafeLinkUrl(href)).toBe(true),
  );

  it('keep only Cocon’s own image addresses', () => {
    expect(isOwnImagePath(IMAGE)).toBe(true);
    for (const src of refusedImageSources) expect(isOwnImagePath(src)).toBe(false);
  });
});

describe('a document checked against the rules', () => {
  it(`finds what is wrong in each of the ${refused.length} hostile payloads`, () => {
    const passed = refused.filter(({ block }) => findContentProblem(doc(block)) === null).map(({ name }) => name);
    expect(passed).toEqual([]);
  });

  it(`finds nothing wrong in the ${allowed.length} payloads the editor could have written`, () => {
    const problems = allowed.map(({ name, block }) => [name, findContentProblem(doc(block))]).filter(([, problem]) => problem !== null);
    expect(problems).toEqual([]);
  });

  it('refuses a structure the schema does not allow, and JSON that is not a document', () => {
    expect(findContentProblem({ type: 'doc', content: [{ type: 'text', text: 'x' }] })).not.toBeNull();
    expect(findContentProblem({ type: 'doc', content: [] })).not.toBeNull();
    expect(findContentProblem({ type: 'doc', content: [build.p('x')], script: 'x' })).not.toBeNull();
    expect(findContentProblem('<p>x</p>')).not.toBeNull();
  });
});

describe('a document read for saving', () => {
  it('keeps what the rules allow of each hostile payload, and nothing else', () => {
    for (const { name, block } of refused) {
      const readable = readableDocument(doc(build.p('Avant.'), block, build.p('Après.')));
      expect([name, findContentProblem(readable)]).toEqual([name, null]);
      const text = documentToText(readable);
      expect(text.startsWith('Avant.')).toBe(true);
      expect(text.endsWith('Après.')).toBe(true);
    }
  });

  it('keeps the payloads the editor could have written as they are', () => {
    for (const { block } of allowed) {
      const readable = readableDocument(doc(block));
      expect(readable).toEqual(readableDocument(readable));
      expect(documentToText(readable)).toBe(documentToText(doc(block)));
    }
  });

  it('rebuilds structures that concurrent edits can leave, instead of failing', () => {
    const emptyItem = doc({ type: 'bulletList', content: [{ type: 'listItem', content: [] }] });
    const listInHeading = doc({ type: 'heading', attrs: { level: 2 }, content: [build.p('Titre'), build.p('suite')] });
    const textAtTop = doc({ type: 'text', text: 'Texte perdu' }, build.p('Fin'));
    const marksInCode = doc({ type: 'codeBlock', content: [{ type: 'text', text: 'code', marks: [{ type: 'bold' }] }] });
    for (const json of [emptyItem, listInHeading, textAtTop, marksInCode, doc()]) expect(findContentProblem(readableDocument(json))).toBeNull();
    expect(documentToText(readableDocument(listInHeading))).toBe('Titresuite');
    expect(documentToText(readableDocument(textAtTop))).toBe('Texte perdu\nFin');
  });
});
