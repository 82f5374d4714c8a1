// Writes to one element go out one after the other: each must carry the version the previous one returned.

export class WriteQueue {
    private readonly tails = new Map<string, Promise<unknown>>();

    /** Runs `write` after every earlier write of `key` has settled. */
    run<T>(key: string, write: () => Promise<T>): Promise<T> {
        const previous = this.tails.get(key) ?? Promise.resolve();
        const next = previous.then(write, write);
        const tail = next.catch(() => undefined);
        this.tails.set(key, tail);
        void tail.then(() => {
            if (this.tails.get(key) === tail) {
                this.tails.delete(key);
            }
        });
        return next;
    }

    /** Whether `key` has a write waiting or under way. */
    busy(key: string): boolean {
        return this.tails.has(key);
    }
}
