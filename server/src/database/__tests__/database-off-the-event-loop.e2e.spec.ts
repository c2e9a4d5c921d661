import { TestApp } from '../../../test/test-app';

const STATEMENT_SECONDS = 3;

describe('the server while the database works on a long statement', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.stop());

  it('goes on answering visitors whose request needs no database', async () => {
    let working = true;
    const started = performance.now();
    const statement = app.dataSource.query(`SELECT pg_sleep(${STATEMENT_SECONDS})`).finally(() => (working = false));
    const visitor = app.anonymous();
    let answeredMeanwhile = 0;
    while (working) {
      expect(await visitor.ok('{ me { id } }')).toEqual({ me: null });
      if (working) answeredMeanwhile++;
    }
    await statement;

    // The statement did hold the database that long, and the visitor was answered all along: dozens of times where
    // a database sharing the server's thread lets no answer through at all.
    expect(performance.now() - started).toBeGreaterThanOrEqual(STATEMENT_SECONDS * 1000);
    expect(answeredMeanwhile).toBeGreaterThanOrEqual(10);
  });
});
