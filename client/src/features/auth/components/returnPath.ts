/** Only paths inside Cocon: "//elsewhere.example" or a full address would send people off the site after logging in. */
export function safeReturnPath(value: string | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/connexion')) return '/';
  return value;
}
