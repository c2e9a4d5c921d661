import { ROLES } from '@cocon/shared';
import type { ApiClient } from '../../../test/api-client';
import { TestApp } from '../../../test/test-app';

const CANDIDATES = `query ($documentId: ID!, $search: String!) {
  mentionCandidates(documentId: $documentId, search: $search) { id kind label structure { id name shortName color } }
}`;

interface Candidate {
  id: string;
  kind: 'PERSON' | 'STRUCTURE';
  label: string;
  structure: { id: string; name: string; shortName: string; color: string };
}

describe('mentionCandidates: whom one may mention in a document', () => {
  let app: TestApp;
  let writer: ApiClient;

  const search = async (client: ApiClient, documentId: string, text: string) =>
    (await client.ok<{ mentionCandidates: Candidate[] }>(CANDIDATES, { documentId, search: text })).mentionCandidates;

  beforeAll(async () => {
    app = await TestApp.start();
    writer = (await app.as('GROUPE_NUMERIQUE')).client;
  });
  afterAll(() => app.stop());

  it('finds people by any part of their name, without caring about accents or case, with their structure', async () => {
    const caf = await app.createStructure({ name: 'Caisse d’allocations familiales', shortName: 'CAF-T1', color: '#005A9C' });
    const helene = await app.createUser({ name: 'Hélène Quéméner', structureId: caf.id });
    const document = await app.createDocument(await app.createSpace({ visibility: 'MEMBERS' }));
    for (const text of ['helene', 'HÉLÈ', 'quem', 'mene', '@hél']) {
      const found = await search(writer, document.id, text);
      expect([text, found.filter((candidate) => candidate.kind === 'PERSON').map((candidate) => candidate.id)]).toEqual([text, [helene.id]]);
    }
    const [person] = await search(writer, document.id, 'Hélène');
    expect(person).toEqual({
      id: helene.id,
      kind: 'PERSON',
      label: 'Hélène Quéméner',
      structure: { id: caf.id, name: 'Caisse d’allocations familiales', shortName: 'CAF-T1', color: '#005A9C' },
    });
  });

  it('folds capital accents too, on either database: Élise Ørsted-Çelik is found from elise, ÉLISE, celik or Çel', async () => {
    const elise = await app.createUser({ name: 'Élise Ørsted-Çelik' });
    const document = await app.createDocument(await app.createSpace({ visibility: 'MEMBERS' }));
    for (const text of ['elise', 'ÉLISE', 'celik', 'Çel']) {
      const found = (await search(writer, document.id, text)).filter((candidate) => candidate.kind === 'PERSON');
      expect([text, found.map((candidate) => candidate.id)]).toEqual([text, [elise.id]]);
    }
  });

  it('offers structures by short or full name, labelled by their short name', async () => {
    const structure = await app.createStructure({ name: 'Centre communal d’action sociale de test', shortName: 'CCAS-T2', color: '#7A3E00' });
    const document = await app.createDocument(await app.createSpace());
    for (const text of ['ccas-t2', 'communal d’action sociale de test']) {
      const found = (await search(writer, document.id, text)).filter((candidate) => candidate.kind === 'STRUCTURE');
      expect(found.map((candidate) => [candidate.id, candidate.label, candidate.structure.color])).toEqual([[structure.id, 'CCAS-T2', '#7A3E00']]);
    }
  });

  it('leaves out disabled accounts, invitations not yet accepted, and people who cannot read the document', async () => {
    const structure = await app.createStructure({ name: 'Association Zéphyr', shortName: 'ZEPH' });
    const restricted = await app.createSpace({ visibility: 'RESTRICTED', allowedRoles: ['GROUPE_NUMERIQUE'], allowedStructureIds: [structure.id] });
    const document = await app.createDocument(restricted);
    const byRole = await app.createUser({ name: 'Zoé Groupe Zéphyrine', role: 'GROUPE_NUMERIQUE' });
    const byStructure = await app.createUser({ name: 'Zoé Membre Zéphyrine', role: 'MEMBRE', structureId: structure.id });
    const admin = await app.createUser({ name: 'Zoé Admin Zéphyrine', role: 'ADMIN' });
    await app.createUser({ name: 'Zoé Dehors Zéphyrine', role: 'MEMBRE' });
    await app.createUser({ name: 'Zoé Partie Zéphyrine', role: 'GROUPE_NUMERIQUE', disabledAt: new Date() });
    await app.createUser({ name: 'Zoé Invitée Zéphyrine', role: 'GROUPE_NUMERIQUE', passwordHash: null });
    const people = (await search(writer, document.id, 'zéphyrine')).filter((candidate) => candidate.kind === 'PERSON');
    expect(people.map((candidate) => candidate.id).sort()).toEqual([byRole.id, byStructure.id, admin.id].sort());
  });

  it('puts names that start with the search first, and keeps the list short', async () => {
    const structure = await app.createStructure();
    for (let i = 0; i < 12; i++) await app.createUser({ name: `Yannick Ordre ${String(i).padStart(2, '0')}`, structureId: structure.id });
    const first = await app.createUser({ name: 'Ordrelle Yvon', structureId: structure.id });
    const document = await app.createDocument(await app.createSpace());
    const people = (await search(writer, document.id, 'ordre')).filter((candidate) => candidate.kind === 'PERSON');
    expect(people).toHaveLength(8);
    // "Ordrelle" and "Ordre" both start a word: alphabetical among them.
    expect(people.map((candidate) => candidate.label)).toContain('Ordrelle Yvon');
    const middle = await search(writer, document.id, 'rdrell');
    expect(middle.map((candidate) => candidate.id)).toEqual([first.id]);
  });

  it('puts the structure whose short name was typed before the people of that structure', async () => {
    const structure = await app.createStructure({ name: 'Caisse de test', shortName: 'CAFX' });
    await app.createUser({ name: 'Amina Testeuse', structureId: structure.id });
    const document = await app.createDocument(await app.createSpace());
    const found = await search(writer, document.id, '@cafx');
    expect(found.map((candidate) => [candidate.kind, candidate.label])).toEqual([
      ['STRUCTURE', 'CAFX'],
      ['PERSON', 'Amina Testeuse'],
    ]);
  });

  it('answers every account, asks the public to log in, and hides documents one cannot read', async () => {
    const document = await app.createDocument(await app.createSpace({ visibility: 'PUBLIC' }));
    for (const role of ROLES) {
      const { client } = await app.as(role);
      expect([role, Array.isArray(await search(client, document.id, ''))]).toEqual([role, true]);
    }
    const anonymous = await app.anonymous().fails(CANDIDATES, { documentId: document.id, search: '' });
    expect(anonymous.extensions.code).toBe('UNAUTHENTICATED');

    const hidden = await app.createDocument(await app.createSpace({ visibility: 'RESTRICTED', allowedRoles: ['GT_ESC'] }));
    const refused = await writer.fails(CANDIDATES, { documentId: hidden.id, search: '' });
    const unknown = await writer.fails(CANDIDATES, { documentId: '00000000-0000-4000-8000-000000000000', search: '' });
    expect(refused.extensions.code).toBe('NOT_FOUND');
    expect(refused.message).toBe(unknown.message);
  });

  it('refuses a search longer than 100 characters with a French message', async () => {
    const document = await app.createDocument(await app.createSpace());
    const error = await writer.fails(CANDIDATES, { documentId: document.id, search: 'a'.repeat(101) });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/trop longue/);
  });
});
