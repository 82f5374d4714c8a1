// A comment's text as text: mentions become elements showing the user's name, nothing is parsed as HTML.

import type { User } from './api';
import { bodyParts } from './model';

export function CommentBody({ body, mentions }: { readonly body: string; readonly mentions: readonly User[] }) {
    return (
        <p class="jm-comment-body">
            {bodyParts(body, mentions).map((part, i) => ('user' in part
                ? <span key={i} class="jm-mention" data-user-key={part.user.key}>@{part.user.displayName}</span>
                : part.text))}
        </p>
    );
}
