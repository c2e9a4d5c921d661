import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';

function literalToValue(ast: ValueNode): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((field) => [field.name.value, literalToValue(field.value)]));
    case Kind.LIST:
      return ast.values.map(literalToValue);
    default:
      return null;
  }
}

/** Any JSON value; used for editor documents, which the server checks against the shared schema itself. */
export const GraphQLJSON = new GraphQLScalarType({
  name: 'JSON',
  description: 'Une valeur JSON quelconque (contenu de document au format de l’éditeur).',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: literalToValue,
});
