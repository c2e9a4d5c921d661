import { Args, Query, Resolver } from '@nestjs/graphql';
import { Authorize } from '../policies/authorize.decorator';
import { MentionCandidatesArgs } from './dto/mention-candidates.args';
import { MentionCandidate } from './mention-candidate.model';
import { MentionsService } from './mentions.service';

@Resolver(() => MentionCandidate)
export class MentionsResolver {
  constructor(private readonly mentions: MentionsService) {}

  @Authorize('mention.search', { kind: 'document', arg: 'documentId' })
  @Query(() => [MentionCandidate], {
    description:
      'Les personnes (actives, qui peuvent lire ce document) et les structures à proposer après « @ », les meilleures d’abord : 8 personnes et 5 structures au plus.',
  })
  mentionCandidates(@Args() { documentId, search }: MentionCandidatesArgs): Promise<MentionCandidate[]> {
    return this.mentions.candidates(documentId, search);
  }
}
