// One linked issue: its key (a link to the issue in Jira), its status as Jira's lozenge and, when the last
// read failed, why in plain words (with "Connect to Jira" when Jira needs the user's consent).

import type { IssueLink } from '../../common/api/jira';
import type { I18n } from '../../common/i18n';
import { describeJiraError, type Failure } from '../failure';
import { safeUrl, toneOf } from '../lozenge';
import { FailureText } from './FailureText';
import '../jira.css';

/** A link's failure says that the status beside it is the last one read. */
function lastReadFailed(failure: Failure, i18n: I18n): Failure {
    return { ...failure, text: i18n.text('journeymaps.jira.link.problem', failure.text) };
}

interface Props {
    readonly issue: IssueLink;
    readonly i18n: I18n;
    /** The editor opens Jira in a new tab so the dialog stays as it is. */
    readonly newTab?: boolean;
    readonly showSummary?: boolean;
}

export function IssueLozenge({ issue, i18n, newTab = false, showSummary = false }: Props) {
    const url = safeUrl(issue.url);
    const target = newTab ? { target: '_blank', rel: 'noopener noreferrer' } : {};
    return (
        <span class="jm-jira-issue" data-issue-key={issue.key}>
            {url === undefined
                ? <span class="jm-jira-key">{issue.key}</span>
                : <a class="jm-jira-key" href={url} title={issue.summary ?? undefined} {...target}>{issue.key}</a>}
            <span class={`jm-jira-status jm-jira-status-${toneOf(issue.statusCategory)}`}>
                {issue.status ?? i18n.text('journeymaps.jira.status.unknown')}
            </span>
            {showSummary && issue.summary && <span class="jm-jira-summary">{issue.summary}</span>}
            {issue.error && (
                <span class="jm-jira-problem">
                    <FailureText failure={lastReadFailed(describeJiraError(i18n, issue.error), i18n)} i18n={i18n} />
                </span>
            )}
        </span>
    );
}
