// "Pick a map": the space's maps, searched by title, as a radio group; the placeholder's map comes first.

import { useEffect, useState } from 'preact/hooks';
import type { JourneyMap, MapSummary } from '../../common/api/maps';
import type { I18n } from '../../common/i18n';
import { PAGE_SIZE, type MacroDialogApi } from '../api';
import { editorUrl } from '../../common/urls';

interface Props {
    readonly i18n: I18n;
    readonly api: MacroDialogApi;
    readonly spaceKey: string;
    /** The map the placeholder shows, when editing one: listed first even if the search leaves it out. */
    readonly current: JourneyMap | undefined;
    readonly currentMissingId: number | undefined;
    readonly selected: number | undefined;
    readonly onSelect: (mapId: number) => void;
    readonly hidden: boolean;
}

type Listing = { readonly state: 'loading' } | { readonly state: 'failed'; readonly message: string }
    | { readonly state: 'loaded'; readonly maps: readonly MapSummary[]; readonly more: boolean };

const SEARCH_DELAY_MS = 250;

export function PickPanel({ i18n, api, spaceKey, current, currentMissingId, selected, onSelect, hidden }: Props) {
    const [query, setQuery] = useState('');
    const [listing, setListing] = useState<Listing>({ state: 'loading' });

    useEffect(() => {
        let stale = false;
        const timer = window.setTimeout(() => {
            api.searchMaps(spaceKey, query).then(
                (list) => !stale && setListing({ state: 'loaded', maps: list.results, more: list.more }),
                (e: unknown) => !stale && setListing({ state: 'failed', message: e instanceof Error ? e.message : String(e) }),
            );
        }, query === '' ? 0 : SEARCH_DELAY_MS);
        return () => {
            stale = true;
            window.clearTimeout(timer);
        };
    }, [api, spaceKey, query]);

    const found = listing.state === 'loaded' ? listing.maps.filter((m) => m.id !== current?.id) : [];
    const maps = current === undefined ? found : [current, ...found];

    return (
        <div role="tabpanel" id="jm-mb-panel-pick" aria-labelledby="jm-mb-tab-pick" hidden={hidden} class="jm-mb-panel">
            <div class="field-group jm-mb-search">
                <label for="jm-mb-search">{i18n.text('journeymaps.macrobrowser.search')}</label>
                <input id="jm-mb-search" class="text long-field" type="search" value={query} autoComplete="off"
                       onInput={(e) => setQuery(e.currentTarget.value)} />
            </div>
            {currentMissingId !== undefined && (
                <div class="aui-message aui-message-warning" role="status">
                    <p>{i18n.text('journeymaps.macrobrowser.map.missing', currentMissingId)}</p>
                </div>
            )}
            {listing.state === 'loading' && <p class="jm-mb-muted" role="status">{i18n.text('journeymaps.macrobrowser.loading')}</p>}
            {listing.state === 'failed' && (
                <div class="aui-message aui-message-error" role="alert">
                    <p>{i18n.text('journeymaps.macrobrowser.error', listing.message)}</p>
                </div>
            )}
            {listing.state === 'loaded' && maps.length === 0 && (
                <p class="jm-mb-muted" role="status">{query.trim() === '' ? i18n.text('journeymaps.macrobrowser.maps.none')
                    : i18n.text('journeymaps.macrobrowser.maps.nomatch', query.trim())}</p>
            )}
            {maps.length > 0 && (
                <fieldset class="jm-mb-maps">
                    <legend>{i18n.text('journeymaps.macrobrowser.maps.label')}</legend>
                    {maps.map((map) => (
                        <label key={map.id} class={'jm-mb-choice' + (map.id === selected ? ' jm-mb-choice-selected' : '')}
                               data-map-id={map.id}>
                            <input type="radio" name="jm-mb-map" value={map.id} checked={map.id === selected}
                                   onChange={() => onSelect(map.id)} />
                            <span class="jm-mb-choice-text">
                                <span class="jm-mb-choice-title">{map.title}</span>
                                <span class="jm-mb-choice-meta">
                                    {i18n.text('journeymaps.state.' + map.state)}
                                    {' · '}
                                    {i18n.text('journeymaps.macrobrowser.map.updated', i18n.date(map.updatedAt))}
                                    {map.id === current?.id && <> · <strong>{i18n.text('journeymaps.macrobrowser.map.current')}</strong></>}
                                </span>
                            </span>
                        </label>
                    ))}
                </fieldset>
            )}
            {listing.state === 'loaded' && listing.more && (
                <p class="jm-mb-muted">{i18n.text('journeymaps.macrobrowser.maps.more', PAGE_SIZE)}</p>
            )}
            {current !== undefined && current.permissions.edit && (
                <p class="jm-mb-open-editor">
                    <a class="aui-button" href={editorUrl(current.id)} target="_blank" rel="noopener"
                       aria-describedby="jm-mb-open-editor-hint">
                        {i18n.text('journeymaps.macrobrowser.openEditor', current.title)}
                    </a>
                    <span id="jm-mb-open-editor-hint" class="jm-mb-muted">{i18n.text('journeymaps.macrobrowser.openEditor.hint')}</span>
                </p>
            )}
        </div>
    );
}
