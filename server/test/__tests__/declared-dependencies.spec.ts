import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';

const SERVER = path.resolve(__dirname, '../..');
const manifest = JSON.parse(fs.readFileSync(path.join(SERVER, 'package.json'), 'utf8')) as Record<string, Record<string, string>>;
/** Static, side-effect and dynamic imports, require and require.resolve of a package (relative paths left out). */
const IMPORT = /(?:\bfrom\s+|\bimport\s*\(?\s*|\brequire(?:\.resolve)?\(\s*)'([^'./][^']*)'/g;

/** The package an import names (`@scope/name` or `name`), without the path inside it. */
const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');
const isBuiltin = (name: string) => name.startsWith('node:') || builtinModules.includes(name);
const isTestCode = (file: string) => file.includes(`${path.sep}__tests__${path.sep}`) || file.endsWith('.spec.ts');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return entry.name.endsWith('.ts') ? [file] : [];
  });
}

function undeclared(files: string[], declared: Record<string, string>): string[] {
  const missing = new Set<string>();
  for (const file of files) {
    for (const [, specifier] of fs.readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const name = packageOf(specifier);
      if (!isBuiltin(name) && !(name in declared)) missing.add(`${name} (${path.relative(SERVER, file)})`);
    }
  }
  return [...missing].sort();
}

// A package found only because another workspace or a dependency brought it into node_modules would vanish from a
// production install (npm prune, the Docker image) or change version under the server's feet.
describe('the packages the server imports', () => {
  const all = ['src', 'test', 'bench', 'scripts'].flatMap((dir) => sourceFiles(path.join(SERVER, dir)));

  it('are dependencies when the running server imports them', () => {
    const running = all.filter((file) => file.startsWith(path.join(SERVER, 'src')) && !isTestCode(file));
    expect(undeclared(running, manifest.dependencies)).toEqual([]);
  });

  it('are dependencies or development dependencies when tests, benchmarks or scripts import them', () => {
    expect(undeclared(all, { ...manifest.dependencies, ...manifest.devDependencies })).toEqual([]);
  });
});
