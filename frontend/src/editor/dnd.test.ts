import { describe, expect, it } from 'vitest';
import { draggedId, dropIndex } from './dnd';

function transfer(data: Record<string, string>): DataTransfer {
    return { getData: (type: string) => data[type] ?? '', types: Object.keys(data) } as unknown as DataTransfer;
}

describe('drag and drop', () => {
    it('reads the dragged id of the right kind only', () => {
        expect(draggedId(transfer({ 'application/x-journey-map-card': '42' }), 'card')).toBe(42);
        expect(draggedId(transfer({ 'text/plain': 'stage:7' }), 'stage')).toBe(7);
        expect(draggedId(transfer({ 'text/plain': 'card:7' }), 'stage')).toBeUndefined();
        expect(draggedId(transfer({ 'text/plain': 'hello' }), 'card')).toBeUndefined();
        expect(draggedId(null, 'card')).toBeUndefined();
    });

    it('drops a card before the first card whose middle is below the pointer', () => {
        expect(dropIndex(5, [10, 30, 50])).toBe(0);
        expect(dropIndex(35, [10, 30, 50])).toBe(2);
        expect(dropIndex(99, [10, 30, 50])).toBe(3);
        expect(dropIndex(1, [])).toBe(0);
    });
});
