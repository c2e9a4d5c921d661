/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Accounts {\n    users {\n      id\n      name\n      email\n      role\n      disabled\n      invitationPending\n      createdAt\n      lastSeenAt\n      structure {\n        id\n        name\n        shortName\n        color\n      }\n    }\n    structures {\n      id\n      name\n      shortName\n      color\n    }\n  }\n": typeof types.AccountsDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      name\n      role\n      disabled\n      structure {\n        id\n        name\n        shortName\n        color\n      }\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation CreatePasswordResetLink($userId: ID!) {\n    createPasswordResetLink(userId: $userId) {\n      link\n      emailed\n    }\n  }\n": typeof types.CreatePasswordResetLinkDocument,
    "\n  query Invitations {\n    invitations {\n      id\n      email\n      status\n      createdAt\n      expiresAt\n      user {\n        id\n        name\n        role\n        structure {\n          id\n          name\n          shortName\n          color\n        }\n      }\n      createdBy {\n        id\n        name\n      }\n    }\n    structures {\n      id\n      name\n      shortName\n      color\n    }\n  }\n": typeof types.InvitationsDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      link\n      emailed\n      invitation {\n        id\n        email\n      }\n    }\n  }\n": typeof types.InviteUserDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  query AdminSpaces {\n    spaces {\n      id\n      name\n      slug\n      description\n      visibility\n      allowedRoles\n      allowedStructures {\n        id\n        name\n        shortName\n        color\n      }\n    }\n    structures {\n      id\n      name\n      shortName\n      color\n    }\n  }\n": typeof types.AdminSpacesDocument,
    "\n  mutation CreateSpace($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      id\n      name\n      slug\n    }\n  }\n": typeof types.CreateSpaceDocument,
    "\n  mutation UpdateSpace($input: UpdateSpaceInput!) {\n    updateSpace(input: $input) {\n      id\n      name\n      slug\n      description\n      visibility\n      allowedRoles\n      allowedStructures {\n        id\n        name\n        shortName\n        color\n      }\n    }\n  }\n": typeof types.UpdateSpaceDocument,
    "\n  mutation DeleteSpace($id: ID!) {\n    deleteSpace(id: $id)\n  }\n": typeof types.DeleteSpaceDocument,
    "\n  query Structures {\n    structures {\n      id\n      name\n      shortName\n      kind\n      color\n      memberCount\n      sites {\n        id\n        name\n      }\n    }\n    escSites {\n      id\n      name\n      neighbourhood\n    }\n  }\n": typeof types.StructuresDocument,
    "\n  mutation CreateStructure($input: CreateStructureInput!) {\n    createStructure(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateStructureDocument,
    "\n  mutation UpdateStructure($input: UpdateStructureInput!) {\n    updateStructure(input: $input) {\n      id\n      name\n      shortName\n      kind\n      color\n      sites {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UpdateStructureDocument,
    "\n  mutation DeleteStructure($id: ID!) {\n    deleteStructure(id: $id)\n  }\n": typeof types.DeleteStructureDocument,
    "\n  query TokenInfo($token: String!) {\n    tokenInfo(token: $token) {\n      email\n      name\n      kind\n    }\n  }\n": typeof types.TokenInfoDocument,
    "\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      id\n      name\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      id\n      name\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      role\n      structure {\n        id\n        name\n        shortName\n        color\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      name\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Document($id: ID!) {\n    document(id: $id) {\n      id\n      title\n      slug\n      content\n      createdAt\n      updatedAt\n      deletedAt\n      canEdit\n      parent {\n        id\n      }\n      ancestors {\n        id\n        title\n        slug\n      }\n      children {\n        id\n        title\n        slug\n      }\n      space {\n        id\n        name\n        slug\n        canEdit\n      }\n      createdBy {\n        id\n        name\n      }\n      updatedBy {\n        id\n        name\n        structure {\n          id\n          name\n          shortName\n          color\n        }\n      }\n    }\n  }\n": typeof types.DocumentDocument,
    "\n  query Trash($spaceId: ID!) {\n    trash(spaceId: $spaceId) {\n      id\n      title\n      slug\n      deletedAt\n      deletedBy {\n        id\n        name\n        structure {\n          id\n          name\n          shortName\n          color\n        }\n      }\n    }\n  }\n": typeof types.TrashDocument,
    "\n  mutation CreateDocument($input: CreateDocumentInput!) {\n    createDocument(input: $input) {\n      id\n      slug\n      title\n    }\n  }\n": typeof types.CreateDocumentDocument,
    "\n  mutation RenameDocument($id: ID!, $title: String!) {\n    renameDocument(id: $id, title: $title) {\n      id\n      title\n      slug\n    }\n  }\n": typeof types.RenameDocumentDocument,
    "\n  mutation MoveDocument($input: MoveDocumentInput!) {\n    moveDocument(input: $input) {\n      id\n      position\n      parent {\n        id\n      }\n    }\n  }\n": typeof types.MoveDocumentDocument,
    "\n  mutation TrashDocument($id: ID!) {\n    trashDocument(id: $id) {\n      id\n      deletedAt\n    }\n  }\n": typeof types.TrashDocumentDocument,
    "\n  mutation RestoreDocument($id: ID!) {\n    restoreDocument(id: $id) {\n      id\n      slug\n      deletedAt\n    }\n  }\n": typeof types.RestoreDocumentDocument,
    "\n  mutation PurgeDocument($id: ID!) {\n    purgeDocument(id: $id)\n  }\n": typeof types.PurgeDocumentDocument,
    "\n  query CollabToken($documentId: ID!) {\n    collabToken(documentId: $documentId)\n  }\n": typeof types.CollabTokenDocument,
    "\n  query MentionCandidates($documentId: ID!, $search: String!) {\n    mentionCandidates(documentId: $documentId, search: $search) {\n      id\n      kind\n      label\n      structure {\n        id\n        name\n        shortName\n        color\n      }\n    }\n  }\n": typeof types.MentionCandidatesDocument,
    "\n  query Home {\n    spaces {\n      id\n      name\n      slug\n      description\n      visibility\n    }\n    recentDocuments(limit: 8) {\n      id\n      title\n      slug\n      updatedAt\n      updatedBy {\n        id\n        name\n        structure {\n          id\n          name\n          shortName\n          color\n        }\n      }\n      space {\n        id\n        name\n        slug\n      }\n    }\n  }\n": typeof types.HomeDocument,
    "\n  query Spaces {\n    spaces {\n      id\n      name\n      slug\n      visibility\n    }\n  }\n": typeof types.SpacesDocument,
    "\n  query Space($slug: String!) {\n    space(slug: $slug) {\n      id\n      name\n      slug\n      description\n      visibility\n      canEdit\n      tree {\n        id\n        title\n        slug\n        parentId\n        position\n      }\n    }\n  }\n": typeof types.SpaceDocument,
};
const documents: Documents = {
    "\n  query Accounts {\n    users {\n      id\n      name\n      email\n      role\n      disabled\n      invitationPending\n      createdAt\n      lastSeenAt\n      structure {\n        id\n        name\n        shortName\n        color\n      }\n    }\n    structures {\n      id\n      name\n      shortName\n      color\n    }\n  }\n": types.AccountsDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      name\n      role\n      disabled\n      structure {\n        id\n        name\n        shortName\n        color\n      }\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation CreatePasswordResetLink($userId: ID!) {\n    createPasswordResetLink(userId: $userId) {\n      link\n      emailed\n    }\n  }\n": types.CreatePasswordResetLinkDocument,
    "\n  query Invitations {\n    invitations {\n      id\n      email\n      status\n      createdAt\n      expiresAt\n      user {\n        id\n        name\n        role\n        structure {\n          id\n          name\n          shortName\n          color\n        }\n      }\n      createdBy {\n        id\n        name\n      }\n    }\n    structures {\n      id\n      name\n      shortName\n      color\n    }\n  }\n": types.InvitationsDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      link\n      emailed\n      invitation {\n        id\n        email\n      }\n    }\n  }\n": types.InviteUserDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  query AdminSpaces {\n    spaces {\n      id\n      name\n      slug\n      description\n      visibility\n      allowedRoles\n      allowedStructures {\n        id\n        name\n        shortName\n        color\n      }\n    }\n    structures {\n      id\n      name\n      shortName\n      color\n    }\n  }\n": types.AdminSpacesDocument,
    "\n  mutation CreateSpace($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      id\n      name\n      slug\n    }\n  }\n": types.CreateSpaceDocument,
    "\n  mutation UpdateSpace($input: UpdateSpaceInput!) {\n    updateSpace(input: $input) {\n      id\n      name\n      slug\n      description\n      visibility\n      allowedRoles\n      allowedStructures {\n        id\n        name\n        shortName\n        color\n      }\n    }\n  }\n": types.UpdateSpaceDocument,
    "\n  mutation DeleteSpace($id: ID!) {\n    deleteSpace(id: $id)\n  }\n": types.DeleteSpaceDocument,
    "\n  query Structures {\n    structures {\n      id\n      name\n      shortName\n      kind\n      color\n      memberCount\n      sites {\n        id\n        name\n      }\n    }\n    escSites {\n      id\n      name\n      neighbourhood\n    }\n  }\n": types.StructuresDocument,
    "\n  mutation CreateStructure($input: CreateStructureInput!) {\n    createStructure(input: $input) {\n      id\n    }\n  }\n": types.CreateStructureDocument,
    "\n  mutation UpdateStructure($input: UpdateStructureInput!) {\n    updateStructure(input: $input) {\n      id\n      name\n      shortName\n      kind\n      color\n      sites {\n        id\n        name\n      }\n    }\n  }\n": types.UpdateStructureDocument,
    "\n  mutation DeleteStructure($id: ID!) {\n    deleteStructure(id: $id)\n  }\n": types.DeleteStructureDocument,
    "\n  query TokenInfo($token: String!) {\n    tokenInfo(token: $token) {\n      email\n      name\n      kind\n    }\n  }\n": types.TokenInfoDocument,
    "\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      id\n      name\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      id\n      name\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      name\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      role\n      structure {\n        id\n        name\n        shortName\n        color\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      name\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Document($id: ID!) {\n    document(id: $id) {\n      id\n      title\n      slug\n      content\n      createdAt\n      updatedAt\n      deletedAt\n      canEdit\n      parent {\n        id\n      }\n      ancestors {\n        id\n        title\n        slug\n      }\n      children {\n        id\n        title\n        slug\n      }\n      space {\n        id\n        name\n        slug\n        canEdit\n      }\n      createdBy {\n        id\n        name\n      }\n      updatedBy {\n        id\n        name\n        structure {\n          id\n          name\n          shortName\n          color\n        }\n      }\n    }\n  }\n": types.DocumentDocument,
    "\n  query Trash($spaceId: ID!) {\n    trash(spaceId: $spaceId) {\n      id\n      title\n      slug\n      deletedAt\n      deletedBy {\n        id\n        name\n        structure {\n          id\n          name\n          shortName\n          color\n        }\n      }\n    }\n  }\n": types.TrashDocument,
    "\n  mutation CreateDocument($input: CreateDocumentInput!) {\n    createDocument(input: $input) {\n      id\n      slug\n      title\n    }\n  }\n": types.CreateDocumentDocument,
    "\n  mutation RenameDocument($id: ID!, $title: String!) {\n    renameDocument(id: $id, title: $title) {\n      id\n      title\n      slug\n    }\n  }\n": types.RenameDocumentDocument,
    "\n  mutation MoveDocument($input: MoveDocumentInput!) {\n    moveDocument(input: $input) {\n      id\n      position\n      parent {\n        id\n      }\n    }\n  }\n": types.MoveDocumentDocument,
    "\n  mutation TrashDocument($id: ID!) {\n    trashDocument(id: $id) {\n      id\n      deletedAt\n    }\n  }\n": types.TrashDocumentDocument,
    "\n  mutation RestoreDocument($id: ID!) {\n    restoreDocument(id: $id) {\n      id\n      slug\n      deletedAt\n    }\n  }\n": types.RestoreDocumentDocument,
    "\n  mutation PurgeDocument($id: ID!) {\n    purgeDocument(id: $id)\n  }\n": types.PurgeDocumentDocument,
    "\n  query CollabToken($documentId: ID!) {\n    collabToken(documentId: $documentId)\n  }\n": types.CollabTokenDocument,
    "\n  query MentionCandidates($documentId: ID!, $search: String!) {\n    mentionCandidates(documentId: $documentId, search: $search) {\n      id\n      kind\n      label\n      structure {\n        id\n        name\n        shortName\n        color\n      }\n    }\n  }\n": types.MentionCandidatesDocument,
    "\n  query Home {\n    spaces {\n      id\n      name\n      slug\n      description\n      visibility\n    }\n    recentDocuments(limit: 8) {\n      id\n      title\n      slug\n      updatedAt\n      updatedBy {\n        id\n        name\n        structure {\n          id\n          name\n          shortName\n          color\n        }\n      }\n      space {\n        id\n        name\n        slug\n      }\n    }\n  }\n": types.HomeDocument,
    "\n  query Spaces {\n    spaces {\n      id\n      name\n      slug\n      visibility\n    }\n  }\n": types.SpacesDocument,
    "\n  query Space($slug: String!) {\n    space(slug: $slug) {\n      id\n      name\n      slug\n      description\n      visibility\n      canEdit\n      tree {\n        id\n        title\n        slug\n        parentId\n        position\n      }\n    }\n  }\n": types.SpaceDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Accounts {\n    users {\n      id\n      name\n      email\n      role\n      disabled\n      invitationPending\n      createdAt\n      lastSeenAt\n      structure {\n        id\n        name\n        shortName\n        color\n      }\n    }\n    structures {\n      id\n      name\n      shortName\n      color\n    }\n  }\n"): (typeof documents)["\n  query Accounts {\n    users {\n      id\n      name\n      email\n      role\n      disabled\n      invitationPending\n      createdAt\n      lastSeenAt\n      structure {\n        id\n        name\n        shortName\n        color\n      }\n    }\n    structures {\n      id\n      name\n      shortName\n      color\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      name\n      role\n      disabled\n      structure {\n        id\n        name\n        shortName\n        color\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      name\n      role\n      disabled\n      structure {\n        id\n        name\n        shortName\n        color\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePasswordResetLink($userId: ID!) {\n    createPasswordResetLink(userId: $userId) {\n      link\n      emailed\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePasswordResetLink($userId: ID!) {\n    createPasswordResetLink(userId: $userId) {\n      link\n      emailed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitations {\n    invitations {\n      id\n      email\n      status\n      createdAt\n      expiresAt\n      user {\n        id\n        name\n        role\n        structure {\n          id\n          name\n          shortName\n          color\n        }\n      }\n      createdBy {\n        id\n        name\n      }\n    }\n    structures {\n      id\n      name\n      shortName\n      color\n    }\n  }\n"): (typeof documents)["\n  query Invitations {\n    invitations {\n      id\n      email\n      status\n      createdAt\n      expiresAt\n      user {\n        id\n        name\n        role\n        structure {\n          id\n          name\n          shortName\n          color\n        }\n      }\n      createdBy {\n        id\n        name\n      }\n    }\n    structures {\n      id\n      name\n      shortName\n      color\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      link\n      emailed\n      invitation {\n        id\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      link\n      emailed\n      invitation {\n        id\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSpaces {\n    spaces {\n      id\n      name\n      slug\n      description\n      visibility\n      allowedRoles\n      allowedStructures {\n        id\n        name\n        shortName\n        color\n      }\n    }\n    structures {\n      id\n      name\n      shortName\n      color\n    }\n  }\n"): (typeof documents)["\n  query AdminSpaces {\n    spaces {\n      id\n      name\n      slug\n      description\n      visibility\n      allowedRoles\n      allowedStructures {\n        id\n        name\n        shortName\n        color\n      }\n    }\n    structures {\n      id\n      name\n      shortName\n      color\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSpace($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      id\n      name\n      slug\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSpace($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      id\n      name\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSpace($input: UpdateSpaceInput!) {\n    updateSpace(input: $input) {\n      id\n      name\n      slug\n      description\n      visibility\n      allowedRoles\n      allowedStructures {\n        id\n        name\n        shortName\n        color\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSpace($input: UpdateSpaceInput!) {\n    updateSpace(input: $input) {\n      id\n      name\n      slug\n      description\n      visibility\n      allowedRoles\n      allowedStructures {\n        id\n        name\n        shortName\n        color\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSpace($id: ID!) {\n    deleteSpace(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteSpace($id: ID!) {\n    deleteSpace(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Structures {\n    structures {\n      id\n      name\n      shortName\n      kind\n      color\n      memberCount\n      sites {\n        id\n        name\n      }\n    }\n    escSites {\n      id\n      name\n      neighbourhood\n    }\n  }\n"): (typeof documents)["\n  query Structures {\n    structures {\n      id\n      name\n      shortName\n      kind\n      color\n      memberCount\n      sites {\n        id\n        name\n      }\n    }\n    escSites {\n      id\n      name\n      neighbourhood\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStructure($input: CreateStructureInput!) {\n    createStructure(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateStructure($input: CreateStructureInput!) {\n    createStructure(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateStructure($input: UpdateStructureInput!) {\n    updateStructure(input: $input) {\n      id\n      name\n      shortName\n      kind\n      color\n      sites {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateStructure($input: UpdateStructureInput!) {\n    updateStructure(input: $input) {\n      id\n      name\n      shortName\n      kind\n      color\n      sites {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteStructure($id: ID!) {\n    deleteStructure(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteStructure($id: ID!) {\n    deleteStructure(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TokenInfo($token: String!) {\n    tokenInfo(token: $token) {\n      email\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query TokenInfo($token: String!) {\n    tokenInfo(token: $token) {\n      email\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      name\n      email\n      role\n      structure {\n        id\n        name\n        shortName\n        color\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      name\n      email\n      role\n      structure {\n        id\n        name\n        shortName\n        color\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Document($id: ID!) {\n    document(id: $id) {\n      id\n      title\n      slug\n      content\n      createdAt\n      updatedAt\n      deletedAt\n      canEdit\n      parent {\n        id\n      }\n      ancestors {\n        id\n        title\n        slug\n      }\n      children {\n        id\n        title\n        slug\n      }\n      space {\n        id\n        name\n        slug\n        canEdit\n      }\n      createdBy {\n        id\n        name\n      }\n      updatedBy {\n        id\n        name\n        structure {\n          id\n          name\n          shortName\n          color\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Document($id: ID!) {\n    document(id: $id) {\n      id\n      title\n      slug\n      content\n      createdAt\n      updatedAt\n      deletedAt\n      canEdit\n      parent {\n        id\n      }\n      ancestors {\n        id\n        title\n        slug\n      }\n      children {\n        id\n        title\n        slug\n      }\n      space {\n        id\n        name\n        slug\n        canEdit\n      }\n      createdBy {\n        id\n        name\n      }\n      updatedBy {\n        id\n        name\n        structure {\n          id\n          name\n          shortName\n          color\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Trash($spaceId: ID!) {\n    trash(spaceId: $spaceId) {\n      id\n      title\n      slug\n      deletedAt\n      deletedBy {\n        id\n        name\n        structure {\n          id\n          name\n          shortName\n          color\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Trash($spaceId: ID!) {\n    trash(spaceId: $spaceId) {\n      id\n      title\n      slug\n      deletedAt\n      deletedBy {\n        id\n        name\n        structure {\n          id\n          name\n          shortName\n          color\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDocument($input: CreateDocumentInput!) {\n    createDocument(input: $input) {\n      id\n      slug\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDocument($input: CreateDocumentInput!) {\n    createDocument(input: $input) {\n      id\n      slug\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameDocument($id: ID!, $title: String!) {\n    renameDocument(id: $id, title: $title) {\n      id\n      title\n      slug\n    }\n  }\n"): (typeof documents)["\n  mutation RenameDocument($id: ID!, $title: String!) {\n    renameDocument(id: $id, title: $title) {\n      id\n      title\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveDocument($input: MoveDocumentInput!) {\n    moveDocument(input: $input) {\n      id\n      position\n      parent {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MoveDocument($input: MoveDocumentInput!) {\n    moveDocument(input: $input) {\n      id\n      position\n      parent {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrashDocument($id: ID!) {\n    trashDocument(id: $id) {\n      id\n      deletedAt\n    }\n  }\n"): (typeof documents)["\n  mutation TrashDocument($id: ID!) {\n    trashDocument(id: $id) {\n      id\n      deletedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreDocument($id: ID!) {\n    restoreDocument(id: $id) {\n      id\n      slug\n      deletedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreDocument($id: ID!) {\n    restoreDocument(id: $id) {\n      id\n      slug\n      deletedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PurgeDocument($id: ID!) {\n    purgeDocument(id: $id)\n  }\n"): (typeof documents)["\n  mutation PurgeDocument($id: ID!) {\n    purgeDocument(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CollabToken($documentId: ID!) {\n    collabToken(documentId: $documentId)\n  }\n"): (typeof documents)["\n  query CollabToken($documentId: ID!) {\n    collabToken(documentId: $documentId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentionCandidates($documentId: ID!, $search: String!) {\n    mentionCandidates(documentId: $documentId, search: $search) {\n      id\n      kind\n      label\n      structure {\n        id\n        name\n        shortName\n        color\n      }\n    }\n  }\n"): (typeof documents)["\n  query MentionCandidates($documentId: ID!, $search: String!) {\n    mentionCandidates(documentId: $documentId, search: $search) {\n      id\n      kind\n      label\n      structure {\n        id\n        name\n        shortName\n        color\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home {\n    spaces {\n      id\n      name\n      slug\n      description\n      visibility\n    }\n    recentDocuments(limit: 8) {\n      id\n      title\n      slug\n      updatedAt\n      updatedBy {\n        id\n        name\n        structure {\n          id\n          name\n          shortName\n          color\n        }\n      }\n      space {\n        id\n        name\n        slug\n      }\n    }\n  }\n"): (typeof documents)["\n  query Home {\n    spaces {\n      id\n      name\n      slug\n      description\n      visibility\n    }\n    recentDocuments(limit: 8) {\n      id\n      title\n      slug\n      updatedAt\n      updatedBy {\n        id\n        name\n        structure {\n          id\n          name\n          shortName\n          color\n        }\n      }\n      space {\n        id\n        name\n        slug\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Spaces {\n    spaces {\n      id\n      name\n      slug\n      visibility\n    }\n  }\n"): (typeof documents)["\n  query Spaces {\n    spaces {\n      id\n      name\n      slug\n      visibility\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Space($slug: String!) {\n    space(slug: $slug) {\n      id\n      name\n      slug\n      description\n      visibility\n      canEdit\n      tree {\n        id\n        title\n        slug\n        parentId\n        position\n      }\n    }\n  }\n"): (typeof documents)["\n  query Space($slug: String!) {\n    space(slug: $slug) {\n      id\n      name\n      slug\n      description\n      visibility\n      canEdit\n      tree {\n        id\n        title\n        slug\n        parentId\n        position\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;