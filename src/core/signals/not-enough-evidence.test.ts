// Precision first, signal by signal: a text counts against the team only when the model is sure of it.
// Each case runs a signal twice on the same history: once with answers the model is sure of (the tag
// classifier gives no probabilities, so each answer counts as sure), once with the same answers marked
// [unsure], whose probabilities sit between the shipped models' "sure no" and "warn" cuts. The unsure
// texts must be left out: the warning goes, and too few judged texts give "not enough data".
import { describe, expect, it } from 'vitest';
import type { ClassifyOptions, ModelTask, TextFeatures } from '../text';
import { storedModel } from '../text/model/read';
import type { Item } from '../model';
import type { Signal, SignalResult } from './types';
import { comment, day, event, item, markerClassifier, roster, run, text, times, tracker } from '../../../test/support/factory';
import { clearArtifacts } from './documents/clear-artifacts';
import { clearDecisions } from './documents/clear-decisions';
import { concernsEarly } from './conversations/concerns-early';
import { followingOrders } from './conversations/following-orders';
import { impactPriority } from './backlog/impact-priority';
import { smallScopes } from './backlog/small-scopes';
import { solutioning } from './documents/solutioning';
import { unclearValue } from './documents/unclear-value';

const TASKS: readonly ModelTask[] = ['tone', 'solutionOriented', 'atomic', 'valueStatement', 'acceptanceCriteria', 'concern', 'decision'];

/** A probability neither sure of the warning class nor sure of its absence, under the shipped cuts. */
function unsureProbability(task: ModelTask): number {
  const m = storedModel(task);
  return m.trusted ? m.unsureBelow : 0.5;
}

/** The tag classifier; a text tagged [unsure] carries probabilities the models are unsure about. */
function classify(body: string, options?: ClassifyOptions): TextFeatures {
  const f = markerClassifier(body, options);
  if (!`${options?.title ?? ''}\n${body}`.includes('[unsure]')) return f;
  const probability = Object.fromEntries(TASKS.map((t) => [t, unsureProbability(t)])) as Record<ModelTask, number>;
  return Object.defineProperty(f, 'probability', { value: probability, enumerable: false });
}

const TEAM = roster({ em: ['erin'], engineer: ['eli', 'eve'] });
const described = (key: string, body: string, over: Partial<Item> = {}) => item(key, { description: text(body), descriptionAuthor: 'pam', ...over });

function both(signal: Signal, make: (tag: string) => Item[], options: { roster?: typeof TEAM } = {}): [SignalResult, SignalResult] {
  const at = (tag: string) => run(signal, tracker(make(tag), { me: 'pam' }), { classify, ...options, inferRoles: false });
  return [at(''), at('[unsure]')];
}

describe('not enough evidence when the models are unsure', () => {
  it('the cuts leave room to be unsure: each trusted model has "sure no" below "warn"', () => {
    for (const task of TASKS) {
      const m = storedModel(task);
      if (m.trusted) expect(m.unsureBelow).toBeLessThan(m.warnAt);
    }
  });

  it('small-scopes: bundles count only when the model is sure an item is not atomic', () => {
    const [sure, unsure] = both(smallScopes, (tag) => times(5, (i) => item(`S-${i}`, { title: `[compound] ${tag} Login and billing` })));
    expect(sure.status).toBe('absent');
    expect(sure.evidence.filter((e) => /bundles several features/.test(e.label))).toHaveLength(5);
    expect(unsure.status).toBe('insufficient-data');
  });

  it('clear-decisions: a discussion is undecided only when every "no decision" is sure', () => {
    const discussion = (key: string, tag: string) =>
      item(key, { comments: [comment('eli', 'a or b?', day(1)), comment('pam', `a ${tag}`, day(2)), comment('eli', 'ok', day(3))] });
    const [sure, unsure] = both(clearDecisions, (tag) => times(4, (i) => discussion(`D-${i}`, tag)));
    expect(sure.status).toBe('absent');
    expect(sure.evidence[0]?.count).toBe(0);
    expect(unsure.status).toBe('insufficient-data');
  });

  it('concerns-early: a concern counts only when the model is sure of it', () => {
    const late = (key: string, tag: string) =>
      item(key, { state: 'done', resolved: day(40), comments: [comment('eli', `[concern] ${tag} the API may rate-limit us`, day(30)), comment('pam', 'noted', day(31))] });
    const [sure, unsure] = both(concernsEarly, (tag) => times(3, (i) => late(`K-${i}`, tag)), { roster: TEAM });
    expect(sure.status).toBe('absent');
    expect(unsure.status).toBe('insufficient-data');
    expect(unsure.observations).toMatchObject({ have: 0 });
  });

  it('following-orders: an engineer comment counts as silent only when the model is sure', () => {
    const quiet = (tag: string) => item('F-9', { comments: times(5, (i) => comment(i % 2 ? 'eli' : 'eve', `done ${tag}`, day(i + 1))) });
    const [sure, unsure] = both(followingOrders, (tag) => [...times(5, (i) => item(`F-${i}`, { creator: 'pam' })), quiet(tag)], { roster: TEAM });
    const voice = (r: SignalResult) => r.evidence.filter((e) => /comments that/i.test(e.label) && !/hand the decision/.test(e.label));
    expect(sure.status).toBe('present');
    expect(voice(sure)).toHaveLength(1);
    expect(voice(unsure)).toHaveLength(0);
  });

  it('clear-artifacts: an item lacks criteria only when that is sure', () => {
    const [sure, unsure] = both(clearArtifacts, (tag) => [described('A-0', '[ac] Given…'), ...times(4, (i) => described(`A-${i + 1}`, `vague ${tag}`))]);
    expect(sure.status).toBe('absent');
    expect(unsure.status).toBe('insufficient-data');
  });

  it('impact-priority: a prioritised item states no impact only when that is sure', () => {
    const [sure, unsure] = both(impactPriority, (tag) => times(5, (i) => described(`H-${i}`, i === 0 ? '[value]' : `do it ${tag}`, { priority: 'Highest', events: [event('rank', 'pam', day(3))] })));
    expect(sure.status).toBe('absent');
    expect(unsure.status).toBe('insufficient-data');
  });

  it('unclear-value: an item lacks value only when that is sure', () => {
    const [sure, unsure] = both(unclearValue, (tag) => times(6, (i) => described(`V-${i}`, i < 2 ? '[value] so that buyers…' : `do it ${tag}`)));
    expect(sure.status).toBe('present');
    expect(unsure.status).toBe('absent');
  });

  it('solutioning: a prescription counts only when the model is sure', () => {
    const [sure, unsure] = both(solutioning, (tag) => times(6, (i) => described(`P-${i}`, `[solution] ${tag} use Redis`)), { roster: roster({ pm: ['pam'], engineer: ['eli'] }) });
    expect(sure.status).toBe('present');
    expect(unsure.status).toBe('insufficient-data');
  });
});
