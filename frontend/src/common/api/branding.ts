// /spaces/{key}/branding: a space's logo and colours, which its maps use while `enabled`.

import { ApiError, request, restUrl, toApiError } from '../http';

export interface Branding {
    readonly spaceKey: string;
    readonly enabled: boolean;
    /** `#RRGGBB` */
    readonly brand: string;
    /** The readable text colour on `brand` (white or dark text), chosen by the server. */
    readonly brandText: string;
    /** The stage band's colours, light to dark (three). */
    readonly phaseColours: readonly string[];
    readonly phaseTextColours: readonly string[];
    /** Null without a logo; changes with every new logo. */
    readonly logoUrl?: string | null;
    readonly version: number;
}

export interface BrandingUpdate {
    readonly enabled: boolean;
    readonly brand: string;
    readonly phaseColours: readonly string[];
}

function path(spaceKey: string): string {
    return `/spaces/${encodeURIComponent(spaceKey)}/branding`;
}

export function getBranding(spaceKey: string): Promise<Branding> {
    return request('GET', path(spaceKey));
}

/** Space administrators only. */
export function saveBranding(spaceKey: string, update: BrandingUpdate): Promise<Branding> {
    return request('PUT', path(spaceKey), update);
}

/** Sends the image as the body (PNG or JPEG, ≤ 256 KB; the server reads the type from its bytes). */
export async function uploadLogo(spaceKey: string, image: Blob): Promise<Branding> {
    let response: Response;
    try {
        response = await fetch(restUrl(`${path(spaceKey)}/logo`), {
            method: 'PUT',
            headers: {
                Accept: 'application/json',
                'Content-Type': image.type || 'application/octet-stream',
                'X-Atlassian-Token': 'no-check',
            },
            credentials: 'same-origin',
            body: image,
        });
    } catch (e) {
        throw new ApiError(0, e instanceof Error ? e.message : String(e));
    }
    if (!response.ok) {
        throw await toApiError(response);
    }
    return (await response.json()) as Branding;
}

export function deleteLogo(spaceKey: string): Promise<Branding> {
    return request('DELETE', `${path(spaceKey)}/logo`);
}
