import type { ContractAnalysis } from './contractJson';
import { plural } from '../analysis/text/plural';

// A readable per-article summary of the same analysis the JSON carries.

export function textReport(result: ContractAnalysis): string {
  const out: string[] = [];
  const entityById = new Map(result.entities.map((e) => [e.id, e]));
  for (const doc of result.documents) {
    out.push(doc.path);
    if (doc.error) {
      out.push(`  error: ${doc.error}`, '');
      continue;
    }
    const source = doc.publicationDateSource === 'dateline' ? 'from the dateline' : doc.publicationDateSource === 'header' ? 'from the header' : 'inferred';
    out.push(`  published: ${doc.publicationDate ? `${doc.publicationDate} (${source})` : 'unknown'}`);
    const count = (type: string) => new Set(doc.mentions.filter((m) => m.type === type).map((m) => m.entity)).size;
    out.push(
      `  ${plural(count('person'), 'person', 'people')} · ${plural(count('place'), 'place', 'places')} · ${plural(count('organization'), 'organization', 'organizations')} · ${plural(doc.times.length, 'date', 'dates')} · ${plural(doc.mentions.length, 'mention', 'mentions')}`,
    );
    const perEntity = new Map<string, number>();
    for (const m of doc.mentions) perEntity.set(m.entity, (perEntity.get(m.entity) ?? 0) + 1);
    for (const type of ['person', 'place', 'organization'] as const) {
      const names = [...perEntity.entries()]
        .map(([id, n]) => ({ entity: entityById.get(id)!, n }))
        .filter((x) => x.entity.type === type)
        .sort((a, b) => b.n - a.n)
        .map((x) => `${x.entity.name} ×${x.n}`);
      if (names.length) out.push(`  ${type === 'person' ? 'people' : type === 'place' ? 'places' : 'organizations'}: ${names.join(', ')}`);
    }
    if (doc.times.length) out.push(`  dates: ${doc.times.map((t) => `"${t.text}" = ${t.value}${t.mod ? ` (${t.mod})` : ''}`).join(', ')}`);
    for (const d of doc.diagnostics) out.push(`  ${d.severity} ${d.code}: ${d.message}`);
    out.push('');
  }
  const shared = result.entities.filter((e) => e.documentCount > 1);
  out.push(`corpus: ${plural(result.documents.length, 'article', 'articles')}, ${plural(result.entities.length, 'entity', 'entities')} (${shared.length} in more than one article)`);
  for (const e of shared.sort((a, b) => b.documentCount - a.documentCount || b.mentionCount - a.mentionCount)) {
    const aka = e.aliases.length ? `; also ${e.aliases.map((a) => `"${a}"`).join(', ')}` : '';
    const titles = e.titles.length ? `; titles: ${e.titles.join(', ')}` : '';
    out.push(`  ${e.id} ${e.name} (${e.type}): ${e.mentionCount} mentions in ${e.documentCount} articles${aka}${titles}`);
  }
  if (result.conflicts.length) {
    out.push('', `conflicts: ${result.conflicts.length}`);
    for (const c of result.conflicts) {
      out.push(`  ${c.id} ${c.event}`);
      for (const claim of c.claims) out.push(`    "${claim.text}" (${claim.range.start}..${claim.range.end}) in ${claim.path}`);
    }
  }
  return out.join('\n') + '\n';
}
