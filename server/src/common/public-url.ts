import type { AppConfig } from '../config/config';
import type { AuthenticatedRequest } from './request-context';

// A host as a browser sends it: a name or IPv4 address, or a bracketed IPv6 address, with an optional port.
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * The start of every link Cocon sends by e-mail or writes in an export (`https://cocon.example`, no trailing slash).
 *
 * PUBLIC_URL when it is set. Without it, in development only, the address the signed-in person used to reach Cocon
 * (their Host), so that an administrator trying Cocon on a shared machine hands out links that work. Never from an
 * anonymous request: anyone can forge a Host header, and the forgotten-password form would then e-mail a victim a
 * link to another site. Never in production either, where the start message already warns that PUBLIC_URL is missing.
 */
export function linkBase(
  config: Pick<AppConfig, 'publicUrl' | 'publicUrlConfigured' | 'nodeEnv'>,
  signedInRequest: AuthenticatedRequest | null = null,
): string {
  if (config.publicUrlConfigured || config.nodeEnv === 'production' || !signedInRequest?.user) return config.publicUrl;
  const host = signedInRequest.get('host') ?? '';
  if (!HOST.test(host)) return config.publicUrl;
  return `${signedInRequest.protocol === 'https' ? 'https' : 'http'}://${host}`;
}
