// The width an element has, kept up to date as the page or the window changes.

import { type RefObject } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';

export function useWidth(ref: RefObject<HTMLElement | null>): number {
    const [width, setWidth] = useState(0);
    useLayoutEffect(() => {
        const element = ref.current;
        if (element === null) {
            return undefined;
        }
        setWidth(element.clientWidth);
        if (typeof ResizeObserver === 'undefined') {
            return undefined;
        }
        const observer = new ResizeObserver(() => setWidth(element.clientWidth));
        observer.observe(element);
        return () => observer.disconnect();
    }, [ref]);
    return width;
}
