// Signals that read item and comment text through the classifier: unclear-value, impact-priority,
// solutioning, clear-decisions, clear-artifacts, concerns-early, engineer-opinion-priority,
// small-scopes. The tag classifier from the test factory stands in for src/core/text.
import { describe, expect, it, vi } from 'vitest';
import type { Item } from '../model';
import { comment, day, event, item, roster, run, text, times, tracker, markerClassifier } from '../../../test/support/factory';
import { clearArtifacts } from './documents/clear-artifacts';
import { clearDecisions } from './documents/clear-decisions';
import { concernsEarly } from './conversations/concerns-early';
import { engineerOpinionPriority } from './backlog/engineer-opinion-priority';
import { impactPriority } from './backlog/impact-priority';
import { checklistLength, smallScopes } from './backlog/small-scopes';
import { solutioning } from './documents/solutioning';
import { unclearValue } from './documents/unclear-value';
import { analyze } from '../engine';

const TEAM = roster({ em: ['erin'], engineer: ['eli', 'eve'] });
const described = (key: string, body: string, over: Partial<Item> = {}) => item(key, { description: text(body), descriptionAuthor: 'pam', ...over });
/** `n` items, the first `k` of them with `tagged` in the description. */
const mix = (n: number, k: number, tagged: string, other = 'plain words', over: Partial<Item> = {}) =>
  times(n, (i) => described(`X-${i}`, i < k ? tagged : other, over));

describe('unclear-value', () => {
  it.each([
    { name: 'too few items', items: mix(3, 0, ''), scope: 'backlog', status: 'insufficient-data' },
    { name: 'most items say why', items: mix(6, 4, '[value] so that buyers…'), scope: 'backlog', status: 'absent', stated: 4 },
    { name: 'few items say why', items: mix(6, 2, '[value] so that buyers…'), scope: 'backlog', status: 'present', stated: 2 },
    { name: 'bugs are not asked', items: mix(6, 0, '', 'crash', { type: 'bug' }), scope: 'backlog', status: 'insufficient-data' },
    { name: 'one item without value', items: mix(1, 0, ''), scope: 'item', status: 'present', stated: 0 },
    { name: 'one item with value', items: mix(1, 1, '[value]'), scope: 'item', status: 'absent', stated: 1 },
  ] as const)('$name → $status', ({ items, scope, status, stated }) => {
    const r = run(unclearValue, tracker([...items], { me: 'pam', scope }));
    expect(r.status).toBe(status);
    if (stated !== undefined) {
      expect(r.evidence[0]?.count).toBe(stated);
      expect(r.evidence.slice(1).map((e) => e.itemKey)).toEqual(items.slice(stated).map((i) => i.key));
    }
  });
});

describe('impact-priority', () => {
  const ranked = (key: string, body: string) => described(key, body, { events: [event('rank', 'pam', day(3))] });
  it.each([
    { name: 'nothing prioritised', items: mix(6, 0, ''), status: 'insufficient-data' },
    { name: 'ranked items state impact', items: [...times(4, (i) => ranked(`R-${i}`, '[value] cuts churn 2 %')), ranked('R-9', 'do it'), ...mix(3, 0, '')], status: 'present', withImpact: 4, of: 5 },
    { name: 'high priorities without impact', items: times(5, (i) => described(`H-${i}`, i === 0 ? '[value]' : 'do it', { priority: 'Highest' })), status: 'absent', withImpact: 1, of: 5 },
  ])('$name → $status', ({ items, status, withImpact, of }) => {
    const r = run(impactPriority, tracker(items, { me: 'pam' }));
    expect(r.status).toBe(status);
    if (withImpact !== undefined) {
      expect(r.summary).toBe(`${withImpact} of ${of} prioritized items state their impact (${Math.round((withImpact / of!) * 100)}%).`);
      expect(r.evidence.filter((e) => e.label.endsWith('no stated impact'))).toHaveLength(of! - withImpact);
    }
  });

  it('says so when the item in view was never prioritised', () => {
    const r = run(impactPriority, tracker([described('Q-1', 'x', { priority: 'Low' })], { scope: 'item' }));
    expect(r).toMatchObject({ status: 'insufficient-data', observations: { have: 0, need: 1 } });
  });
});

describe('solutioning', () => {
  it.each([
    { name: 'PM unknown', me: null, items: mix(6, 6, '[solution]'), status: 'needs-setup' },
    { name: 'too few texts', me: 'pam', items: mix(2, 2, '[solution]'), status: 'insufficient-data' },
    { name: 'PM prescribes the build', me: 'pam', items: mix(6, 3, '[solution] add a Redis cache'), status: 'present', sol: 3, texts: 6 },
    { name: 'PM states problems', me: 'pam', items: mix(6, 1, '[solution] use a modal'), status: 'absent', sol: 1, texts: 6 },
    {
      name: 'PM comments count too',
      me: 'pam',
      items: [...mix(3, 0, ''), item('C-1', { comments: times(3, (i) => comment('pam', '[solution] use Kafka', day(i))) })],
      status: 'present',
      sol: 3,
      texts: 6,
    },
  ])('$name → $status', ({ me, items, status, sol, texts }) => {
    const r = run(solutioning, tracker(items, { me }));
    expect(r.status).toBe(status);
    if (sol !== undefined) {
      expect(r.evidence[0]).toMatchObject({ count: sol, label: expect.stringContaining(`${sol} of ${texts}`) });
      expect(r.evidence.slice(1).every((e) => e.url && e.itemKey)).toBe(true);
    }
  });

  it('ignores descriptions other people wrote', () => {
    const r = run(solutioning, tracker(mix(6, 6, '[solution]', '', { descriptionAuthor: 'eli' }), { me: 'pam' }));
    expect(r.status).toBe('insufficient-data');
  });
});

describe('clear-decisions', () => {
  const discussion = (key: string, decided: boolean) =>
    item(key, { comments: [comment('eli', 'a or b?', day(1)), comment('pam', 'a', day(2)), comment('eli', decided ? '[decision] going with a because it is cheaper' : 'ok', day(3))] });
  it.each([
    { name: 'no discussions', items: mix(5, 0, ''), scope: 'backlog', status: 'insufficient-data' },
    { name: 'one in three decided', items: [discussion('D-1', true), discussion('D-2', false), discussion('D-3', false)], scope: 'backlog', status: 'present', decided: 1 },
    { name: 'none decided', items: times(4, (i) => discussion(`D-${i}`, false)), scope: 'backlog', status: 'absent', decided: 0 },
    { name: 'single item without discussion', items: [item('D-9', { comments: [comment('eli', 'hi', day(1))] })], scope: 'item', status: 'insufficient-data' },
    { name: 'single decided item', items: [discussion('D-1', true)], scope: 'item', status: 'present', decided: 1 },
  ] as const)('$name → $status', ({ items, scope, status, decided }) => {
    const r = run(clearDecisions, tracker([...items], { scope }));
    expect(r.status).toBe(status);
    if (decided !== undefined) {
      expect(r.evidence[0]?.count).toBe(decided);
      const linked = r.evidence.filter((e) => e.label.includes('decision recorded'));
      expect(linked).toHaveLength(decided);
      if (decided) expect(linked[0]?.url).toContain('/comments/');
    }
  });
});

describe('clear-artifacts', () => {
  it.each([
    { name: 'too few items', items: mix(2, 2, '[ac]'), status: 'insufficient-data' },
    { name: 'criteria and specs', items: [...mix(3, 3, '[ac] Given…'), described('S-1', 'Design: https://www.figma.com/file/abc'), described('S-2', 'vague')], status: 'present', have: 4 },
    { name: 'mostly vague', items: mix(5, 1, '[ac]'), status: 'absent', have: 1 },
  ])('$name → $status', ({ items, status, have }) => {
    const r = run(clearArtifacts, tracker(items));
    expect(r.status).toBe(status);
    if (have !== undefined) {
      expect(r.evidence[0]?.count).toBe(have);
      // What is missing comes first, since that is what to act on.
      expect(r.evidence[1]?.label).toMatch(/no criteria/);
      expect(r.evidence.filter((e) => e.label.endsWith('no criteria, checklist or spec'))).toHaveLength(items.length - have);
    }
  });
});

describe('concerns-early', () => {
  /** An item open from day 0 to day 40 (closed), with a concern on `on` answered (or not). */
  const concern = (key: string, on: number, answered: boolean) =>
    item(key, {
      state: 'done',
      resolved: day(40),
      comments: [comment('eli', '[concern] the API may rate-limit us', day(on)), ...(answered ? [comment('pam', 'good catch, adding a spike', day(on + 1))] : [])],
    });
  it.each([
    { name: 'too few concerns', items: [concern('K-1', 1, true)], status: 'insufficient-data', have: 1 },
    { name: 'early and answered', items: [concern('K-1', 1, true), concern('K-2', 3, true), concern('K-3', 30, true)], status: 'present', early: 2, answered: 3 },
    { name: 'late', items: [concern('K-1', 20, true), concern('K-2', 30, true), concern('K-3', 35, true)], status: 'absent', early: 0, answered: 3 },
    { name: 'unanswered', items: [concern('K-1', 1, false), concern('K-2', 2, false), concern('K-3', 3, true)], status: 'absent', early: 3, answered: 1 },
  ])('$name → $status', ({ items, status, have, early, answered }) => {
    const r = run(concernsEarly, tracker(items, { me: 'pam' }), { roster: TEAM });
    expect(r.status).toBe(status);
    if (have !== undefined) expect(r.observations).toMatchObject({ have, need: 3 });
    if (early !== undefined) {
      expect(r.evidence[0]?.count).toBe(early);
      expect(r.evidence[1]?.count).toBe(answered);
      expect(r.evidence[2]?.count).toBe(answered); // every answer here comes from the PM
    }
  });

  it('counts a concern in the description as raised at the start', () => {
    const items = times(3, (i) => described(`K-${i}`, '[concern] legal has not signed off', { comments: [comment('erin', 'I will ask legal', day(1))] }));
    const r = run(concernsEarly, tracker(items, { me: 'pam' }), { roster: TEAM });
    expect(r.status).toBe('present');
    expect(r.evidence.filter((e) => e.label.includes('in the description'))).toHaveLength(3);
  });
});

describe('engineer-opinion-priority', () => {
  const change = (key: string, opts: { askedHoursBefore?: number; impact?: boolean; asker?: string }) =>
    described(key, opts.impact ? '[value] 30 % of users hit this' : 'refactor the importer', {
      comments: opts.askedHoursBefore !== undefined ? [comment(opts.asker ?? 'eli', 'can we do this next?', day(10, -opts.askedHoursBefore))] : [],
      events: [event('priority', 'pam', day(10), { from: 'Medium', to: 'High' })],
    });
  it.each([
    { name: 'engineers unknown', items: [change('O-1', { askedHoursBefore: 2 })], rost: null, status: 'needs-setup' },
    { name: 'too few changes', items: [change('O-1', { askedHoursBefore: 2 })], rost: TEAM, status: 'insufficient-data' },
    { name: 'changes follow engineers without impact', items: [change('O-1', { askedHoursBefore: 2 }), change('O-2', { askedHoursBefore: 48 }), change('O-3', {})], rost: TEAM, status: 'present', driven: 2 },
    { name: 'impact is stated', items: [change('O-1', { askedHoursBefore: 2, impact: true }), change('O-2', { askedHoursBefore: 2, impact: true }), change('O-3', {})], rost: TEAM, status: 'absent', driven: 0 },
    { name: 'requests too long before', items: times(3, (i) => change(`O-${i}`, { askedHoursBefore: 200 })), rost: TEAM, status: 'absent', driven: 0 },
    { name: 'the EM asked, not an engineer', items: times(3, (i) => change(`O-${i}`, { askedHoursBefore: 2, asker: 'erin' })), rost: TEAM, status: 'absent', driven: 0 },
  ])('$name → $status', ({ items, rost, status, driven }) => {
    const r = run(engineerOpinionPriority, tracker(items, { me: 'pam' }), { roster: rost, inferRoles: false });
    expect(r.status).toBe(status);
    if (driven !== undefined) {
      expect(r.evidence[0]?.count).toBe(driven);
      expect(r.evidence.slice(1).every((e) => e.person === 'pam' && e.url?.includes('/events/'))).toBe(true);
      expect(r.evidence).toHaveLength(1 + driven);
    }
  });
});

describe('small-scopes', () => {
  const closedIn = (key: string, days: number, estimate: number | null, title = 'One thing') =>
    item(key, { title, state: 'done', resolution: 'done', resolved: day(days), estimate });
  it.each([
    { name: 'nothing measurable', items: [], scope: 'backlog', status: 'insufficient-data' },
    { name: 'small, single-purpose, fast', items: times(5, (i) => closedIn(`S-${i}`, 5 + i, 3)), scope: 'backlog', status: 'present', figure: 1 },
    { name: 'bundled and slow', items: times(5, (i) => closedIn(`S-${i}`, 40, 13, i < 3 ? '[compound] Login and billing' : 'One')), scope: 'backlog', status: 'absent', figure: 0 },
    { name: 'two of three pass', items: times(5, (i) => closedIn(`S-${i}`, 40, 3)), scope: 'backlog', status: 'present', figure: 0.67 },
    { name: 'one bundled item in view', items: [item('S-1', { title: '[compound] Search and export' })], scope: 'item', status: 'absent', figure: 0 },
  ] as const)('$name → $status', ({ items, scope, status, figure }) => {
    const r = run(smallScopes, tracker([...items], { scope }));
    expect(r.status).toBe(status);
    if (figure !== undefined) expect(r.figure).toBeCloseTo(figure, 2);
  });

  it('reads the closing cadence of a backlog: a win at least every two weeks', () => {
    // NOW is day 200: closures every 10 days up to day 195 pass; a 40-day hole fails.
    const steady = times(6, (i) => closedIn(`C-${i}`, 145 + i * 10, null));
    const stalled = [...times(3, (i) => closedIn(`C-${i}`, 120 + i * 5, null)), ...times(2, (i) => closedIn(`D-${i}`, 190 + i * 5, null))];
    const good = run(smallScopes, tracker(steady));
    expect(good.summary).toMatch(/the longest stretch without a closure in 12 weeks is 10 days/i);
    expect(good.evidence).toContainEqual(expect.objectContaining({ label: 'Closures in the last 12 weeks: 6; longest gap 10 days', count: 6 }));
    const bad = run(smallScopes, tracker(stalled));
    expect(bad.summary).toContain('is 60 days');
    expect(bad.figure).toBeLessThan(good.figure!);
    // One item has no cadence.
    expect(run(smallScopes, tracker([steady[0]!], { scope: 'item' })).summary).not.toContain('stretch');
  });

  it('counts checklist entries in any markup and flags long checklists', () => {
    const list = (n: number) => Array.from({ length: n }, (_, k) => `- [${k % 2 ? 'x' : ' '}] check ${k}`).join('\n');
    const short = times(3, (i) => item(`K-${i}`, { description: text(`Why\n${list(3)}`) }));
    const long = times(3, (i) => item(`L-${i}`, { description: text(list(12)) }));
    expect(checklistLength(`intro\n- [ ] a\n* [x] b\n1. [ ] c\nnot - [ ] this`)).toBe(3);
    const ok = run(smallScopes, tracker(short));
    expect(ok.summary).toMatch(/checklists have 3 entries \(median\)/i);
    const tooLong = run(smallScopes, tracker(long));
    expect(tooLong.summary).toMatch(/checklists have 12 entries \(median\)/i);
    expect(tooLong.evidence.filter((e) => e.label === 'a checklist of 12 entries' || e.label.endsWith('a checklist of 12 entries'))).toHaveLength(3);
    expect(tooLong.figure).toBeLessThan(ok.figure!);
  });

  it('leaves epics out and lists bundled items', () => {
    const items = [...times(5, (i) => item(`S-${i}`, { title: i ? 'One' : '[compound] A and B' })), item('EP-1', { type: 'epic', title: '[compound] everything' })];
    const r = run(smallScopes, tracker(items));
    expect(r.evidence[0]).toMatchObject({ count: 4, label: 'Single-feature items: 4 of 5' });
    expect(r.evidence.filter((e) => e.label.endsWith('bundles several features')).map((e) => e.itemKey)).toEqual(['S-0']);
  });
});

describe('text classification through the engine', () => {
  it('classifies each item and comment once, however many signals read them', () => {
    const classify = vi.fn(markerClassifier);
    const items = times(10, (i) => described(`Z-${i}`, `words ${i}`, { comments: [comment('pam', `hi ${i}`, day(1), { id: `z${i}` }), comment('eli', `ok ${i}`, day(2), { id: `y${i}` })] }));
    analyze(tracker(items, { me: 'pam' }), { classify, roster: TEAM });
    expect(classify).toHaveBeenCalledTimes(30);
  });

  it('reads the same comment text once, however many comments say it', () => {
    const classify = vi.fn(markerClassifier);
    const items = times(10, (i) => described(`Z-${i}`, `words ${i}`, { comments: [comment('pam', 'hi', day(1), { id: `z${i}` }), comment('eli', 'ok', day(2), { id: `y${i}` })] }));
    analyze(tracker(items, { me: 'pam' }), { classify, roster: TEAM });
    // Ten descriptions, and two distinct comment texts.
    expect(classify).toHaveBeenCalledTimes(12);
  });
});
