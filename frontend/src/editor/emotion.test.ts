import { describe, expect, it } from 'vitest';
import { formatScore, levelKey, parseScore, scoreAtY, stepScore, yOfScore } from './emotion';

describe('emotion curve geometry', () => {
    it('maps the top of the band to +2 and the bottom to −2', () => {
        expect(scoreAtY(0, 100)).toBe(2);
        expect(scoreAtY(50, 100)).toBe(0);
        expect(scoreAtY(100, 100)).toBe(-2);
        expect(scoreAtY(70, 100)).toBe(-1);
    });

    it('clamps drags beyond the band', () => {
        expect(scoreAtY(-40, 100)).toBe(2);
        expect(scoreAtY(400, 100)).toBe(-2);
        expect(scoreAtY(10, 0)).toBe(0);
    });

    it('places each score back where a drag would read it', () => {
        for (const score of [-2, -1, 0, 1, 2]) {
            expect(scoreAtY(yOfScore(score, 80), 80)).toBe(score);
        }
    });
});

describe('typed scores', () => {
    it.each([['2', 2], ['+2', 2], ['-1', -1], [' 0 ', 0], ['\u22122', -2]])('reads "%s"', (typed, score) => {
        expect(parseScore(typed)).toBe(score);
    });

    it.each(['3', '-3', '1.5', 'a', '', '++1'])('refuses "%s"', (typed) => {
        expect(parseScore(typed)).toBeUndefined();
    });

    it('steps within the range and formats with a sign', () => {
        expect(stepScore(2, 1)).toBe(2);
        expect(stepScore(-2, -1)).toBe(-2);
        expect(stepScore(0, 1)).toBe(1);
        expect(formatScore(2)).toBe('+2');
        expect(formatScore(-1)).toBe('-1');
        expect(levelKey(-2)).toBe('journeymaps.emotion.level.minus2');
        expect(levelKey(0)).toBe('journeymaps.emotion.level.zero');
    });
});
