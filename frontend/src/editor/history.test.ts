import { describe, expect, it } from 'vitest';
import { UndoHistory } from './history';
import { WriteQueue } from './queue';

function recorder() {
    const log: string[] = [];
    const entry = (label: string, ok = true) => ({
        label,
        undo: async () => { log.push(`undo ${label}`); return ok; },
        redo: async () => { log.push(`redo ${label}`); return ok; },
    });
    return { log, entry };
}

describe('UndoHistory', () => {
    it('undoes the latest edit first and redoes it', async () => {
        const { log, entry } = recorder();
        const history = new UndoHistory();
        history.push(entry('a'));
        history.push(entry('b'));
        expect(await history.undo()).toBe('b');
        expect(await history.undo()).toBe('a');
        expect(await history.undo()).toBeUndefined();
        expect(await history.redo()).toBe('a');
        expect(log).toEqual(['undo b', 'undo a', 'redo a']);
        expect(history.canRedo).toBe(true);
    });

    it('forgets the redo list on a new edit', async () => {
        const { entry } = recorder();
        const history = new UndoHistory();
        history.push(entry('a'));
        await history.undo();
        history.push(entry('c'));
        expect(history.canRedo).toBe(false);
        expect(history.canUndo).toBe(true);
    });

    it('keeps an entry whose compensating write failed', async () => {
        const { entry } = recorder();
        const history = new UndoHistory();
        history.push(entry('a', false));
        expect(await history.undo()).toBeUndefined();
        expect(history.canUndo).toBe(true);
        expect(history.canRedo).toBe(false);
    });
});

describe('WriteQueue', () => {
    it('runs the writes of one key in order, even after a failure', async () => {
        const queue = new WriteQueue();
        const order: string[] = [];
        let release!: () => void;
        const first = queue.run('card:1', () => new Promise<void>((resolve) => { release = resolve; }).then(() => { order.push('first'); }));
        const failing = queue.run('card:1', async () => { order.push('second'); throw new Error('400'); });
        const third = queue.run('card:1', async () => { order.push('third'); });
        const other = queue.run('card:2', async () => { order.push('other'); });
        await other;
        expect(order).toEqual(['other']);
        expect(queue.busy('card:1')).toBe(true);
        release();
        await first;
        await expect(failing).rejects.toThrow('400');
        await third;
        expect(order).toEqual(['other', 'first', 'second', 'third']);
        await new Promise((r) => setTimeout(r, 0));
        expect(queue.busy('card:1')).toBe(false);
    });
});
