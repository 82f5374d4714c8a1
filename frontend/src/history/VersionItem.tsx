// One version in the History panel, with its actions; Restore asks first, in place, saying that it makes a
// new revision and keeps the current state as a version.

import { useState } from 'preact/hooks';
import type { I18n } from '../common/i18n';
import type { Version } from './api';

interface Props {
    readonly version: Version;
    readonly name: string;
    readonly i18n: I18n;
    readonly canRestore: boolean;
    readonly onOpen: () => void;
    readonly onCompare: () => void;
    readonly onRestore: () => void;
}

export function VersionItem({ version, name, i18n, canRestore, onOpen, onCompare, onRestore }: Props) {
    const [confirming, setConfirming] = useState(false);
    return (
        <li class={`jm-version jm-version-${version.kind.toLowerCase()}`} data-version={version.number}>
            <span class="jm-version-name">{name}</span>{' '}
            <span class="jm-version-meta">{i18n.text('journeymaps.history.version.meta', version.number, version.authorName ?? version.author ?? '—', i18n.dateTime(version.createdAt))}</span>
            <span class="jm-version-actions">
                <button type="button" class="aui-button aui-button-link" data-action="open" onClick={onOpen}>{i18n.text('journeymaps.history.version.open')}</button>
                <button type="button" class="aui-button aui-button-link" data-action="compare" onClick={onCompare}>{i18n.text('journeymaps.history.version.compare')}</button>
                {canRestore && <button type="button" class="aui-button aui-button-link" data-action="restore" onClick={() => setConfirming(true)}>{i18n.text('journeymaps.history.version.restore')}</button>}
            </span>
            {confirming && (
                <div class="jm-restore-confirm" role="alertdialog" aria-label={i18n.text('journeymaps.history.version.restore')}>
                    <p>{i18n.text('journeymaps.history.restore.confirm', version.number)}</p>
                    <button type="button" class="aui-button aui-button-primary" onClick={() => { setConfirming(false); onRestore(); }}>
                        {i18n.text('journeymaps.history.version.restore')}
                    </button>
                    <button type="button" class="aui-button" onClick={() => setConfirming(false)}>{i18n.text('journeymaps.history.restore.cancel')}</button>
                </div>
            )}
        </li>
    );
}
