import { PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { TestApp } from '../../../test/test-app';
import { AUTHORIZE_KEY, PUBLIC_KEY } from '../authorize.decorator';

/** The HTTP routes outside GraphQL go through the same guard and answer errors the same way. */
describe('the one door for HTTP routes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.stop());

  it('has every route of every controller declare its rule (@Authorize or @Public)', () => {
    const routes = [...app.running.app.get(ModulesContainer).values()].flatMap((module) =>
      [...module.controllers.values()].flatMap(({ metatype }) => {
        const prototype = (metatype as { prototype: Record<string, unknown> }).prototype;
        return Object.getOwnPropertyNames(prototype)
          .filter((name) => name !== 'constructor' && Reflect.hasMetadata(PATH_METADATA, prototype[name] as object))
          .map((name) => {
            const handler = prototype[name] as object;
            const declared = Reflect.hasMetadata(AUTHORIZE_KEY, handler) || Reflect.hasMetadata(PUBLIC_KEY, handler);
            return [`${(metatype as { name: string }).name}.${name}`, declared];
          });
      }),
    );
    expect(routes.length).toBeGreaterThanOrEqual(4);
    expect(routes.filter(([, declared]) => !declared)).toEqual([]);
  });

  it('answers refusals as JSON { code, message } in French, with the status of the code', async () => {
    const cookie = (await app.as('MEMBRE')).client.sessionCookie!;
    const noScope = await fetch(`${app.url}/api/exports/comments.csv`, { headers: { cookie } });
    expect([noScope.status, await noScope.json()]).toEqual([400, { code: 'BAD_USER_INPUT', message: expect.stringMatching(/Indiquez le document/) }]);
    const anonymous = await fetch(`${app.url}/api/exports/comments.csv?documentId=00000000-0000-4000-8000-000000000000`);
    expect([anonymous.status, await anonymous.json()]).toEqual([401, { code: 'UNAUTHENTICATED', message: 'Connectez-vous pour continuer.' }]);
    const unknown = await fetch(`${app.url}/api/nulle-part`);
    expect([unknown.status, await unknown.json()]).toEqual([404, { code: 'NOT_FOUND', message: 'Cette adresse n’existe pas.' }]);
  });

  it('keeps the health check open to all, with its own answer', async () => {
    const response = await fetch(`${app.url}/health`);
    expect([response.status, await response.json()]).toEqual([200, { status: 'ok' }]);
  });
});
