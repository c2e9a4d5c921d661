import type { Plugin } from 'vite';

/** A translation of React Aria's built-in strings (for screen readers: « sélectionné », « Ignorer »…). */
const LOCALE_FILE = /\/react-(aria|aria-components|stately)\/dist\/private\/intl\/(?:[\w-]+\/)?([a-z]{2}-[A-Z]{2})\.mjs$/;
const EMPTY = '\0cocon-no-locale';

/**
 * React Aria ships its strings in 34 languages and imports them all; Cocon speaks French only (`I18nProvider
 * locale="fr-FR"`), with English kept as the library's own fallback. The others become an empty module, which
 * the library treats as a missing language.
 */
export function reactAriaLocales(kept: string[]): Plugin {
  return {
    name: 'cocon-react-aria-locales',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !/\/intl\//.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const locale = resolved && LOCALE_FILE.exec(resolved.id)?.[2];
      return locale && !kept.includes(locale) ? EMPTY : null;
    },
    load(id) {
      return id === EMPTY ? 'export default undefined;' : null;
    },
  };
}
