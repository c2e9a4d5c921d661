import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, print, visit, type DefinitionNode, type FragmentDefinitionNode } from 'graphql';

const FEATURES = path.resolve(__dirname, '../../client/src/features');

/** Every operation and fragment the client writes with graphql(`…`), read from its files. */
function clientDefinitions(): DefinitionNode[] {
  const files = fs.readdirSync(FEATURES, { recursive: true, encoding: 'utf8' }).filter((file) => /\/graphql\/[^/]+\.ts$/.test(file));
  return files.flatMap((file) => {
    const source = fs.readFileSync(path.join(FEATURES, file), 'utf8');
    return [...source.matchAll(/graphql\(`([^`]*)`\)/g)].flatMap((match) => parse(match[1]).definitions);
  });
}

/**
 * The text of an operation exactly as the client sends it (`Document`, `CommentThreads`…), with the fragments it
 * spreads: tests then measure what a person's browser really asks for, and follow when the client changes it.
 */
export function clientOperation(name: string): string {
  const definitions = clientDefinitions();
  const operation = definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION && definition.name?.value === name);
  if (!operation) throw new Error(`The client has no operation named ${name}`);
  const fragments = new Map(
    definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const needed = new Map<string, FragmentDefinitionNode>();
  const collect = (node: DefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (!fragment || needed.has(fragment.name.value)) return;
        needed.set(fragment.name.value, fragment);
        collect(fragment);
      },
    });
  collect(operation);
  return [operation, ...needed.values()].map((definition) => print(definition)).join('\n');
}
