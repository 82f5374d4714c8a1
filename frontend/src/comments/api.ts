// /maps/{mapId}/comments, /maps/{mapId}/watch and /users: comment threads, watching, and people to mention.

import { request } from '../common/http';

export type AnchorType = 'MAP' | 'STAGE' | 'LANE' | 'CARD' | 'EMOTION';

/** A user as comments show them; `name` is what follows `@` in a mention. */
export interface User {
    readonly key: string;
    readonly name: string | null;
    readonly displayName: string;
}

/** One comment of a flat list; a reply names its thread's first comment as `parentId`. */
export interface Comment {
    readonly id: number;
    readonly anchorType: AnchorType;
    readonly anchorId: number | null;
    readonly parentId: number | null;
    readonly author: User | null;
    readonly body: string;
    readonly mentions: readonly User[];
    readonly resolved: boolean;
    readonly createdAt: string;
    readonly editedAt: string | null;
    readonly version: number;
}

export interface NewComment {
    readonly anchorType?: AnchorType;
    readonly anchorId?: number | null;
    readonly parentId?: number;
    readonly body: string;
}

export interface CommentPatch {
    readonly version: number;
    readonly body?: string;
    readonly resolved?: boolean;
}

const base = (mapId: number) => `/maps/${mapId}/comments`;

export const listComments = (mapId: number) => request<Comment[]>('GET', base(mapId));

export const createComment = (mapId: number, comment: NewComment) =>
    request<Comment>('POST', base(mapId), comment);

export const patchComment = (mapId: number, id: number, patch: CommentPatch) =>
    request<Comment>('PATCH', `${base(mapId)}/${id}`, patch);

export function deleteComment(mapId: number, id: number): Promise<void> {
    return request('DELETE', `${base(mapId)}/${id}`);
}

export const searchUsers = (prefix: string) => request<User[]>('GET', `/users?q=${encodeURIComponent(prefix)}`);
