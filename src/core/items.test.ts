import { describe, expect, it } from 'vitest';
import { comment, contextFor, day, item, tracker } from '../../test/support/factory';
import { datedComments, sortedComments } from './items';

// The comment orders are worked out once per evaluation; these check they are the same orders the
// plain reading gives, and that a second evaluation reads the data afresh.
describe('comment orders', () => {
  const shuffled = () => [
    comment('ann', 'c', day(3)),
    comment('bob', 'a', day(1)),
    comment('cy', 'no date', 'not a date'),
    comment('dee', 'b', day(2)),
    comment('eve', 'b too', day(2)),
  ];

  it('sorts by time, keeps ties in their order, and leaves undated comments out of the dated list', () => {
    const it1 = item('A-1', { comments: shuffled() });
    const dated = datedComments(it1.comments);
    expect(dated.list.map((c) => c.author)).toEqual(['bob', 'dee', 'eve', 'ann']);
    expect(dated.times).toEqual([Date.parse(day(1)), Date.parse(day(2)), Date.parse(day(2)), Date.parse(day(3))]);
    const sorted = sortedComments(it1);
    expect(sorted).not.toBe(it1.comments);
    expect(sorted.map((c) => c.author).filter((a) => a !== 'cy')).toEqual(['bob', 'dee', 'eve', 'ann']);
  });

  it('gives the same answers with a context, once per evaluation, and afresh in the next', () => {
    const it1 = item('A-1', { comments: shuffled() });
    const data = tracker([it1]);
    const ctx = contextFor(data);
    const sorted = sortedComments(it1, ctx);
    expect(sorted).toEqual(sortedComments(it1));
    expect(sortedComments(it1, ctx)).toBe(sorted);
    const dated = datedComments(it1.comments, ctx);
    expect(dated).toEqual(datedComments(it1.comments));
    expect(datedComments(it1.comments, ctx)).toBe(dated);

    // The data changes between two evaluations: the next context does not see the old order.
    it1.comments.push(comment('fay', 'first', day(0)));
    const next = contextFor(data);
    expect(sortedComments(it1, next)[0]!.author).toBe('fay');
    expect(datedComments(it1.comments, next).list[0]!.author).toBe('fay');
  });

  it('returns the list itself when it is already in order', () => {
    const it1 = item('A-1', { comments: [comment('a', 'x', day(1)), comment('b', 'y', day(2))] });
    expect(sortedComments(it1, contextFor(tracker([it1])))).toBe(it1.comments);
  });
});
