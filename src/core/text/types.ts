// What the text classifiers say about one piece of tracker text (a title, a description, a comment).
// Contract of `tandem classify` (docs/contracts.md); signals read these, never raw keywords.

export type Tone = 'negative' | 'neutral' | 'positive';

export interface TextFeatures {
  /** States why, for whom, or what outcome/metric the work should bring. */
  valueStatement: boolean;
  /** Has acceptance criteria: a criteria section, Given/When/Then, a checklist, a definition of done. */
  acceptanceCriteria: boolean;
  /** Prescribes how to build (technologies, data stores, widgets, code) rather than the problem. */
  solutionOriented: boolean;
  /** One feature only; false when several features are joined by and/or/commas. */
  atomic: boolean;
  /** Raises a risk, blocker or doubt. */
  concern: boolean;
  /** Records a decision together with its reason. */
  decision: boolean;
  /** Emotional tone, read as software-engineering text ("kill the process" is not negative). */
  tone: Tone;
  /**
   * The learned models' calibrated probability of each feature's warning class (tone: negative; atomic:
   * NOT atomic; the others: yes). Signals use it to warn only when sure (`isSure` in ./index). Absent
   * from stand-in classifiers in tests, where every answer counts as sure.
   */
  readonly probability?: Readonly<Record<ModelTask, number>>;
}

/** The seven learned models, one per feature. */
export type ModelTask = 'tone' | 'solutionOriented' | 'atomic' | 'valueStatement' | 'acceptanceCriteria' | 'concern' | 'decision';

export interface ClassifyOptions {
  /** The markup flavour of the text; plain text when unknown. */
  format?: 'plain' | 'markdown' | 'wiki' | 'adf';
  /** A title alone (short); `atomic` reads titles, `valueStatement` reads descriptions. */
  title?: string;
}
