// Arrow-key movement in the map's grid (one Tab stop, then arrows): the focusable units are the stage and
// lane headers, the cards and the emotion points, each with its row and column. Left/right go to the
// neighbouring column of the same row; up/down go through a cell's cards, then to the nearest column of the
// next row; Home/End to the row's ends.

export interface NavUnit {
    readonly row: number;
    readonly col: number;
}

const nearest = (units: readonly NavUnit[], indexes: number[], col: number): number | undefined =>
    indexes.reduce<number | undefined>((best, i) =>
        best === undefined || Math.abs(units[i].col - col) < Math.abs(units[best].col - col) ? i : best, undefined);

/** The unit to move to from `current` (an index into `units`, which are in reading order), or undefined. */
export function nextUnit(units: readonly NavUnit[], current: number, key: string): number | undefined {
    const here = units[current];
    if (here === undefined) {
        return undefined;
    }
    const all = units.map((_, i) => i);
    const inRow = all.filter((i) => units[i].row === here.row);
    switch (key) {
        case 'ArrowRight': {
            const cols = inRow.filter((i) => units[i].col > here.col);
            return cols.find((i) => units[i].col === Math.min(...cols.map((c) => units[c].col)));
        }
        case 'ArrowLeft': {
            const cols = inRow.filter((i) => units[i].col < here.col);
            return cols.find((i) => units[i].col === Math.max(...cols.map((c) => units[c].col)));
        }
        case 'ArrowDown': {
            const sameCell = inRow.find((i) => i > current && units[i].col === here.col);
            if (sameCell !== undefined) {
                return sameCell;
            }
            const below = all.filter((i) => units[i].row > here.row);
            const row = Math.min(...below.map((i) => units[i].row));
            return nearest(units, below.filter((i) => units[i].row === row), here.col);
        }
        case 'ArrowUp': {
            const sameCell = inRow.filter((i) => i < current && units[i].col === here.col).pop();
            if (sameCell !== undefined) {
                return sameCell;
            }
            const above = all.filter((i) => units[i].row < here.row);
            const row = Math.max(...above.map((i) => units[i].row));
            return nearest(units, above.filter((i) => units[i].row === row), here.col);
        }
        case 'Home':
            return inRow[0];
        case 'End':
            return inRow[inRow.length - 1];
        default:
            return undefined;
    }
}
