import fs from 'node:fs';
import type { Plugin } from 'vite';

const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
const FIRST_DEFINITION = /\b(query|mutation|subscription|fragment)\s+([A-Za-z_]\w*)/;
const GQL_IMPORT = /^import\s*\{\s*graphql\s*\}\s*from\s*['"][./]*\/gql['"];?\s*$/m;
/** How the client preset writes each document: `export const NameDocument = {…} as unknown as DocumentNode<…>;`. */
const GENERATED = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm;
const PREFIX = 'cocon-graphql-document:';

/**
 * Replaces each `graphql(`…`)` call by the one typed document it stands for, each in a module of its own, as the
 * client preset's Babel plugin does. Without it, `graphql()` looks its text up in a map of every operation of the
 * application, and the generated file is one module: the first page would carry all of them (about 170 kB). With
 * it, a page holds only the documents it uses.
 */
export function graphqlDocuments(generatedFile: string): Plugin {
  const generatedFolder = generatedFile.slice(0, generatedFile.lastIndexOf('/') + 1);
  let documents = new Map<string, string>();
  return {
    name: 'cocon-graphql-documents',
    apply: 'build',
    buildStart() {
      const source = fs.readFileSync(generatedFile, 'utf8');
      documents = new Map([...source.matchAll(GENERATED)].map((match) => [match[1], match[2]]));
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      return `export default ${documents.get(id.slice(PREFIX.length + 1))};`;
    },
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.startsWith(generatedFolder) || !GQL_IMPORT.test(code)) return null;
      const names = new Set<string>();
      const replaced = code.replace(CALL, (_call, text: string) => {
        const definition = FIRST_DEFINITION.exec(text);
        if (!definition) this.error(`${id}: a graphql() call without a named operation or fragment`);
        const name = definition[1] === 'fragment' ? `${definition[2]}FragmentDoc` : `${definition[2]}Document`;
        if (!documents.has(name)) this.error(`${id}: ${name} is not in ${generatedFile}; run \`npm run codegen\``);
        names.add(name);
        return name;
      });
      const imports = [...names].map((name) => `import ${name} from ${JSON.stringify(PREFIX + name)};`).join('\n');
      return { code: replaced.replace(GQL_IMPORT, imports), map: null };
    },
  };
}
