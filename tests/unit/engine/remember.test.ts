import { describe, expect, it, vi } from 'vitest';
import { remembered } from '../../../src/results/remember';

describe('remembered', () => {
  it('works each answers object out once, and a different object again', () => {
    const work = vi.fn((answers: { n: number }) => ({ level: answers.n }));
    const recommend = remembered(work);
    const a = Object.freeze({ n: 1 });
    const first = recommend(a);
    expect(recommend(a)).toBe(first);
    expect(work).toHaveBeenCalledTimes(1);
    expect(recommend(Object.freeze({ n: 1 }))).toEqual(first);
    expect(work).toHaveBeenCalledTimes(2);
  });

  it('does not remember a call that threw', () => {
    let fail = true;
    const work = vi.fn(() => {
      if (fail) throw new Error('invalid');
      return 'ok';
    });
    const recommend = remembered(work);
    const a = {};
    expect(() => recommend(a)).toThrow('invalid');
    fail = false;
    expect(recommend(a)).toBe('ok');
    expect(work).toHaveBeenCalledTimes(2);
  });
});
