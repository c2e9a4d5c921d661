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
    "\n  query AdminSpaces {\n    spaces {\n      id\n      name\n      slug\n      description\n      visibility\n      allowedRoles\n      commentRoles\n      allowedStructures {\n        id\n        name\n        shortName\n        color\n      }\n    }\n    structures {\n      id\n      name\n      shortName\n      color\n    }\n  }\n": typeof types.AdminSpacesDocument,
    "\n  mutation CreateSpace($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      id\n      name\n      slug\n    }\n  }\n": typeof types.CreateSpaceDocument,
    "\n  mutation UpdateSpace($input: UpdateSpaceInput!) {\n    updateSpace(input: $input) {\n      id\n      name\n      slug\n      description\n      visibility\n      allowedRoles\n      commentRoles\n      allowedStructures {\n        id\n        name\n        shortName\n        color\n      }\n    }\n  }\n": typeof types.UpdateSpaceDocument,
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
    "\n  fragment SummaryFields on CommentSummary {\n    openCount\n    resolvedCount\n    structures {\n      structure {\n        id\n        name\n        shortName\n        color\n      }\n      openCount\n      resolvedCount\n      commentCount\n      chapters {\n        chapter\n        openCount\n        resolvedCount\n        document {\n          id\n          title\n          slug\n        }\n      }\n      threads {\n        id\n        excerpt\n        chapter\n        status\n        textDeleted\n        commentCount\n        lastActivityAt\n        document {\n          id\n          title\n          slug\n        }\n        comments {\n          id\n          body\n          state\n          structure {\n            id\n          }\n          author {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.SummaryFieldsFragmentDoc,
    "\n  query DocumentCommentSummary($documentId: ID!) {\n    document(id: $documentId) {\n      id\n      title\n      slug\n      space {\n        id\n        name\n        slug\n      }\n    }\n    documentCommentSummary(documentId: $documentId) {\n      ...SummaryFields\n    }\n  }\n": typeof types.DocumentCommentSummaryDocument,
    "\n  query SpaceCommentSummary($slug: String!) {\n    space(slug: $slug) {\n      id\n      name\n      slug\n    }\n  }\n": typeof types.SpaceCommentSummaryDocument,
    "\n  query SpaceCommentSummaryById($spaceId: ID!) {\n    spaceCommentSummary(spaceId: $spaceId) {\n      ...SummaryFields\n    }\n  }\n": typeof types.SpaceCommentSummaryByIdDocument,
    "\n  fragment CommentFields on Comment {\n    id\n    threadId\n    body\n    state\n    createdAt\n    editedAt\n    hiddenReason\n    canEdit\n    canModerate\n    role\n    author {\n      id\n      name\n    }\n    structure {\n      id\n      name\n      shortName\n      color\n    }\n    mentions {\n      kind\n      id\n      offset\n      length\n    }\n    moderationHistory {\n      action\n      reason\n      createdAt\n      moderator {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CommentFieldsFragmentDoc,
    "\n  fragment ThreadFields on CommentThread {\n    id\n    documentId\n    excerpt\n    chapter\n    textDeleted\n    status\n    createdAt\n    lastActivityAt\n    resolvedAt\n    resolvedBy {\n      id\n      name\n    }\n    canReply\n    canResolve\n    commentCount\n    anchor {\n      from\n      to\n    }\n    comments {\n      ...CommentFields\n    }\n  }\n": typeof types.ThreadFieldsFragmentDoc,
    "\n  query CommentThreads($documentId: ID!, $filter: CommentFilterInput) {\n    commentThreads(documentId: $documentId, filter: $filter) {\n      ...ThreadFields\n    }\n  }\n": typeof types.CommentThreadsDocument,
    "\n  query CommentContext($documentId: ID!) {\n    document(id: $documentId) {\n      id\n      title\n      slug\n      canComment\n      space {\n        id\n        slug\n        commentRoles\n      }\n    }\n    documentCommentSummary(documentId: $documentId) {\n      openCount\n      resolvedCount\n      chapters {\n        chapter\n        openCount\n        resolvedCount\n      }\n      participants {\n        person {\n          id\n          name\n        }\n        structure {\n          id\n          name\n          shortName\n          color\n        }\n      }\n      structures {\n        structure {\n          id\n          name\n          shortName\n          color\n        }\n      }\n    }\n  }\n": typeof types.CommentContextDocument,
    "\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      mentionWarnings\n      thread {\n        ...ThreadFields\n      }\n    }\n  }\n": typeof types.CreateThreadDocument,
    "\n  mutation ReplyToThread($input: ReplyToThreadInput!) {\n    replyToThread(input: $input) {\n      mentionWarnings\n      thread {\n        ...ThreadFields\n      }\n    }\n  }\n": typeof types.ReplyToThreadDocument,
    "\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      mentionWarnings\n      thread {\n        ...ThreadFields\n      }\n    }\n  }\n": typeof types.EditCommentDocument,
    "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) {\n      threadId\n      thread {\n        ...ThreadFields\n      }\n    }\n  }\n": typeof types.DeleteCommentDocument,
    "\n  mutation ResolveThread($id: ID!) {\n    resolveThread(id: $id) {\n      ...ThreadFields\n    }\n  }\n": typeof types.ResolveThreadDocument,
    "\n  mutation ReopenThread($id: ID!) {\n    reopenThread(id: $id) {\n      ...ThreadFields\n    }\n  }\n": typeof types.ReopenThreadDocument,
    "\n  mutation HideComment($input: HideCommentInput!) {\n    hideComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": typeof types.HideCommentDocument,
    "\n  mutation UnhideComment($id: ID!) {\n    unhideComment(id: $id) {\n      ...CommentFields\n    }\n  }\n": typeof types.UnhideCommentDocument,
    "\n  subscription CommentEvents($documentId: ID!) {\n    commentEvents(documentId: $documentId) {\n      kind\n      threadId\n      commentId\n      actor {\n        id\n        name\n      }\n      thread {\n        ...ThreadFields\n      }\n    }\n  }\n": typeof types.CommentEventsDocument,
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
    "\n  query Notifications($after: ID) {\n    notifications(first: 20, after: $after) {\n      unreadCount\n      hasMore\n      items {\n        id\n        kind\n        summary\n        link\n        excerpt\n        commentText\n        createdAt\n        readAt\n        actorStructure {\n          id\n          name\n          shortName\n          color\n        }\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  subscription NotificationCountChanged {\n    notificationCountChanged\n  }\n": typeof types.NotificationCountChangedDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": typeof types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  query NotificationSettings {\n    notificationSettings {\n      structureMentions\n      threadActivity\n      emailDigest\n      emailAvailable\n    }\n  }\n": typeof types.NotificationSettingsDocument,
    "\n  mutation UpdateNotificationSettings($input: UpdateNotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      structureMentions\n      threadActivity\n      emailDigest\n      emailAvailable\n    }\n  }\n": typeof types.UpdateNotificationSettingsDocument,
    "\n  query Spaces {\n    spaces {\n      id\n      name\n      slug\n      visibility\n    }\n  }\n": typeof types.SpacesDocument,
    "\n  query Space($slug: String!) {\n    space(slug: $slug) {\n      id\n      name\n      slug\n      description\n      visibility\n      canEdit\n    }\n  }\n": typeof types.SpaceDocument,
    "\n  fragment TreeLevelFields on DocumentTreeLevel {\n    parentId\n    hasMore\n    items {\n      id\n      title\n      slug\n      parentId\n      position\n      childCount\n    }\n  }\n": typeof types.TreeLevelFieldsFragmentDoc,
    "\n  query TreeLevel($slug: String!, $parentId: ID, $first: Int!) {\n    space(slug: $slug) {\n      id\n      treeLevel(parentId: $parentId, first: $first) {\n        ...TreeLevelFields\n      }\n    }\n  }\n": typeof types.TreeLevelDocument,
    "\n  query TreePath($slug: String!, $documentId: ID!, $first: Int!) {\n    space(slug: $slug) {\n      id\n      treePath(documentId: $documentId, first: $first) {\n        ...TreeLevelFields\n      }\n    }\n  }\n": typeof types.TreePathDocument,
    "\n  query Archive {\n    archive {\n      id\n      label\n      slug\n      effectiveDate\n      decidedAt\n      archivePath\n      decidedBy {\n        ...HistoryPerson\n      }\n      revision {\n        id\n      }\n      document {\n        id\n        title\n        slug\n        space {\n          id\n          name\n          slug\n        }\n      }\n    }\n  }\n": typeof types.ArchiveDocument,
    "\n  query ArchivedVersion($archiveSlug: String!, $slug: String!) {\n    archivedVersion(archiveSlug: $archiveSlug, slug: $slug) {\n      id\n      label\n      slug\n      status\n      effectiveDate\n      note\n      proposedAt\n      decidedAt\n      proposedBy {\n        ...HistoryPerson\n      }\n      decidedBy {\n        ...HistoryPerson\n      }\n      revision {\n        id\n        number\n        createdAt\n        content\n      }\n      document {\n        id\n        title\n        slug\n        space {\n          id\n          name\n          slug\n        }\n        officialVersions {\n          id\n          label\n          slug\n          status\n          effectiveDate\n          archivePath\n          revision {\n            id\n            number\n          }\n        }\n      }\n    }\n  }\n": typeof types.ArchivedVersionDocument,
    "\n  fragment HistoryStructure on Structure {\n    id\n    name\n    shortName\n    color\n  }\n": typeof types.HistoryStructureFragmentDoc,
    "\n  fragment HistoryPerson on User {\n    id\n    name\n    structure {\n      ...HistoryStructure\n    }\n  }\n": typeof types.HistoryPersonFragmentDoc,
    "\n  fragment HistoryDocument on Document {\n    id\n    title\n    slug\n    canEdit\n    deletedAt\n    space {\n      id\n      name\n      slug\n    }\n    ancestors {\n      id\n      title\n      slug\n    }\n  }\n": typeof types.HistoryDocumentFragmentDoc,
    "\n  fragment RevisionSummary on Revision {\n    id\n    number\n    createdAt\n    cause\n    name\n    title\n    wordCount\n    frozenAt\n    restoredFromNumber\n    changes {\n      wordsAdded\n      wordsRemoved\n      sectionsTouched\n    }\n    contributors {\n      ...HistoryPerson\n    }\n    contributorStructures {\n      ...HistoryStructure\n    }\n    createdBy {\n      ...HistoryPerson\n    }\n    officialVersions {\n      id\n      label\n      slug\n      status\n      archivePath\n    }\n  }\n": typeof types.RevisionSummaryFragmentDoc,
    "\n  fragment OfficialVersionSummary on OfficialVersion {\n    id\n    label\n    slug\n    status\n    effectiveDate\n    note\n    proposedAt\n    decidedAt\n    archivePath\n    proposedBy {\n      ...HistoryPerson\n    }\n    decidedBy {\n      ...HistoryPerson\n    }\n    revision {\n      id\n      number\n      createdAt\n    }\n    events {\n      id\n      action\n      at\n      note\n      actor {\n        ...HistoryPerson\n      }\n    }\n  }\n": typeof types.OfficialVersionSummaryFragmentDoc,
    "\n  query DocumentHistory($id: ID!, $limit: Int!) {\n    document(id: $id) {\n      ...HistoryDocument\n      revisions(limit: $limit) {\n        ...RevisionSummary\n      }\n      events {\n        id\n        kind\n        at\n        before\n        after\n        actor {\n          ...HistoryPerson\n        }\n      }\n      officialVersions {\n        ...OfficialVersionSummary\n      }\n    }\n  }\n": typeof types.DocumentHistoryDocument,
    "\n  query OlderRevisions($id: ID!, $before: Int!, $limit: Int!) {\n    document(id: $id) {\n      id\n      revisions(before: $before, limit: $limit) {\n        ...RevisionSummary\n      }\n    }\n  }\n": typeof types.OlderRevisionsDocument,
    "\n  query ComparableRevisions($id: ID!) {\n    document(id: $id) {\n      id\n      revisions(limit: 200) {\n        id\n        number\n        createdAt\n        name\n        officialVersions {\n          id\n          label\n          status\n        }\n      }\n      officialVersions {\n        id\n        label\n        status\n        revision {\n          id\n          number\n          createdAt\n          name\n        }\n      }\n    }\n  }\n": typeof types.ComparableRevisionsDocument,
    "\n  query HistoryDocumentHead($id: ID!) {\n    document(id: $id) {\n      ...HistoryDocument\n    }\n  }\n": typeof types.HistoryDocumentHeadDocument,
    "\n  mutation CreateNamedRevision($documentId: ID!, $name: String!) {\n    createNamedRevision(documentId: $documentId, name: $name) {\n      ...RevisionSummary\n    }\n  }\n": typeof types.CreateNamedRevisionDocument,
    "\n  mutation NameRevision($id: ID!, $name: String!) {\n    nameRevision(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n": typeof types.NameRevisionDocument,
    "\n  mutation RestoreRevision($id: ID!) {\n    restoreRevision(id: $id) {\n      ...RevisionSummary\n    }\n  }\n": typeof types.RestoreRevisionDocument,
    "\n  mutation ProposeOfficialVersion($input: ProposeOfficialVersionInput!) {\n    proposeOfficialVersion(input: $input) {\n      ...OfficialVersionSummary\n    }\n  }\n": typeof types.ProposeOfficialVersionDocument,
    "\n  mutation ApproveOfficialVersion($id: ID!, $note: String) {\n    approveOfficialVersion(id: $id, note: $note) {\n      ...OfficialVersionSummary\n    }\n  }\n": typeof types.ApproveOfficialVersionDocument,
    "\n  mutation WithdrawOfficialVersion($id: ID!, $note: String) {\n    withdrawOfficialVersion(id: $id, note: $note) {\n      ...OfficialVersionSummary\n    }\n  }\n": typeof types.WithdrawOfficialVersionDocument,
    "\n  query Revision($id: ID!) {\n    revision(id: $id) {\n      ...RevisionSummary\n      content\n      document {\n        ...HistoryDocument\n      }\n    }\n  }\n": typeof types.RevisionDocument,
    "\n  query PreviousRevision($documentId: ID!, $before: Int!) {\n    document(id: $documentId) {\n      id\n      revisions(before: $before, limit: 1) {\n        id\n        number\n      }\n    }\n  }\n": typeof types.PreviousRevisionDocument,
    "\n  query CompareRevisions($fromId: ID!, $toId: ID) {\n    compareRevisions(fromId: $fromId, toId: $toId) {\n      from {\n        ...RevisionSummary\n        document {\n          ...HistoryDocument\n        }\n      }\n      to {\n        ...RevisionSummary\n      }\n      diff\n    }\n  }\n": typeof types.CompareRevisionsDocument,
    "\n  query DocumentProvenance($documentId: ID!) {\n    document(id: $documentId) {\n      ...HistoryDocument\n      officialVersions {\n        id\n        label\n        slug\n        status\n        revision {\n          id\n          number\n        }\n      }\n    }\n    documentProvenance(documentId: $documentId) {\n      index\n      type\n      level\n      text\n      pending\n      origin {\n        id\n        number\n        createdAt\n        officialVersions {\n          id\n          label\n          slug\n          status\n        }\n        contributors {\n          ...HistoryPerson\n        }\n        contributorStructures {\n          ...HistoryStructure\n        }\n      }\n      changedIn {\n        id\n        number\n        createdAt\n        officialVersions {\n          id\n          label\n          slug\n          status\n        }\n        contributors {\n          ...HistoryPerson\n        }\n        contributorStructures {\n          ...HistoryStructure\n        }\n      }\n      firstOfficialVersion {\n        id\n        label\n        slug\n        revision {\n          id\n          number\n        }\n      }\n      wordingSinceOfficialVersion {\n        id\n        label\n        slug\n        revision {\n          id\n          number\n        }\n      }\n    }\n  }\n": typeof types.DocumentProvenanceDocument,
};
const documents: Documents = {
    "\n  query Accounts {\n    users {\n      id\n      name\n      email\n      role\n      disabled\n      invitationPending\n      createdAt\n      lastSeenAt\n      structure {\n        id\n        name\n        shortName\n        color\n      }\n    }\n    structures {\n      id\n      name\n      shortName\n      color\n    }\n  }\n": types.AccountsDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      name\n      role\n      disabled\n      structure {\n        id\n        name\n        shortName\n        color\n      }\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation CreatePasswordResetLink($userId: ID!) {\n    createPasswordResetLink(userId: $userId) {\n      link\n      emailed\n    }\n  }\n": types.CreatePasswordResetLinkDocument,
    "\n  query Invitations {\n    invitations {\n      id\n      email\n      status\n      createdAt\n      expiresAt\n      user {\n        id\n        name\n        role\n        structure {\n          id\n          name\n          shortName\n          color\n        }\n      }\n      createdBy {\n        id\n        name\n      }\n    }\n    structures {\n      id\n      name\n      shortName\n      color\n    }\n  }\n": types.InvitationsDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      link\n      emailed\n      invitation {\n        id\n        email\n      }\n    }\n  }\n": types.InviteUserDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  query AdminSpaces {\n    spaces {\n      id\n      name\n      slug\n      description\n      visibility\n      allowedRoles\n      commentRoles\n      allowedStructures {\n        id\n        name\n        shortName\n        color\n      }\n    }\n    structures {\n      id\n      name\n      shortName\n      color\n    }\n  }\n": types.AdminSpacesDocument,
    "\n  mutation CreateSpace($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      id\n      name\n      slug\n    }\n  }\n": types.CreateSpaceDocument,
    "\n  mutation UpdateSpace($input: UpdateSpaceInput!) {\n    updateSpace(input: $input) {\n      id\n      name\n      slug\n      description\n      visibility\n      allowedRoles\n      commentRoles\n      allowedStructures {\n        id\n        name\n        shortName\n        color\n      }\n    }\n  }\n": types.UpdateSpaceDocument,
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
    "\n  fragment SummaryFields on CommentSummary {\n    openCount\n    resolvedCount\n    structures {\n      structure {\n        id\n        name\n        shortName\n        color\n      }\n      openCount\n      resolvedCount\n      commentCount\n      chapters {\n        chapter\n        openCount\n        resolvedCount\n        document {\n          id\n          title\n          slug\n        }\n      }\n      threads {\n        id\n        excerpt\n        chapter\n        status\n        textDeleted\n        commentCount\n        lastActivityAt\n        document {\n          id\n          title\n          slug\n        }\n        comments {\n          id\n          body\n          state\n          structure {\n            id\n          }\n          author {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.SummaryFieldsFragmentDoc,
    "\n  query DocumentCommentSummary($documentId: ID!) {\n    document(id: $documentId) {\n      id\n      title\n      slug\n      space {\n        id\n        name\n        slug\n      }\n    }\n    documentCommentSummary(documentId: $documentId) {\n      ...SummaryFields\n    }\n  }\n": types.DocumentCommentSummaryDocument,
    "\n  query SpaceCommentSummary($slug: String!) {\n    space(slug: $slug) {\n      id\n      name\n      slug\n    }\n  }\n": types.SpaceCommentSummaryDocument,
    "\n  query SpaceCommentSummaryById($spaceId: ID!) {\n    spaceCommentSummary(spaceId: $spaceId) {\n      ...SummaryFields\n    }\n  }\n": types.SpaceCommentSummaryByIdDocument,
    "\n  fragment CommentFields on Comment {\n    id\n    threadId\n    body\n    state\n    createdAt\n    editedAt\n    hiddenReason\n    canEdit\n    canModerate\n    role\n    author {\n      id\n      name\n    }\n    structure {\n      id\n      name\n      shortName\n      color\n    }\n    mentions {\n      kind\n      id\n      offset\n      length\n    }\n    moderationHistory {\n      action\n      reason\n      createdAt\n      moderator {\n        id\n        name\n      }\n    }\n  }\n": types.CommentFieldsFragmentDoc,
    "\n  fragment ThreadFields on CommentThread {\n    id\n    documentId\n    excerpt\n    chapter\n    textDeleted\n    status\n    createdAt\n    lastActivityAt\n    resolvedAt\n    resolvedBy {\n      id\n      name\n    }\n    canReply\n    canResolve\n    commentCount\n    anchor {\n      from\n      to\n    }\n    comments {\n      ...CommentFields\n    }\n  }\n": types.ThreadFieldsFragmentDoc,
    "\n  query CommentThreads($documentId: ID!, $filter: CommentFilterInput) {\n    commentThreads(documentId: $documentId, filter: $filter) {\n      ...ThreadFields\n    }\n  }\n": types.CommentThreadsDocument,
    "\n  query CommentContext($documentId: ID!) {\n    document(id: $documentId) {\n      id\n      title\n      slug\n      canComment\n      space {\n        id\n        slug\n        commentRoles\n      }\n    }\n    documentCommentSummary(documentId: $documentId) {\n      openCount\n      resolvedCount\n      chapters {\n        chapter\n        openCount\n        resolvedCount\n      }\n      participants {\n        person {\n          id\n          name\n        }\n        structure {\n          id\n          name\n          shortName\n          color\n        }\n      }\n      structures {\n        structure {\n          id\n          name\n          shortName\n          color\n        }\n      }\n    }\n  }\n": types.CommentContextDocument,
    "\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      mentionWarnings\n      thread {\n        ...ThreadFields\n      }\n    }\n  }\n": types.CreateThreadDocument,
    "\n  mutation ReplyToThread($input: ReplyToThreadInput!) {\n    replyToThread(input: $input) {\n      mentionWarnings\n      thread {\n        ...ThreadFields\n      }\n    }\n  }\n": types.ReplyToThreadDocument,
    "\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      mentionWarnings\n      thread {\n        ...ThreadFields\n      }\n    }\n  }\n": types.EditCommentDocument,
    "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) {\n      threadId\n      thread {\n        ...ThreadFields\n      }\n    }\n  }\n": types.DeleteCommentDocument,
    "\n  mutation ResolveThread($id: ID!) {\n    resolveThread(id: $id) {\n      ...ThreadFields\n    }\n  }\n": types.ResolveThreadDocument,
    "\n  mutation ReopenThread($id: ID!) {\n    reopenThread(id: $id) {\n      ...ThreadFields\n    }\n  }\n": types.ReopenThreadDocument,
    "\n  mutation HideComment($input: HideCommentInput!) {\n    hideComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": types.HideCommentDocument,
    "\n  mutation UnhideComment($id: ID!) {\n    unhideComment(id: $id) {\n      ...CommentFields\n    }\n  }\n": types.UnhideCommentDocument,
    "\n  subscription CommentEvents($documentId: ID!) {\n    commentEvents(documentId: $documentId) {\n      kind\n      threadId\n      commentId\n      actor {\n        id\n        name\n      }\n      thread {\n        ...ThreadFields\n      }\n    }\n  }\n": types.CommentEventsDocument,
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
    "\n  query Notifications($after: ID) {\n    notifications(first: 20, after: $after) {\n      unreadCount\n      hasMore\n      items {\n        id\n        kind\n        summary\n        link\n        excerpt\n        commentText\n        createdAt\n        readAt\n        actorStructure {\n          id\n          name\n          shortName\n          color\n        }\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  subscription NotificationCountChanged {\n    notificationCountChanged\n  }\n": types.NotificationCountChangedDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  query NotificationSettings {\n    notificationSettings {\n      structureMentions\n      threadActivity\n      emailDigest\n      emailAvailable\n    }\n  }\n": types.NotificationSettingsDocument,
    "\n  mutation UpdateNotificationSettings($input: UpdateNotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      structureMentions\n      threadActivity\n      emailDigest\n      emailAvailable\n    }\n  }\n": types.UpdateNotificationSettingsDocument,
    "\n  query Spaces {\n    spaces {\n      id\n      name\n      slug\n      visibility\n    }\n  }\n": types.SpacesDocument,
    "\n  query Space($slug: String!) {\n    space(slug: $slug) {\n      id\n      name\n      slug\n      description\n      visibility\n      canEdit\n    }\n  }\n": types.SpaceDocument,
    "\n  fragment TreeLevelFields on DocumentTreeLevel {\n    parentId\n    hasMore\n    items {\n      id\n      title\n      slug\n      parentId\n      position\n      childCount\n    }\n  }\n": types.TreeLevelFieldsFragmentDoc,
    "\n  query TreeLevel($slug: String!, $parentId: ID, $first: Int!) {\n    space(slug: $slug) {\n      id\n      treeLevel(parentId: $parentId, first: $first) {\n        ...TreeLevelFields\n      }\n    }\n  }\n": types.TreeLevelDocument,
    "\n  query TreePath($slug: String!, $documentId: ID!, $first: Int!) {\n    space(slug: $slug) {\n      id\n      treePath(documentId: $documentId, first: $first) {\n        ...TreeLevelFields\n      }\n    }\n  }\n": types.TreePathDocument,
    "\n  query Archive {\n    archive {\n      id\n      label\n      slug\n      effectiveDate\n      decidedAt\n      archivePath\n      decidedBy {\n        ...HistoryPerson\n      }\n      revision {\n        id\n      }\n      document {\n        id\n        title\n        slug\n        space {\n          id\n          name\n          slug\n        }\n      }\n    }\n  }\n": types.ArchiveDocument,
    "\n  query ArchivedVersion($archiveSlug: String!, $slug: String!) {\n    archivedVersion(archiveSlug: $archiveSlug, slug: $slug) {\n      id\n      label\n      slug\n      status\n      effectiveDate\n      note\n      proposedAt\n      decidedAt\n      proposedBy {\n        ...HistoryPerson\n      }\n      decidedBy {\n        ...HistoryPerson\n      }\n      revision {\n        id\n        number\n        createdAt\n        content\n      }\n      document {\n        id\n        title\n        slug\n        space {\n          id\n          name\n          slug\n        }\n        officialVersions {\n          id\n          label\n          slug\n          status\n          effectiveDate\n          archivePath\n          revision {\n            id\n            number\n          }\n        }\n      }\n    }\n  }\n": types.ArchivedVersionDocument,
    "\n  fragment HistoryStructure on Structure {\n    id\n    name\n    shortName\n    color\n  }\n": types.HistoryStructureFragmentDoc,
    "\n  fragment HistoryPerson on User {\n    id\n    name\n    structure {\n      ...HistoryStructure\n    }\n  }\n": types.HistoryPersonFragmentDoc,
    "\n  fragment HistoryDocument on Document {\n    id\n    title\n    slug\n    canEdit\n    deletedAt\n    space {\n      id\n      name\n      slug\n    }\n    ancestors {\n      id\n      title\n      slug\n    }\n  }\n": types.HistoryDocumentFragmentDoc,
    "\n  fragment RevisionSummary on Revision {\n    id\n    number\n    createdAt\n    cause\n    name\n    title\n    wordCount\n    frozenAt\n    restoredFromNumber\n    changes {\n      wordsAdded\n      wordsRemoved\n      sectionsTouched\n    }\n    contributors {\n      ...HistoryPerson\n    }\n    contributorStructures {\n      ...HistoryStructure\n    }\n    createdBy {\n      ...HistoryPerson\n    }\n    officialVersions {\n      id\n      label\n      slug\n      status\n      archivePath\n    }\n  }\n": types.RevisionSummaryFragmentDoc,
    "\n  fragment OfficialVersionSummary on OfficialVersion {\n    id\n    label\n    slug\n    status\n    effectiveDate\n    note\n    proposedAt\n    decidedAt\n    archivePath\n    proposedBy {\n      ...HistoryPerson\n    }\n    decidedBy {\n      ...HistoryPerson\n    }\n    revision {\n      id\n      number\n      createdAt\n    }\n    events {\n      id\n      action\n      at\n      note\n      actor {\n        ...HistoryPerson\n      }\n    }\n  }\n": types.OfficialVersionSummaryFragmentDoc,
    "\n  query DocumentHistory($id: ID!, $limit: Int!) {\n    document(id: $id) {\n      ...HistoryDocument\n      revisions(limit: $limit) {\n        ...RevisionSummary\n      }\n      events {\n        id\n        kind\n        at\n        before\n        after\n        actor {\n          ...HistoryPerson\n        }\n      }\n      officialVersions {\n        ...OfficialVersionSummary\n      }\n    }\n  }\n": types.DocumentHistoryDocument,
    "\n  query OlderRevisions($id: ID!, $before: Int!, $limit: Int!) {\n    document(id: $id) {\n      id\n      revisions(before: $before, limit: $limit) {\n        ...RevisionSummary\n      }\n    }\n  }\n": types.OlderRevisionsDocument,
    "\n  query ComparableRevisions($id: ID!) {\n    document(id: $id) {\n      id\n      revisions(limit: 200) {\n        id\n        number\n        createdAt\n        name\n        officialVersions {\n          id\n          label\n          status\n        }\n      }\n      officialVersions {\n        id\n        label\n        status\n        revision {\n          id\n          number\n          createdAt\n          name\n        }\n      }\n    }\n  }\n": types.ComparableRevisionsDocument,
    "\n  query HistoryDocumentHead($id: ID!) {\n    document(id: $id) {\n      ...HistoryDocument\n    }\n  }\n": types.HistoryDocumentHeadDocument,
    "\n  mutation CreateNamedRevision($documentId: ID!, $name: String!) {\n    createNamedRevision(documentId: $documentId, name: $name) {\n      ...RevisionSummary\n    }\n  }\n": types.CreateNamedRevisionDocument,
    "\n  mutation NameRevision($id: ID!, $name: String!) {\n    nameRevision(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n": types.NameRevisionDocument,
    "\n  mutation RestoreRevision($id: ID!) {\n    restoreRevision(id: $id) {\n      ...RevisionSummary\n    }\n  }\n": types.RestoreRevisionDocument,
    "\n  mutation ProposeOfficialVersion($input: ProposeOfficialVersionInput!) {\n    proposeOfficialVersion(input: $input) {\n      ...OfficialVersionSummary\n    }\n  }\n": types.ProposeOfficialVersionDocument,
    "\n  mutation ApproveOfficialVersion($id: ID!, $note: String) {\n    approveOfficialVersion(id: $id, note: $note) {\n      ...OfficialVersionSummary\n    }\n  }\n": types.ApproveOfficialVersionDocument,
    "\n  mutation WithdrawOfficialVersion($id: ID!, $note: String) {\n    withdrawOfficialVersion(id: $id, note: $note) {\n      ...OfficialVersionSummary\n    }\n  }\n": types.WithdrawOfficialVersionDocument,
    "\n  query Revision($id: ID!) {\n    revision(id: $id) {\n      ...RevisionSummary\n      content\n      document {\n        ...HistoryDocument\n      }\n    }\n  }\n": types.RevisionDocument,
    "\n  query PreviousRevision($documentId: ID!, $before: Int!) {\n    document(id: $documentId) {\n      id\n      revisions(before: $before, limit: 1) {\n        id\n        number\n      }\n    }\n  }\n": types.PreviousRevisionDocument,
    "\n  query CompareRevisions($fromId: ID!, $toId: ID) {\n    compareRevisions(fromId: $fromId, toId: $toId) {\n      from {\n        ...RevisionSummary\n        document {\n          ...HistoryDocument\n        }\n      }\n      to {\n        ...RevisionSummary\n      }\n      diff\n    }\n  }\n": types.CompareRevisionsDocument,
    "\n  query DocumentProvenance($documentId: ID!) {\n    document(id: $documentId) {\n      ...HistoryDocument\n      officialVersions {\n        id\n        label\n        slug\n        status\n        revision {\n          id\n          number\n        }\n      }\n    }\n    documentProvenance(documentId: $documentId) {\n      index\n      type\n      level\n      text\n      pending\n      origin {\n        id\n        number\n        createdAt\n        officialVersions {\n          id\n          label\n          slug\n          status\n        }\n        contributors {\n          ...HistoryPerson\n        }\n        contributorStructures {\n          ...HistoryStructure\n        }\n      }\n      changedIn {\n        id\n        number\n        createdAt\n        officialVersions {\n          id\n          label\n          slug\n          status\n        }\n        contributors {\n          ...HistoryPerson\n        }\n        contributorStructures {\n          ...HistoryStructure\n        }\n      }\n      firstOfficialVersion {\n        id\n        label\n        slug\n        revision {\n          id\n          number\n        }\n      }\n      wordingSinceOfficialVersion {\n        id\n        label\n        slug\n        revision {\n          id\n          number\n        }\n      }\n    }\n  }\n": types.DocumentProvenanceDocument,
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
export function graphql(source: "\n  query AdminSpaces {\n    spaces {\n      id\n      name\n      slug\n      description\n      visibility\n      allowedRoles\n      commentRoles\n      allowedStructures {\n        id\n        name\n        shortName\n        color\n      }\n    }\n    structures {\n      id\n      name\n      shortName\n      color\n    }\n  }\n"): (typeof documents)["\n  query AdminSpaces {\n    spaces {\n      id\n      name\n      slug\n      description\n      visibility\n      allowedRoles\n      commentRoles\n      allowedStructures {\n        id\n        name\n        shortName\n        color\n      }\n    }\n    structures {\n      id\n      name\n      shortName\n      color\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSpace($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      id\n      name\n      slug\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSpace($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      id\n      name\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSpace($input: UpdateSpaceInput!) {\n    updateSpace(input: $input) {\n      id\n      name\n      slug\n      description\n      visibility\n      allowedRoles\n      commentRoles\n      allowedStructures {\n        id\n        name\n        shortName\n        color\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSpace($input: UpdateSpaceInput!) {\n    updateSpace(input: $input) {\n      id\n      name\n      slug\n      description\n      visibility\n      allowedRoles\n      commentRoles\n      allowedStructures {\n        id\n        name\n        shortName\n        color\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment SummaryFields on CommentSummary {\n    openCount\n    resolvedCount\n    structures {\n      structure {\n        id\n        name\n        shortName\n        color\n      }\n      openCount\n      resolvedCount\n      commentCount\n      chapters {\n        chapter\n        openCount\n        resolvedCount\n        document {\n          id\n          title\n          slug\n        }\n      }\n      threads {\n        id\n        excerpt\n        chapter\n        status\n        textDeleted\n        commentCount\n        lastActivityAt\n        document {\n          id\n          title\n          slug\n        }\n        comments {\n          id\n          body\n          state\n          structure {\n            id\n          }\n          author {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SummaryFields on CommentSummary {\n    openCount\n    resolvedCount\n    structures {\n      structure {\n        id\n        name\n        shortName\n        color\n      }\n      openCount\n      resolvedCount\n      commentCount\n      chapters {\n        chapter\n        openCount\n        resolvedCount\n        document {\n          id\n          title\n          slug\n        }\n      }\n      threads {\n        id\n        excerpt\n        chapter\n        status\n        textDeleted\n        commentCount\n        lastActivityAt\n        document {\n          id\n          title\n          slug\n        }\n        comments {\n          id\n          body\n          state\n          structure {\n            id\n          }\n          author {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentCommentSummary($documentId: ID!) {\n    document(id: $documentId) {\n      id\n      title\n      slug\n      space {\n        id\n        name\n        slug\n      }\n    }\n    documentCommentSummary(documentId: $documentId) {\n      ...SummaryFields\n    }\n  }\n"): (typeof documents)["\n  query DocumentCommentSummary($documentId: ID!) {\n    document(id: $documentId) {\n      id\n      title\n      slug\n      space {\n        id\n        name\n        slug\n      }\n    }\n    documentCommentSummary(documentId: $documentId) {\n      ...SummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpaceCommentSummary($slug: String!) {\n    space(slug: $slug) {\n      id\n      name\n      slug\n    }\n  }\n"): (typeof documents)["\n  query SpaceCommentSummary($slug: String!) {\n    space(slug: $slug) {\n      id\n      name\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpaceCommentSummaryById($spaceId: ID!) {\n    spaceCommentSummary(spaceId: $spaceId) {\n      ...SummaryFields\n    }\n  }\n"): (typeof documents)["\n  query SpaceCommentSummaryById($spaceId: ID!) {\n    spaceCommentSummary(spaceId: $spaceId) {\n      ...SummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentFields on Comment {\n    id\n    threadId\n    body\n    state\n    createdAt\n    editedAt\n    hiddenReason\n    canEdit\n    canModerate\n    role\n    author {\n      id\n      name\n    }\n    structure {\n      id\n      name\n      shortName\n      color\n    }\n    mentions {\n      kind\n      id\n      offset\n      length\n    }\n    moderationHistory {\n      action\n      reason\n      createdAt\n      moderator {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CommentFields on Comment {\n    id\n    threadId\n    body\n    state\n    createdAt\n    editedAt\n    hiddenReason\n    canEdit\n    canModerate\n    role\n    author {\n      id\n      name\n    }\n    structure {\n      id\n      name\n      shortName\n      color\n    }\n    mentions {\n      kind\n      id\n      offset\n      length\n    }\n    moderationHistory {\n      action\n      reason\n      createdAt\n      moderator {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThreadFields on CommentThread {\n    id\n    documentId\n    excerpt\n    chapter\n    textDeleted\n    status\n    createdAt\n    lastActivityAt\n    resolvedAt\n    resolvedBy {\n      id\n      name\n    }\n    canReply\n    canResolve\n    commentCount\n    anchor {\n      from\n      to\n    }\n    comments {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  fragment ThreadFields on CommentThread {\n    id\n    documentId\n    excerpt\n    chapter\n    textDeleted\n    status\n    createdAt\n    lastActivityAt\n    resolvedAt\n    resolvedBy {\n      id\n      name\n    }\n    canReply\n    canResolve\n    commentCount\n    anchor {\n      from\n      to\n    }\n    comments {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommentThreads($documentId: ID!, $filter: CommentFilterInput) {\n    commentThreads(documentId: $documentId, filter: $filter) {\n      ...ThreadFields\n    }\n  }\n"): (typeof documents)["\n  query CommentThreads($documentId: ID!, $filter: CommentFilterInput) {\n    commentThreads(documentId: $documentId, filter: $filter) {\n      ...ThreadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommentContext($documentId: ID!) {\n    document(id: $documentId) {\n      id\n      title\n      slug\n      canComment\n      space {\n        id\n        slug\n        commentRoles\n      }\n    }\n    documentCommentSummary(documentId: $documentId) {\n      openCount\n      resolvedCount\n      chapters {\n        chapter\n        openCount\n        resolvedCount\n      }\n      participants {\n        person {\n          id\n          name\n        }\n        structure {\n          id\n          name\n          shortName\n          color\n        }\n      }\n      structures {\n        structure {\n          id\n          name\n          shortName\n          color\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommentContext($documentId: ID!) {\n    document(id: $documentId) {\n      id\n      title\n      slug\n      canComment\n      space {\n        id\n        slug\n        commentRoles\n      }\n    }\n    documentCommentSummary(documentId: $documentId) {\n      openCount\n      resolvedCount\n      chapters {\n        chapter\n        openCount\n        resolvedCount\n      }\n      participants {\n        person {\n          id\n          name\n        }\n        structure {\n          id\n          name\n          shortName\n          color\n        }\n      }\n      structures {\n        structure {\n          id\n          name\n          shortName\n          color\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      mentionWarnings\n      thread {\n        ...ThreadFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      mentionWarnings\n      thread {\n        ...ThreadFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyToThread($input: ReplyToThreadInput!) {\n    replyToThread(input: $input) {\n      mentionWarnings\n      thread {\n        ...ThreadFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReplyToThread($input: ReplyToThreadInput!) {\n    replyToThread(input: $input) {\n      mentionWarnings\n      thread {\n        ...ThreadFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      mentionWarnings\n      thread {\n        ...ThreadFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      mentionWarnings\n      thread {\n        ...ThreadFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) {\n      threadId\n      thread {\n        ...ThreadFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) {\n      threadId\n      thread {\n        ...ThreadFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveThread($id: ID!) {\n    resolveThread(id: $id) {\n      ...ThreadFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveThread($id: ID!) {\n    resolveThread(id: $id) {\n      ...ThreadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenThread($id: ID!) {\n    reopenThread(id: $id) {\n      ...ThreadFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenThread($id: ID!) {\n    reopenThread(id: $id) {\n      ...ThreadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideComment($input: HideCommentInput!) {\n    hideComment(input: $input) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation HideComment($input: HideCommentInput!) {\n    hideComment(input: $input) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnhideComment($id: ID!) {\n    unhideComment(id: $id) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation UnhideComment($id: ID!) {\n    unhideComment(id: $id) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CommentEvents($documentId: ID!) {\n    commentEvents(documentId: $documentId) {\n      kind\n      threadId\n      commentId\n      actor {\n        id\n        name\n      }\n      thread {\n        ...ThreadFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription CommentEvents($documentId: ID!) {\n    commentEvents(documentId: $documentId) {\n      kind\n      threadId\n      commentId\n      actor {\n        id\n        name\n      }\n      thread {\n        ...ThreadFields\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query Notifications($after: ID) {\n    notifications(first: 20, after: $after) {\n      unreadCount\n      hasMore\n      items {\n        id\n        kind\n        summary\n        link\n        excerpt\n        commentText\n        createdAt\n        readAt\n        actorStructure {\n          id\n          name\n          shortName\n          color\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($after: ID) {\n    notifications(first: 20, after: $after) {\n      unreadCount\n      hasMore\n      items {\n        id\n        kind\n        summary\n        link\n        excerpt\n        commentText\n        createdAt\n        readAt\n        actorStructure {\n          id\n          name\n          shortName\n          color\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationCountChanged {\n    notificationCountChanged\n  }\n"): (typeof documents)["\n  subscription NotificationCountChanged {\n    notificationCountChanged\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationSettings {\n    notificationSettings {\n      structureMentions\n      threadActivity\n      emailDigest\n      emailAvailable\n    }\n  }\n"): (typeof documents)["\n  query NotificationSettings {\n    notificationSettings {\n      structureMentions\n      threadActivity\n      emailDigest\n      emailAvailable\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationSettings($input: UpdateNotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      structureMentions\n      threadActivity\n      emailDigest\n      emailAvailable\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNotificationSettings($input: UpdateNotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      structureMentions\n      threadActivity\n      emailDigest\n      emailAvailable\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Spaces {\n    spaces {\n      id\n      name\n      slug\n      visibility\n    }\n  }\n"): (typeof documents)["\n  query Spaces {\n    spaces {\n      id\n      name\n      slug\n      visibility\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Space($slug: String!) {\n    space(slug: $slug) {\n      id\n      name\n      slug\n      description\n      visibility\n      canEdit\n    }\n  }\n"): (typeof documents)["\n  query Space($slug: String!) {\n    space(slug: $slug) {\n      id\n      name\n      slug\n      description\n      visibility\n      canEdit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TreeLevelFields on DocumentTreeLevel {\n    parentId\n    hasMore\n    items {\n      id\n      title\n      slug\n      parentId\n      position\n      childCount\n    }\n  }\n"): (typeof documents)["\n  fragment TreeLevelFields on DocumentTreeLevel {\n    parentId\n    hasMore\n    items {\n      id\n      title\n      slug\n      parentId\n      position\n      childCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TreeLevel($slug: String!, $parentId: ID, $first: Int!) {\n    space(slug: $slug) {\n      id\n      treeLevel(parentId: $parentId, first: $first) {\n        ...TreeLevelFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query TreeLevel($slug: String!, $parentId: ID, $first: Int!) {\n    space(slug: $slug) {\n      id\n      treeLevel(parentId: $parentId, first: $first) {\n        ...TreeLevelFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TreePath($slug: String!, $documentId: ID!, $first: Int!) {\n    space(slug: $slug) {\n      id\n      treePath(documentId: $documentId, first: $first) {\n        ...TreeLevelFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query TreePath($slug: String!, $documentId: ID!, $first: Int!) {\n    space(slug: $slug) {\n      id\n      treePath(documentId: $documentId, first: $first) {\n        ...TreeLevelFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Archive {\n    archive {\n      id\n      label\n      slug\n      effectiveDate\n      decidedAt\n      archivePath\n      decidedBy {\n        ...HistoryPerson\n      }\n      revision {\n        id\n      }\n      document {\n        id\n        title\n        slug\n        space {\n          id\n          name\n          slug\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Archive {\n    archive {\n      id\n      label\n      slug\n      effectiveDate\n      decidedAt\n      archivePath\n      decidedBy {\n        ...HistoryPerson\n      }\n      revision {\n        id\n      }\n      document {\n        id\n        title\n        slug\n        space {\n          id\n          name\n          slug\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArchivedVersion($archiveSlug: String!, $slug: String!) {\n    archivedVersion(archiveSlug: $archiveSlug, slug: $slug) {\n      id\n      label\n      slug\n      status\n      effectiveDate\n      note\n      proposedAt\n      decidedAt\n      proposedBy {\n        ...HistoryPerson\n      }\n      decidedBy {\n        ...HistoryPerson\n      }\n      revision {\n        id\n        number\n        createdAt\n        content\n      }\n      document {\n        id\n        title\n        slug\n        space {\n          id\n          name\n          slug\n        }\n        officialVersions {\n          id\n          label\n          slug\n          status\n          effectiveDate\n          archivePath\n          revision {\n            id\n            number\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ArchivedVersion($archiveSlug: String!, $slug: String!) {\n    archivedVersion(archiveSlug: $archiveSlug, slug: $slug) {\n      id\n      label\n      slug\n      status\n      effectiveDate\n      note\n      proposedAt\n      decidedAt\n      proposedBy {\n        ...HistoryPerson\n      }\n      decidedBy {\n        ...HistoryPerson\n      }\n      revision {\n        id\n        number\n        createdAt\n        content\n      }\n      document {\n        id\n        title\n        slug\n        space {\n          id\n          name\n          slug\n        }\n        officialVersions {\n          id\n          label\n          slug\n          status\n          effectiveDate\n          archivePath\n          revision {\n            id\n            number\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HistoryStructure on Structure {\n    id\n    name\n    shortName\n    color\n  }\n"): (typeof documents)["\n  fragment HistoryStructure on Structure {\n    id\n    name\n    shortName\n    color\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HistoryPerson on User {\n    id\n    name\n    structure {\n      ...HistoryStructure\n    }\n  }\n"): (typeof documents)["\n  fragment HistoryPerson on User {\n    id\n    name\n    structure {\n      ...HistoryStructure\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HistoryDocument on Document {\n    id\n    title\n    slug\n    canEdit\n    deletedAt\n    space {\n      id\n      name\n      slug\n    }\n    ancestors {\n      id\n      title\n      slug\n    }\n  }\n"): (typeof documents)["\n  fragment HistoryDocument on Document {\n    id\n    title\n    slug\n    canEdit\n    deletedAt\n    space {\n      id\n      name\n      slug\n    }\n    ancestors {\n      id\n      title\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RevisionSummary on Revision {\n    id\n    number\n    createdAt\n    cause\n    name\n    title\n    wordCount\n    frozenAt\n    restoredFromNumber\n    changes {\n      wordsAdded\n      wordsRemoved\n      sectionsTouched\n    }\n    contributors {\n      ...HistoryPerson\n    }\n    contributorStructures {\n      ...HistoryStructure\n    }\n    createdBy {\n      ...HistoryPerson\n    }\n    officialVersions {\n      id\n      label\n      slug\n      status\n      archivePath\n    }\n  }\n"): (typeof documents)["\n  fragment RevisionSummary on Revision {\n    id\n    number\n    createdAt\n    cause\n    name\n    title\n    wordCount\n    frozenAt\n    restoredFromNumber\n    changes {\n      wordsAdded\n      wordsRemoved\n      sectionsTouched\n    }\n    contributors {\n      ...HistoryPerson\n    }\n    contributorStructures {\n      ...HistoryStructure\n    }\n    createdBy {\n      ...HistoryPerson\n    }\n    officialVersions {\n      id\n      label\n      slug\n      status\n      archivePath\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OfficialVersionSummary on OfficialVersion {\n    id\n    label\n    slug\n    status\n    effectiveDate\n    note\n    proposedAt\n    decidedAt\n    archivePath\n    proposedBy {\n      ...HistoryPerson\n    }\n    decidedBy {\n      ...HistoryPerson\n    }\n    revision {\n      id\n      number\n      createdAt\n    }\n    events {\n      id\n      action\n      at\n      note\n      actor {\n        ...HistoryPerson\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment OfficialVersionSummary on OfficialVersion {\n    id\n    label\n    slug\n    status\n    effectiveDate\n    note\n    proposedAt\n    decidedAt\n    archivePath\n    proposedBy {\n      ...HistoryPerson\n    }\n    decidedBy {\n      ...HistoryPerson\n    }\n    revision {\n      id\n      number\n      createdAt\n    }\n    events {\n      id\n      action\n      at\n      note\n      actor {\n        ...HistoryPerson\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentHistory($id: ID!, $limit: Int!) {\n    document(id: $id) {\n      ...HistoryDocument\n      revisions(limit: $limit) {\n        ...RevisionSummary\n      }\n      events {\n        id\n        kind\n        at\n        before\n        after\n        actor {\n          ...HistoryPerson\n        }\n      }\n      officialVersions {\n        ...OfficialVersionSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  query DocumentHistory($id: ID!, $limit: Int!) {\n    document(id: $id) {\n      ...HistoryDocument\n      revisions(limit: $limit) {\n        ...RevisionSummary\n      }\n      events {\n        id\n        kind\n        at\n        before\n        after\n        actor {\n          ...HistoryPerson\n        }\n      }\n      officialVersions {\n        ...OfficialVersionSummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OlderRevisions($id: ID!, $before: Int!, $limit: Int!) {\n    document(id: $id) {\n      id\n      revisions(before: $before, limit: $limit) {\n        ...RevisionSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  query OlderRevisions($id: ID!, $before: Int!, $limit: Int!) {\n    document(id: $id) {\n      id\n      revisions(before: $before, limit: $limit) {\n        ...RevisionSummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComparableRevisions($id: ID!) {\n    document(id: $id) {\n      id\n      revisions(limit: 200) {\n        id\n        number\n        createdAt\n        name\n        officialVersions {\n          id\n          label\n          status\n        }\n      }\n      officialVersions {\n        id\n        label\n        status\n        revision {\n          id\n          number\n          createdAt\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ComparableRevisions($id: ID!) {\n    document(id: $id) {\n      id\n      revisions(limit: 200) {\n        id\n        number\n        createdAt\n        name\n        officialVersions {\n          id\n          label\n          status\n        }\n      }\n      officialVersions {\n        id\n        label\n        status\n        revision {\n          id\n          number\n          createdAt\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HistoryDocumentHead($id: ID!) {\n    document(id: $id) {\n      ...HistoryDocument\n    }\n  }\n"): (typeof documents)["\n  query HistoryDocumentHead($id: ID!) {\n    document(id: $id) {\n      ...HistoryDocument\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateNamedRevision($documentId: ID!, $name: String!) {\n    createNamedRevision(documentId: $documentId, name: $name) {\n      ...RevisionSummary\n    }\n  }\n"): (typeof documents)["\n  mutation CreateNamedRevision($documentId: ID!, $name: String!) {\n    createNamedRevision(documentId: $documentId, name: $name) {\n      ...RevisionSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NameRevision($id: ID!, $name: String!) {\n    nameRevision(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation NameRevision($id: ID!, $name: String!) {\n    nameRevision(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreRevision($id: ID!) {\n    restoreRevision(id: $id) {\n      ...RevisionSummary\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreRevision($id: ID!) {\n    restoreRevision(id: $id) {\n      ...RevisionSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeOfficialVersion($input: ProposeOfficialVersionInput!) {\n    proposeOfficialVersion(input: $input) {\n      ...OfficialVersionSummary\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeOfficialVersion($input: ProposeOfficialVersionInput!) {\n    proposeOfficialVersion(input: $input) {\n      ...OfficialVersionSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveOfficialVersion($id: ID!, $note: String) {\n    approveOfficialVersion(id: $id, note: $note) {\n      ...OfficialVersionSummary\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveOfficialVersion($id: ID!, $note: String) {\n    approveOfficialVersion(id: $id, note: $note) {\n      ...OfficialVersionSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawOfficialVersion($id: ID!, $note: String) {\n    withdrawOfficialVersion(id: $id, note: $note) {\n      ...OfficialVersionSummary\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawOfficialVersion($id: ID!, $note: String) {\n    withdrawOfficialVersion(id: $id, note: $note) {\n      ...OfficialVersionSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Revision($id: ID!) {\n    revision(id: $id) {\n      ...RevisionSummary\n      content\n      document {\n        ...HistoryDocument\n      }\n    }\n  }\n"): (typeof documents)["\n  query Revision($id: ID!) {\n    revision(id: $id) {\n      ...RevisionSummary\n      content\n      document {\n        ...HistoryDocument\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviousRevision($documentId: ID!, $before: Int!) {\n    document(id: $documentId) {\n      id\n      revisions(before: $before, limit: 1) {\n        id\n        number\n      }\n    }\n  }\n"): (typeof documents)["\n  query PreviousRevision($documentId: ID!, $before: Int!) {\n    document(id: $documentId) {\n      id\n      revisions(before: $before, limit: 1) {\n        id\n        number\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompareRevisions($fromId: ID!, $toId: ID) {\n    compareRevisions(fromId: $fromId, toId: $toId) {\n      from {\n        ...RevisionSummary\n        document {\n          ...HistoryDocument\n        }\n      }\n      to {\n        ...RevisionSummary\n      }\n      diff\n    }\n  }\n"): (typeof documents)["\n  query CompareRevisions($fromId: ID!, $toId: ID) {\n    compareRevisions(fromId: $fromId, toId: $toId) {\n      from {\n        ...RevisionSummary\n        document {\n          ...HistoryDocument\n        }\n      }\n      to {\n        ...RevisionSummary\n      }\n      diff\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentProvenance($documentId: ID!) {\n    document(id: $documentId) {\n      ...HistoryDocument\n      officialVersions {\n        id\n        label\n        slug\n        status\n        revision {\n          id\n          number\n        }\n      }\n    }\n    documentProvenance(documentId: $documentId) {\n      index\n      type\n      level\n      text\n      pending\n      origin {\n        id\n        number\n        createdAt\n        officialVersions {\n          id\n          label\n          slug\n          status\n        }\n        contributors {\n          ...HistoryPerson\n        }\n        contributorStructures {\n          ...HistoryStructure\n        }\n      }\n      changedIn {\n        id\n        number\n        createdAt\n        officialVersions {\n          id\n          label\n          slug\n          status\n        }\n        contributors {\n          ...HistoryPerson\n        }\n        contributorStructures {\n          ...HistoryStructure\n        }\n      }\n      firstOfficialVersion {\n        id\n        label\n        slug\n        revision {\n          id\n          number\n        }\n      }\n      wordingSinceOfficialVersion {\n        id\n        label\n        slug\n        revision {\n          id\n          number\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DocumentProvenance($documentId: ID!) {\n    document(id: $documentId) {\n      ...HistoryDocument\n      officialVersions {\n        id\n        label\n        slug\n        status\n        revision {\n          id\n          number\n        }\n      }\n    }\n    documentProvenance(documentId: $documentId) {\n      index\n      type\n      level\n      text\n      pending\n      origin {\n        id\n        number\n        createdAt\n        officialVersions {\n          id\n          label\n          slug\n          status\n        }\n        contributors {\n          ...HistoryPerson\n        }\n        contributorStructures {\n          ...HistoryStructure\n        }\n      }\n      changedIn {\n        id\n        number\n        createdAt\n        officialVersions {\n          id\n          label\n          slug\n          status\n        }\n        contributors {\n          ...HistoryPerson\n        }\n        contributorStructures {\n          ...HistoryStructure\n        }\n      }\n      firstOfficialVersion {\n        id\n        label\n        slug\n        revision {\n          id\n          number\n        }\n      }\n      wordingSinceOfficialVersion {\n        id\n        label\n        slug\n        revision {\n          id\n          number\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;