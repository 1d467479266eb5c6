import type { ArticleAnalysis } from '../analysis/types';

// One copy of each string the analyses of a workspace repeat: names, titles, date values, the stems of claim
// sentences. Analyses that come from worker threads or from the cache on disk arrive with strings of their
// own; a workspace of thousands of articles repeats them thousands of times.

export class StringPool {
  private readonly strings = new Map<string, string>();

  constructor(private readonly capacity = 500000) {}

  intern(s: string): string {
    const known = this.strings.get(s);
    if (known !== undefined) return known;
    // Bounded: past the limit new strings are kept as they are.
    if (this.strings.size < this.capacity) this.strings.set(s, s);
    return s;
  }

  /** Replaces, in place, the analysis's repeated strings by their pooled copies; returns the analysis. */
  internAnalysis(analysis: ArticleAnalysis): ArticleAnalysis {
    const i = (s: string) => this.intern(s);
    for (const m of analysis.mentions) {
      m.text = i(m.text);
      if (m.title !== undefined) m.title = i(m.title);
    }
    for (const e of analysis.entities) {
      e.name = i(e.name);
      e.forms = e.forms.map(i);
      e.titles = e.titles.map(i);
    }
    for (const t of analysis.times) {
      t.text = i(t.text);
      t.value = i(t.value);
      if (t.range) t.range = { start: i(t.range.start), end: i(t.range.end) };
    }
    for (const c of analysis.claims) {
      c.context = c.context.map(i);
      c.eventWords = c.eventWords.map(i);
      c.qualifiers = c.qualifiers.map(i);
      c.range = { start: i(c.range.start), end: i(c.range.end) };
    }
    return analysis;
  }
}
