import {
  COMMENT_LENGTH,
  DOCUMENT_TITLE_LENGTH,
  lengthMessages,
  PASSWORD_LENGTH,
  SLUG_MAX_LENGTH,
  SLUG_RULE_MESSAGE,
  STRUCTURE_SHORT_NAME_LENGTH,
  slugify,
  type LengthRule,
} from '@cocon/shared';
import { PASSWORD, TestApp } from '../../../test/test-app';
import type { ApiClient } from '../../../test/api-client';

const CREATE_DOCUMENT = 'mutation ($input: CreateDocumentInput!) { createDocument(input: $input) { id } }';
const CREATE_THREAD = 'mutation ($input: CreateThreadInput!) { createThread(input: $input) { thread { id } } }';
const CHANGE_PASSWORD = 'mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }';
const CREATE_STRUCTURE = 'mutation ($input: CreateStructureInput!) { createStructure(input: $input) { id } }';
const CREATE_SPACE = 'mutation ($input: CreateSpaceInput!) { createSpace(input: $input) { slug } }';

/** The limits the client checks before sending are the very ones the server enforces, with the same sentences. */
describe('rules shared with the client', () => {
  let app: TestApp;
  let admin: ApiClient;

  beforeAll(async () => {
    app = await TestApp.start();
    admin = (await app.as('ADMIN')).client;
  });
  afterAll(() => app.stop());

  /** `query` passes with the longest allowed text, and one character more is refused on `field` with the shared sentence. */
  async function holdsTheLongest(rule: LengthRule, label: string, field: string, query: string, variables: (text: string) => Record<string, unknown>) {
    await admin.ok(query, variables('a'.repeat(rule.max)));
    const error = await admin.fails(query, variables('a'.repeat(rule.max + 1)));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(error.message).toBe(lengthMessages(label, rule).tooLong);
  }

  it('holds document titles, comments and structures’ short names to their shared length', async () => {
    const space = await app.createSpace({ visibility: 'MEMBERS' });
    const document = await app.createDocument(space);
    await holdsTheLongest(DOCUMENT_TITLE_LENGTH, 'Le titre', 'title', CREATE_DOCUMENT, (title) => ({ input: { spaceId: space.id, title } }));
    await holdsTheLongest(COMMENT_LENGTH, 'Le commentaire', 'body', CREATE_THREAD, (body) => ({ input: { documentId: document.id, body } }));
    await holdsTheLongest(STRUCTURE_SHORT_NAME_LENGTH, 'Le nom court', 'shortName', CREATE_STRUCTURE, (shortName) => ({
      input: { name: `Structure ${shortName.length}`, shortName, kind: 'AUTRE', color: '#0063A6' },
    }));
  });

  it('refuses a new password shorter than the shared minimum with the sentence the client shows', async () => {
    const { client } = await app.as('MEMBRE');
    const error = await client.fails(CHANGE_PASSWORD, { input: { currentPassword: PASSWORD, newPassword: 'a'.repeat(PASSWORD_LENGTH.min - 1) } });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    expect(error.message).toBe(lengthMessages('Le mot de passe', PASSWORD_LENGTH).tooShort);
  });

  it('takes a space’s address from its name as the client previews it, and refuses an address that breaks the shared rule', async () => {
    const name = 'Rencontres de l’été — Œuvres communes';
    expect(await admin.ok(CREATE_SPACE, { input: { name, visibility: 'MEMBERS' } })).toEqual({ createSpace: { slug: slugify(name) } });
    const invalid = await admin.fails(CREATE_SPACE, { input: { name: 'Espace', slug: 'Été', visibility: 'MEMBERS' } });
    expect([invalid.extensions.field, invalid.message]).toEqual(['slug', SLUG_RULE_MESSAGE]);
    const overlong = await admin.fails(CREATE_SPACE, { input: { name: 'Espace', slug: 'a'.repeat(SLUG_MAX_LENGTH + 1), visibility: 'MEMBERS' } });
    expect(overlong.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'slug' });
  });
});
