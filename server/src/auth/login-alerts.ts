import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { LOGGER } from '../common/logger';
import { linkBase } from '../common/public-url';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { MailService } from '../mail/mail.service';
import type { User } from '../users/user.entity';
import { LoginThrottle } from './login-throttle';

const timeFormat = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', hour: 'numeric', minute: '2-digit' });

/**
 * Tells the owner of an account that someone is trying passwords on it: one e-mail per attack (the throttle's
 * counter decides when an attack ends), or one log line without SMTP.
 */
@Injectable()
export class LoginAlerts {
  constructor(
    private readonly throttle: LoginThrottle,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /**
   * Claims the alert of this attack (one statement, so that the answer to the attempt takes about as long either
   * way), then sends it in the background. Never throws: the attempt's answer must not depend on the e-mail.
   */
  async warnOwner(user: User, failures: number, at: Date): Promise<void> {
    try {
      if (!(await this.throttle.claimAlert(user.email))) return;
    } catch (error) {
      this.logger.warn({ err: error, email: user.email }, 'Login alert not claimed');
      return;
    }
    if (!this.mail.enabled) {
      this.logger.warn({ email: user.email, failures }, 'Passwords are being tried on this account; its owner was not e-mailed (no SMTP)');
      return;
    }
    // A message that cannot be sent is logged by the mail service.
    void this.mail.send({ to: user.email, ...this.message(user, failures, at) });
  }

  private message(user: User, failures: number, at: Date): { subject: string; text: string } {
    const base = linkBase(this.config);
    return {
      subject: 'Cocon : des tentatives de connexion à votre compte',
      text: [
        `Bonjour ${user.name},`,
        '',
        `${failures} tentatives de connexion à votre compte Cocon (${user.email}) viennent d’échouer, la dernière à ${timeFormat.format(at)} : ` +
          'le mot de passe donné n’était pas le bon. Si ce n’était pas vous, quelqu’un essaie sans doute de deviner votre mot de passe.',
        '',
        'Votre compte n’est pas bloqué : votre mot de passe fonctionne toujours depuis l’appareil où vous vous connectez d’habitude. ' +
          'Ailleurs, Cocon fait patienter un peu plus après chaque erreur, pour ralentir celui qui essaie.',
        '',
        `Si vous pensez que votre mot de passe est connu de quelqu’un d’autre, choisissez-en un nouveau : ${base}/mot-de-passe-oublie`,
        'Si c’était vous, vous pouvez ignorer ce message. Vous n’en recevrez pas d’autre pour ces mêmes tentatives.',
      ].join('\n'),
    };
  }
}
