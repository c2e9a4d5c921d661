import { Writable } from 'node:stream';
import { Redis } from 'ioredis';
import { LessThanOrEqual } from 'typeorm';
import { ApiClient } from '../../../test/api-client';
import { readMail, SmtpSink } from '../../../test/smtp-sink';
import { TcpProxy } from '../../../test/tcp-proxy';
import { PASSWORD, TestApp } from '../../../test/test-app';
import { startApp, type RunningApp } from '../../bootstrap';
import { Clock } from '../../common/clock';
import { ServerSetting } from '../../common/server-setting.entity';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { LoginCounter } from '../login-counter.entity';
import { ALERT_AFTER_FAILURES, FREE_FAILURES, LOGIN_WINDOW_MS, LoginThrottle, MAX_WAIT_SECONDS, waitWording } from '../login-throttle';

const LOGIN = 'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { id } }';
const LOGOUT = 'mutation { logout }';
const RESET_LINK = 'mutation ($userId: ID!) { createPasswordResetLink(userId: $userId) { link } }';
const RESET = 'mutation ($token: String!, $password: String!) { resetPassword(token: $token, password: $password) { id } }';
const WAIT_MESSAGE = /^Trop d’essais de connexion\. Par sécurité, attendez \d+ (secondes?|minutes?) avant de réessayer/;

/** A browser at one network address: the app trusts X-Forwarded-For, as behind the reverse proxy of a real installation. */
class Browser extends ApiClient {
  constructor(
    url: string,
    public address: string,
  ) {
    super(url);
  }

  override post(body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }): Promise<Response> {
    return super.post(body, { ...headers, 'x-forwarded-for': this.address });
  }
}

let addresses = 0;
const newAddress = () => `203.0.${Math.floor(addresses / 250)}.${(addresses++ % 250) + 1}`;

/** The app's clock, held still and moved by the tests instead of sleeping. */
class HeldClock {
  now = Date.now();

  holdIn(running: RunningApp): void {
    jest.spyOn(running.app.get(Clock), 'now').mockImplementation(() => new Date(this.now));
  }

  advance(ms: number): void {
    this.now += ms;
  }
}

/** The setup every test of this file uses: an app, its clock, and browsers at addresses of their own. */
function loginWorld(env: Record<string, string> = {}, logDestination?: Writable) {
  // On the CI run against real services, counters go to Redis as in a real installation.
  const services: Record<string, string> = process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {};
  const world = {
    app: null as unknown as TestApp,
    clock: new HeldClock(),
    browser: (address = newAddress()) => new Browser(world.app.url, address),
    /** A browser where the person has already logged in (then out): a known device of their account. */
    async knownDevice(email: string): Promise<Browser> {
      const browser = world.browser();
      await browser.login(email, PASSWORD);
      await browser.ok(LOGOUT);
      return browser;
    },
    /** `count` wrong passwords on the account from this browser, waiting out (on the app's clock) each slow-down. */
    async guess(email: string, browser: Browser, count: number): Promise<void> {
      for (let attempt = 0; attempt < count; attempt++) {
        for (;;) {
          const error = await browser.fails(LOGIN, { email, password: `devine-${attempt}` });
          if (error.extensions.code === 'BAD_USER_INPUT') break;
          expect(error.message).toMatch(WAIT_MESSAGE);
          world.clock.advance(MAX_WAIT_SECONDS * 1000);
        }
      }
    },
    /** The right password from this browser is refused with the wait message, and opens no session. */
    async expectSlowedDown(email: string, browser: Browser): Promise<string> {
      const error = await browser.fails(LOGIN, { email, password: PASSWORD });
      expect(error.extensions.code).toBe('FORBIDDEN');
      expect(error.message).toMatch(WAIT_MESSAGE);
      expect(error.message).toContain('«\u202fMot de passe oublié ?\u202f»');
      expect(await browser.ok('{ me { id } }')).toEqual({ me: null });
      return error.message;
    },
    async expectLogsIn(email: string, browser: Browser): Promise<void> {
      await browser.login(email, PASSWORD);
      expect((await browser.ok('{ me { email } }')).me).toEqual({ email });
    },
  };
  beforeAll(async () => {
    world.app = await TestApp.start({ TRUST_PROXY: 'true', ...services, ...env }, logDestination ? { logDestination } : {});
    world.clock.holdIn(world.app.running);
  });
  afterAll(() => world.app.stop());
  return world;
}

describe('login protection: guessing is slowed down, the owner is never locked out', () => {
  const world = loginWorld();
  const { clock } = world;

  it('slows down unknown devices after an attacker’s failures from one address, never the owner on a known device', async () => {
    const owner = await world.app.createUser();
    const home = await world.knownDevice(owner.email);
    const attacker = world.browser();
    await world.guess(owner.email, attacker, 8);

    await world.expectSlowedDown(owner.email, world.browser());
    await world.expectLogsIn(owner.email, home);
    // Even from the attacker's own address (the same café, the same box), the known device gets in.
    await home.ok(LOGOUT);
    home.address = attacker.address;
    await world.expectLogsIn(owner.email, home);
  });

  it('slows down only unknown devices when the account is attacked from many addresses', async () => {
    const owner = await world.app.createUser();
    const home = await world.knownDevice(owner.email);
    for (let attacker = 0; attacker < 8; attacker++) await world.guess(owner.email, world.browser(), 1);

    await world.expectSlowedDown(owner.email, world.browser());
    await world.expectLogsIn(owner.email, home);
  });

  it('makes the n-th failure beyond the first three wait 2^n seconds, up to 15 minutes, saying how long', async () => {
    const owner = await world.app.createUser();
    const attacker = world.browser();
    const newcomer = world.browser();
    await world.guess(owner.email, attacker, FREE_FAILURES.account);
    const waits: string[] = [];
    for (let failure = FREE_FAILURES.account + 1; failure <= FREE_FAILURES.account + 11; failure++) {
      await world.guess(owner.email, attacker, 1);
      const seconds = Math.min(2 ** (failure - FREE_FAILURES.account), MAX_WAIT_SECONDS);
      const message = await world.expectSlowedDown(owner.email, newcomer);
      expect(message).toContain(`attendez ${waitWording(seconds)} avant`);
      waits.push(waitWording(seconds));
      clock.advance(seconds * 1000 - 1000);
      await world.expectSlowedDown(owner.email, newcomer);
      clock.advance(1000);
    }
    expect(waits).toEqual([
      '2 secondes',
      '4 secondes',
      '8 secondes',
      '16 secondes',
      '32 secondes',
      '2 minutes',
      '3 minutes',
      '5 minutes',
      '9 minutes',
      '15 minutes',
      '15 minutes',
    ]);
    // Once the wait is over, the right password opens the account from the new device.
    await world.expectLogsIn(owner.email, newcomer);
  });

  it('slows down a known device after its own wrong passwords, so that it cannot be used to guess either', async () => {
    const owner = await world.app.createUser();
    const home = await world.knownDevice(owner.email);
    await world.guess(owner.email, home, FREE_FAILURES.device + 1);

    await world.expectSlowedDown(owner.email, home);
    clock.advance(2000);
    await world.expectLogsIn(owner.email, home);
  });

  it('slows down an address that tries many accounts, for whichever account it tries next', async () => {
    const person = await world.app.createUser();
    const sprayer = world.browser();
    for (let account = 0; account <= FREE_FAILURES.address; account++) await world.guess(`inconnu-${account}-${Date.now()}@exemple.test`, sprayer, 1);

    await world.expectSlowedDown(person.email, sprayer);
    await world.expectLogsIn(person.email, world.browser());
  });

  it('lets the owner in at once through a password reset link, which clears the slow-down of the account', async () => {
    const owner = await world.app.createUser();
    await world.guess(owner.email, world.browser(), 8);
    await world.expectSlowedDown(owner.email, world.browser());

    const { client: admin } = await world.app.as('ADMIN');
    const { createPasswordResetLink } = await admin.ok(RESET_LINK, { userId: owner.id });
    const token = /\/reinitialiser\/([A-Za-z0-9_-]+)$/.exec(createPasswordResetLink.link)![1];
    const phone = world.browser();
    await phone.ok(RESET, { token, password: 'un-nouveau-mot-de-passe' });
    expect((await phone.ok('{ me { id } }')).me).toEqual({ id: owner.id });

    // A new device gets in at once with the new password: the e-mail check ended the slow-down.
    await new Browser(world.app.url, newAddress()).login(owner.email, 'un-nouveau-mot-de-passe');
  });

  it('keeps the counters and the known devices across a restart of the server', async () => {
    const owner = await world.app.createUser();
    const home = await world.knownDevice(owner.email);
    await world.guess(owner.email, world.browser(), 8);

    await world.app.restart();
    clock.holdIn(world.app.running);
    await world.expectSlowedDown(owner.email, world.browser());
    await world.expectLogsIn(owner.email, home);
  });

  it('remembers an account’s failures for an hour after the last one, then forgets them', async () => {
    const owner = await world.app.createUser();
    await world.guess(owner.email, world.browser(), 8);
    clock.advance(LOGIN_WINDOW_MS - 60_000);
    // Remembered: the ninth failure waits 2^6 seconds, as if the others had just happened.
    await world.guess(owner.email, world.browser(), 1);
    expect(await world.expectSlowedDown(owner.email, world.browser())).toContain('attendez 2 minutes');

    clock.advance(LOGIN_WINDOW_MS);
    // Forgotten: this failure is the first again, and the right password follows it at once.
    await world.guess(owner.email, world.browser(), 1);
    await world.expectLogsIn(owner.email, world.browser());
  });

  const redisUrl = process.env.REDIS_URL;
  (redisUrl ? it.skip : it)('without Redis, keeps the counters in the database and deletes the forgotten ones', async () => {
    const throttle = world.app.running.app.get(LoginThrottle);
    const counters = world.app.dataSource.getRepository(LoginCounter);
    const forgotten = () => counters.countBy({ expiresAt: LessThanOrEqual(new Date(clock.now)) });
    await throttle.forgetExpired();
    const owner = await world.app.createUser();
    await world.guess(owner.email, world.browser(), 2);
    expect(await forgotten()).toBe(0);
    expect(await counters.count()).toBeGreaterThanOrEqual(2);

    clock.advance(LOGIN_WINDOW_MS);
    const due = await forgotten();
    expect(due).toBeGreaterThanOrEqual(2);
    expect(await throttle.forgetExpired()).toBe(due);
    expect(await counters.count()).toBe(0);
  });

  (redisUrl ? it : it.skip)('with Redis, keeps the counters there, each one expiring within the hour, and none in the database', async () => {
    const owner = await world.app.createUser();
    await world.guess(owner.email, world.browser(), 2);
    const installation = await world.app.dataSource.getRepository(ServerSetting).findOneByOrFail({ key: 'installation-id' });
    const redis = new Redis(redisUrl!);
    try {
      const keys = await redis.keys(`cocon:${installation.value}:login:*`);
      expect(keys.length).toBeGreaterThanOrEqual(2);
      for (const key of keys) {
        const ttl = await redis.pttl(key);
        expect(ttl).toBeGreaterThan(0);
        expect(ttl).toBeLessThanOrEqual(LOGIN_WINDOW_MS);
      }
    } finally {
      redis.disconnect();
    }
    expect(await world.app.dataSource.getRepository(LoginCounter).count()).toBe(0);
  });

  // The embedded database serves one process: several instances need PostgreSQL.
  (process.env.DATABASE_URL ? it : it.skip)('shares the counters between two instances of one installation', async () => {
    const config = world.app.running.app.get<AppConfig>(APP_CONFIG);
    const second = await startApp({ ...config, port: 0 });
    try {
      clock.holdIn(second);
      const owner = await world.app.createUser();
      await world.guess(owner.email, world.browser(), 8);
      await world.expectSlowedDown(owner.email, new Browser(second.url, newAddress()));
    } finally {
      await second.close();
    }
  });
});

(process.env.REDIS_URL ? describe : describe.skip)('login protection while Redis is unreachable', () => {
  let redis: TcpProxy;
  const env: Record<string, string> = {};
  beforeAll(async () => {
    const target = new URL(process.env.REDIS_URL!);
    redis = await TcpProxy.start(Number(target.port || 6379), target.hostname);
    env.REDIS_URL = `redis://127.0.0.1:${redis.port}`;
  });
  const world = loginWorld(env);
  afterAll(() => redis.stop());

  it('goes on counting in the database: the owner gets in from a known device, guessers are still slowed down', async () => {
    const owner = await world.app.createUser();
    const home = await world.knownDevice(owner.email);
    redis.refuse();
    try {
      await world.guess(owner.email, world.browser(), 8);
      await world.expectSlowedDown(owner.email, world.browser());
      await world.expectLogsIn(owner.email, home);
      expect(await world.app.dataSource.getRepository(LoginCounter).count()).toBeGreaterThan(0);
    } finally {
      redis.restore();
    }
  });
});

describe('login protection: the owner is told when passwords are tried on their account', () => {
  describe('with SMTP', () => {
    const sink = new SmtpSink();
    let smtpPort = 0;
    const world = (() => {
      const env: Record<string, string> = {};
      beforeAll(async () => {
        smtpPort = await sink.start();
        env.SMTP_URL = `smtp://127.0.0.1:${smtpPort}`;
      });
      afterAll(() => sink.stop());
      return loginWorld(env);
    })();

    async function mailsTo(email: string, count: number) {
      for (let tries = 0; sink.to(email).length < count && tries < 100; tries++) await new Promise((resolve) => setTimeout(resolve, 50));
      return sink.to(email).map((mail) => readMail(mail.raw));
    }

    it('sends one e-mail per attack, in plain French, saying the password still works from the usual device', async () => {
      const owner = await world.app.createUser({ name: 'Inès Garnier' });
      for (let attacker = 0; attacker < ALERT_AFTER_FAILURES + 5; attacker++) await world.guess(owner.email, world.browser(), 1);

      // A reset link asked for afterwards arrives second: no other alert was sent in between.
      await world.browser().ok('mutation ($email: String!) { requestPasswordReset(email: $email) }', { email: owner.email });
      const [alert, reset, ...others] = await mailsTo(owner.email, 2);
      expect(others).toEqual([]);
      expect(reset.subject).toMatch(/mot de passe/);
      expect(alert.subject).toBe('Cocon : des tentatives de connexion à votre compte');
      expect(alert.text).toContain('Bonjour Inès Garnier,');
      expect(alert.text).toContain(`${ALERT_AFTER_FAILURES} tentatives de connexion à votre compte Cocon (${owner.email}) viennent d’échouer`);
      expect(alert.text).toContain(
        'Votre compte n’est pas bloqué : votre mot de passe fonctionne toujours depuis l’appareil où vous vous connectez d’habitude.',
      );
      expect(alert.text).toMatch(/choisissez-en un nouveau : http:\/\/\S+\/mot-de-passe-oublie/);
    });

    it('sends a new e-mail for a new attack once the failures of the last one are forgotten', async () => {
      const owner = await world.app.createUser();
      await world.guess(owner.email, world.browser(), ALERT_AFTER_FAILURES);
      expect(await mailsTo(owner.email, 1)).toHaveLength(1);

      world.clock.advance(LOGIN_WINDOW_MS);
      await world.guess(owner.email, world.browser(), ALERT_AFTER_FAILURES);
      expect(await mailsTo(owner.email, 2)).toHaveLength(2);
    });

    it('sends nothing for fewer failures, for an unknown e-mail, or for a disabled account', async () => {
      const before = sink.received.length;
      const typist = await world.app.createUser();
      await world.guess(typist.email, world.browser(), ALERT_AFTER_FAILURES - 1);
      const disabled = await world.app.createUser({ disabledAt: new Date() });
      await world.guess(disabled.email, world.browser(), ALERT_AFTER_FAILURES + 1);
      await world.guess('personne-inconnue@exemple.test', world.browser(), ALERT_AFTER_FAILURES + 1);

      const marker = await world.app.createUser();
      await world.browser().ok('mutation ($email: String!) { requestPasswordReset(email: $email) }', { email: marker.email });
      await mailsTo(marker.email, 1);
      expect(sink.received.slice(before).map((mail) => mail.to)).toEqual([[marker.email]]);
    });
  });

  describe('without SMTP', () => {
    const lines: { msg: string; email?: string; level: number }[] = [];
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    const world = loginWorld({ LOG_LEVEL: 'warn' }, destination);

    it('writes one warning in the log per attack', async () => {
      const owner = await world.app.createUser();
      await world.guess(owner.email, world.browser(), ALERT_AFTER_FAILURES + 5);
      const warnings = lines.filter((line) => line.email === owner.email && /owner was not e-mailed/.test(line.msg));
      expect(warnings).toHaveLength(1);
      expect(warnings[0].level).toBe(40);
    });
  });
});
