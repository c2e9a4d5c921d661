import { bodyParts } from '../lib/commentText';

/**
 * A comment's text as written: line breaks kept, mentions set apart. It is only ever put in the page as text
 * (React escapes it), so HTML or a script typed in a comment shows as the characters it is.
 */
export function CommentBody({ body, mentions }: { body: string; mentions: readonly { offset: number; length: number }[] }) {
  return (
    <p className="comment-body">
      {bodyParts(body, mentions).map((part, index) =>
        part.mention ? (
          <span key={index} className="comment-mention">
            {part.text}
          </span>
        ) : (
          part.text
        ),
      )}
    </p>
  );
}
