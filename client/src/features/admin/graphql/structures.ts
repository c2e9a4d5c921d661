import { graphql } from '../../../gql';

export const StructuresQuery = graphql(`
  query Structures {
    structures {
      id
      name
      shortName
      kind
      color
      memberCount
      sites {
        id
        name
      }
    }
    escSites {
      id
      name
      neighbourhood
    }
  }
`);

export const CreateStructureMutation = graphql(`
  mutation CreateStructure($input: CreateStructureInput!) {
    createStructure(input: $input) {
      id
    }
  }
`);

export const UpdateStructureMutation = graphql(`
  mutation UpdateStructure($input: UpdateStructureInput!) {
    updateStructure(input: $input) {
      id
      name
      shortName
      kind
      color
      sites {
        id
        name
      }
    }
  }
`);

export const DeleteStructureMutation = graphql(`
  mutation DeleteStructure($id: ID!) {
    deleteStructure(id: $id)
  }
`);
