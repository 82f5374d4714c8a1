// Presentation mode's key map: which stage a key leads to, or what it asks for.

export type PresentAction = { readonly go: number } | 'close' | 'fullscreen' | 'comments';

export function presentAction(key: string, current: number, count: number): PresentAction | undefined {
    switch (key) {
        case 'ArrowRight':
        case 'PageDown':
        case ' ':
            return current < count - 1 ? { go: current + 1 } : undefined;
        case 'ArrowLeft':
        case 'PageUp':
            return current > 0 ? { go: current - 1 } : undefined;
        case 'Home':
            return { go: 0 };
        case 'End':
            return { go: count - 1 };
        case 'Escape':
            return 'close';
        case 'f':
        case 'F':
            return 'fullscreen';
        case 'c':
        case 'C':
            return 'comments';
        default:
            return undefined;
    }
}
