// A Jira failure in plain words, with the way out when there is one: "Connect to Jira" (the user's consent).

import type { I18n } from '../../common/i18n';
import type { Failure } from '../failure';

/** Brings a failure shown at the foot of a scrolled dialog into view (role="alert" also reads it out). */
export function showFailure(element: HTMLElement | null): void {
    element?.scrollIntoView?.({ block: 'nearest' });
}

export function FailureText({ failure, i18n }: { readonly failure: Failure; readonly i18n: I18n }) {
    return (
        <>
            {failure.text}
            {failure.authorisationUrl && (
                <a class="jm-jira-connect" href={failure.authorisationUrl} target="_blank" rel="noopener noreferrer">
                    {i18n.text('journeymaps.jira.connect')}
                </a>
            )}
        </>
    );
}
