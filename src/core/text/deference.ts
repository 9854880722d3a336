// Deference: an engineer's comment that hands the decision away or resigns to it ("your call", "I'll
// just build what's in the ticket", "not my decision", "we were told to"). Read for the
// `following-orders` signal only, at low confidence: politeness ("happy to", "sounds good") is not
// deference, and neither is agreeing after a discussion.
import { cues } from './cues';
import { proseOf } from './prose';

const CUES = [
  String.raw`\b(?:it'?s|that'?s)\s+(?:your|the\s+pm'?s|product'?s|management'?s)\s+(?:call|decision)\b`,
  String.raw`\b(?:your|the\s+pm'?s)\s+call\b(?!\s+(?:with|to)\b)`,
  String.raw`\bnot\s+(?:my|our)\s+(?:call|decision|place|problem\s+to\s+decide)\b`,
  String.raw`\b(?:whatever|however)\s+you\s+(?:want|prefer|decide|say|think\s+is\s+best)\b`,
  String.raw`\byou'?re\s+the\s+boss\b|\bas\s+you\s+wish\b|\bif\s+you\s+say\s+so\b`,
  String.raw`\b(?:just|only)\s+(?:tell|let)\s+(?:me|us)\s+what\s+to\s+(?:build|do|implement)\b`,
  String.raw`\b(?:i'?ll|we'?ll|i\s+will|we\s+will)\s+just\s+(?:build|implement|do|ship|code)\s+(?:it|what'?s|whatever|as)\b`,
  String.raw`\b(?:i|we)\s+(?:was|were)\s+(?:told|asked|instructed)\s+to\s+(?:build|implement|do|ship|add|use)\b`,
  String.raw`\bjust\s+following\s+(?:orders|the\s+(?:ticket|spec|plan))\b`,
  String.raw`\bas\s+(?:instructed|ordered|specified\s+by\s+(?:product|the\s+pm))\b`,
  String.raw`\b(?:doesn'?t|does\s+not)\s+matter\s+what\s+(?:i|we)\s+think\b|\bnobody\s+asked\s+(?:me|us|engineering)\b`,
  String.raw`\b(?:no|not\s+much)\s+point\s+(?:in\s+)?(?:arguing|pushing\s+back|discussing)\b`,
  String.raw`\b(?:we|engineering)\s+(?:don'?t|do\s+not)\s+get\s+a\s+(?:say|vote)\b`,
];
const DEFERENCE = cues(CUES);

export function isDeferential(text: string): boolean {
  return DEFERENCE.test(proseOf(text));
}
