import { Writable } from 'node:stream';
import { TestApp } from '../../../test/test-app';

interface LogLine {
  level: number;
  msg: string;
}

const ERROR_LEVEL = 50;

/** What the server's log says when people make mistakes: their mistakes are not the server's errors. */
describe('the server log', () => {
  const lines: LogLine[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ LOG_LEVEL: 'info' }, { logDestination: destination });
  });
  afterAll(() => app.stop());

  it('notes a wrong password or a refused action at info level, never as an error', async () => {
    lines.length = 0;
    const visitor = app.anonymous();
    await visitor.fails('mutation { login(email: "personne@exemple.test", password: "faux") { id } }');
    await visitor.fails('mutation { createSpace(input: { name: "Nouvel espace", visibility: PUBLIC }) { id } }');
    const { client } = await app.as('MEMBRE');
    await client.fails('mutation { createSpace(input: { name: "Nouvel espace", visibility: PUBLIC }) { id } }');
    await client.fails('{ revision(id: "00000000-0000-0000-0000-000000000000") { id } }');
    const response = await fetch(`${app.url}/api/images/00000000-0000-0000-0000-000000000000`);
    expect(response.status).toBe(404);

    expect(lines.some((line) => line.msg === 'Failed login' && line.level === 30)).toBe(true);
    expect(lines.filter((line) => line.level >= ERROR_LEVEL)).toEqual([]);
  });
});
