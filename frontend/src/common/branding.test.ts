import { describe, expect, it } from 'vitest';
import type { Branding } from './api/branding';
import { applyBrandingTokens, brandingTokens, contrast, readableText, tooLightForWhiteText } from './branding';

const RED: Branding = {
    spaceKey: 'DEMO', enabled: true, brand: '#AA0000', brandText: '#FFFFFF',
    phaseColours: ['#FFEEEE', '#CC3333', '#660000'], phaseTextColours: ['#172B4D', '#FFFFFF', '#FFFFFF'],
    logoUrl: null, version: 2,
};

describe('branding tokens', () => {
    it('are the contract\'s custom properties when branding is on', () => {
        expect(brandingTokens(RED)).toEqual({
            '--jm-brand': '#AA0000', '--jm-brand-text': '#FFFFFF',
            '--jm-phase-1': '#FFEEEE', '--jm-phase-1-text': '#172B4D',
            '--jm-phase-2': '#CC3333', '--jm-phase-2-text': '#FFFFFF',
            '--jm-phase-3': '#660000', '--jm-phase-3-text': '#FFFFFF',
        });
    });

    it('are none when branding is off or missing, so AUI\'s look stays', () => {
        expect(brandingTokens({ ...RED, enabled: false })).toEqual({});
        expect(brandingTokens(null)).toEqual({});
    });

    it('replace earlier ones on a root and leave its other styles', () => {
        const root = document.createElement('div');
        root.style.setProperty('color', 'red');
        applyBrandingTokens(root, RED);
        expect(root.style.getPropertyValue('--jm-phase-2')).toBe('#CC3333');

        applyBrandingTokens(root, null);
        expect(root.style.getPropertyValue('--jm-phase-2')).toBe('');
        expect(root.style.getPropertyValue('color')).toBe('red');
    });
});

describe('contrast', () => {
    it('follows WCAG and picks the text colour as the server does', () => {
        expect(contrast('#FFFFFF', '#000000')).toBeCloseTo(21, 2);
        expect(readableText('#0052CC')).toBe('#FFFFFF');
        expect(readableText('#DEEBFF')).toBe('#172B4D');
        expect(readableText('#777777')).toBe('#FFFFFF');
    });

    it('flags colours too light for white text from just under 4.5:1', () => {
        expect(tooLightForWhiteText('#777777')).toBe(true);
        expect(tooLightForWhiteText('#767676')).toBe(false);
    });
});
