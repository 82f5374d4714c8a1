// A space's branding page: logo, colours with a live preview of a stage band and a card, the switch that
// applies them to the space's maps. Colours too light for white text get a warning, never a refusal.
import { useState } from 'preact/hooks';
import { deleteLogo, saveBranding, uploadLogo, type Branding } from '../common/api/branding';
import { brandingTokens, isHexColour, readableText, tooLightForWhiteText } from '../common/branding';
import { ApiError } from '../common/http';
import type { I18n } from '../common/i18n';

interface Props {
    readonly i18n: I18n;
    readonly initial: Branding;
    readonly title: string;
    readonly spaceUrl: string;
}

type Status = { readonly kind: 'success' | 'error'; readonly text: string } | null;

/** The server's field names (`brand`, `phaseColours[1]`, `logo`) to the page's own messages. */
function fieldMessages(error: ApiError, i18n: I18n): Record<string, string> {
    const messages: Record<string, string> = {};
    for (const { field } of error.fieldErrors) {
        messages[field] = field === 'logo'
            ? i18n.text(error.status === 413 ? 'journeymaps.branding.error.logo.size' : 'journeymaps.branding.error.logo.type')
            : i18n.text('journeymaps.branding.error.colour');
    }
    return messages;
}

export function BrandingPage({ i18n, initial, title, spaceUrl }: Props) {
    const [branding, setBranding] = useState(initial);
    const [enabled, setEnabled] = useState(initial.enabled);
    const [colours, setColours] = useState<string[]>([initial.brand, ...initial.phaseColours]);
    const [errors, setErrors] = useState<Record<string, string>>({});
    const [status, setStatus] = useState<Status>(null);
    const [busy, setBusy] = useState(false);
    const fields = ['brand', 'phaseColours[0]', 'phaseColours[1]', 'phaseColours[2]'];

    async function run(work: () => Promise<Branding>, done: string): Promise<void> {
        setBusy(true);
        setStatus(null);
        try {
            const saved = await work();
            setBranding(saved);
            setErrors({});
            setStatus({ kind: 'success', text: i18n.text(done) });
        } catch (e) {
            const error = e instanceof ApiError ? e : new ApiError(0, String(e));
            setErrors(fieldMessages(error, i18n));
            setStatus({ kind: 'error', text: i18n.text('journeymaps.branding.error.failed', error.message) });
        } finally {
            setBusy(false);
        }
    }

    const save = (event: Event): void => {
        event.preventDefault();
        void run(() => saveBranding(branding.spaceKey,
            { enabled, brand: colours[0], phaseColours: colours.slice(1) }), 'journeymaps.branding.saved');
    };
    const upload = (event: Event): void => {
        const input = event.currentTarget as HTMLInputElement;
        const file = input.files?.[0];
        if (file) {
            void run(() => uploadLogo(branding.spaceKey, file), 'journeymaps.branding.logo.saved')
                .then(() => { input.value = ''; });
        }
    };
    const preview = brandingTokens({
        ...branding, enabled: true, brand: valid(colours[0], initial.brand), brandText: readableText(valid(colours[0], initial.brand)),
        phaseColours: colours.slice(1).map((c, i) => valid(c, initial.phaseColours[i])),
        phaseTextColours: colours.slice(1).map((c, i) => readableText(valid(c, initial.phaseColours[i]))),
    });

    return (
        <div class="jm-branding-page">
            <h1>{title}</h1>
            <p>{i18n.text('journeymaps.branding.intro')}</p>
            {status && (
                <div class={`aui-message aui-message-${status.kind}`} role={status.kind === 'error' ? 'alert' : 'status'}>
                    {status.text}
                </div>
            )}
            <section class="jm-branding-section jm-branding-logo-section" aria-labelledby="jm-branding-logo-title">
                <h2 id="jm-branding-logo-title">{i18n.text('journeymaps.branding.logo')}</h2>
                {branding.logoUrl
                    ? <img class="jm-branding-logo" src={branding.logoUrl} alt={i18n.text('journeymaps.branding.logo.current')} />
                    : <p class="jm-branding-muted">{i18n.text('journeymaps.branding.logo.none')}</p>}
                <div class="field-group">
                    <label for="jm-branding-logo">{i18n.text('journeymaps.branding.logo.upload')}</label>
                    <input id="jm-branding-logo" class="upfile" type="file" accept="image/png,image/jpeg" disabled={busy}
                        aria-describedby={errors.logo ? 'jm-branding-logo-error' : undefined} onChange={upload} />
                    {errors.logo && <div id="jm-branding-logo-error" class="error">{errors.logo}</div>}
                </div>
                {branding.logoUrl && (
                    <button type="button" class="aui-button" disabled={busy}
                        onClick={() => void run(() => deleteLogo(branding.spaceKey), 'journeymaps.branding.logo.removed')}>
                        {i18n.text('journeymaps.branding.logo.remove')}
                    </button>
                )}
            </section>
            <form class="aui jm-branding-section" onSubmit={save} aria-labelledby="jm-branding-colours-title">
                <h2 id="jm-branding-colours-title">{i18n.text('journeymaps.branding.colours')}</h2>
                {fields.map((field, i) => {
                    const id = `jm-branding-colour-${i}`;
                    const warn = isHexColour(colours[i]) && tooLightForWhiteText(colours[i]) && i !== 1;
                    const described = [`${id}-hint`, warn ? `${id}-warning` : '', errors[field] ? `${id}-error` : '']
                        .filter(Boolean).join(' ');
                    return (
                        <div class="field-group" key={field}>
                            <label for={id}>{i === 0 ? i18n.text('journeymaps.branding.brand')
                                : i18n.text('journeymaps.branding.phase', i)}</label>
                            <span class="jm-branding-swatch" aria-hidden="true"
                                style={{ background: valid(colours[i], 'transparent') }} />
                            <input id={id} class="text jm-branding-colour" value={colours[i]} spellcheck={false}
                                aria-invalid={errors[field] ? true : undefined} aria-describedby={described}
                                onInput={(e) => setColours(colours.map((c, j) => (j === i ? e.currentTarget.value : c)))} />
                            <div id={`${id}-hint`} class="description">{i18n.text('journeymaps.branding.colour.hint')}</div>
                            {warn && <div id={`${id}-warning`} class="jm-branding-warning">
                                {i18n.text('journeymaps.branding.colour.tooLight')}</div>}
                            {errors[field] && <div id={`${id}-error`} class="error">{errors[field]}</div>}
                        </div>
                    );
                })}
                <div class="field-group">
                    <input id="jm-branding-enabled" type="checkbox" class="checkbox" checked={enabled}
                        onChange={(e) => setEnabled(e.currentTarget.checked)} />
                    <label for="jm-branding-enabled">{i18n.text('journeymaps.branding.enabled')}</label>
                </div>
                <section class="jm-branding-preview" style={preview} aria-labelledby="jm-branding-preview-title">
                    <h2 id="jm-branding-preview-title">{i18n.text('journeymaps.branding.preview')}</h2>
                    <ol class="jm-branding-band">
                        {[1, 2, 3].map((n) => (
                            <li key={n} class={`jm-branding-chevron jm-branding-chevron-${n}`}>
                                {i18n.text('journeymaps.branding.preview.stage', n)}
                            </li>
                        ))}
                    </ol>
                    <div class="jm-branding-card">{i18n.text('journeymaps.branding.preview.card')}</div>
                </section>
                <div class="buttons-container">
                    <button type="submit" class="aui-button aui-button-primary" disabled={busy}>
                        {i18n.text('journeymaps.branding.save')}
                    </button>
                    <a class="aui-button aui-button-link" href={spaceUrl}>{i18n.text('journeymaps.branding.back')}</a>
                </div>
            </form>
        </div>
    );
}

/** The colour if it is one, else `fallback`, so the preview never breaks while a colour is being typed. */
function valid(colour: string, fallback: string): string {
    return isHexColour(colour) ? colour.toUpperCase() : fallback;
}
