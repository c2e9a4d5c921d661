import { graphql } from '../../../gql';

// Every space answers with its typename `Space`: urql's document cache then refreshes the sidebar's list too.
export const AdminSpacesQuery = graphql(`
  query AdminSpaces {
    spaces {
      id
      name
      slug
      description
      visibility
      allowedRoles
      commentRoles
      allowedStructures {
        id
        name
        shortName
        color
      }
    }
    structures {
      id
      name
      shortName
      color
    }
  }
`);

export const CreateSpaceMutation = graphql(`
  mutation CreateSpace($input: CreateSpaceInput!) {
    createSpace(input: $input) {
      id
      name
      slug
    }
  }
`);

export const UpdateSpaceMutation = graphql(`
  mutation UpdateSpace($input: UpdateSpaceInput!) {
    updateSpace(input: $input) {
      id
      name
      slug
      description
      visibility
      allowedRoles
      commentRoles
      allowedStructures {
        id
        name
        shortName
        color
      }
    }
  }
`);

export const DeleteSpaceMutation = graphql(`
  mutation DeleteSpace($id: ID!) {
    deleteSpace(id: $id)
  }
`);
