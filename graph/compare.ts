/**
 * Two ideas side by side: what the compare page shows for a pair, from one "card" per idea
 * in one language (built at build time by graph/compare-build.ts and published as
 * `/compare/{lang}/{id}.json`). This module is what the browser needs — the card's schema
 * (fetched files are parsed, not trusted) and the pure comparison of two cards — so it
 * imports nothing heavier than zod.
 */
import { z } from 'zod';

const Ref = z.object({ id: z.string(), label: z.string(), kind: z.string() });
export type CompareRef = z.infer<typeof Ref>;

/** One link of an idea, read from the idea's side ("gives rise to Uncertainty"). */
const Link = z.object({
  other: Ref,
  /** The edge kind and which way it points from this idea. */
  kind: z.string(),
  dir: z.enum(['out', 'in']),
  /** The relation as words, in the card's language, from this idea's side. */
  verb: z.string(),
  inferred: z.boolean(),
});
export type CompareLink = z.infer<typeof Link>;

export const CompareCard = z.object({
  id: z.string(),
  lang: z.enum(['en', 'zh']),
  kind: z.string(),
  kindName: z.string(),
  level: z.string().optional(),
  label: z.string(),
  /** The label in the other language. */
  otherLabel: z.string(),
  summary: z.string(),
  /** The paper's words for it: its first citations (verbatim Chinese), with where they are. */
  definitions: z.array(
    z.object({ section: z.string(), sectionName: z.string(), anchor: z.string(), quote: z.string() }),
  ),
  links: z.array(Link),
  /** Challenges it leads to, following gives-rise-to, amplifies, explains and manifests-as (up to three steps). */
  leadsTo: z.array(z.object({ challenge: Ref, via: z.array(Ref) })),
  /** Challenges it addresses (governance measures and recommendations). */
  addresses: z.array(Ref),
});
export type CompareCard = z.infer<typeof CompareCard>;

export interface SharedLink {
  other: CompareRef;
  a: CompareLink[];
  b: CompareLink[];
}

export interface Comparison {
  a: CompareCard;
  b: CompareCard;
  /** Links between the two ideas themselves, from a's side. */
  direct: CompareLink[];
  /** Ideas both link to, with how each links to them. */
  shared: SharedLink[];
  onlyA: CompareLink[];
  onlyB: CompareLink[];
  challenges: { both: CompareRef[]; onlyA: CompareRef[]; onlyB: CompareRef[] };
}

const group = (links: readonly CompareLink[], skip: string) => {
  const byOther = new Map<string, CompareLink[]>();
  for (const l of links) if (l.other.id !== skip) byOther.set(l.other.id, [...(byOther.get(l.other.id) ?? []), l]);
  return byOther;
};

/** What two ideas share and what sets them apart. Pure; the order follows a's card, then b's. */
export function comparePair(a: CompareCard, b: CompareCard): Comparison {
  const la = group(a.links, b.id);
  const lb = group(b.links, a.id);
  const shared: SharedLink[] = [];
  for (const [id, links] of la) {
    const other = lb.get(id);
    const first = links[0];
    if (other && first) shared.push({ other: first.other, a: links, b: other });
  }
  const reachA = new Map([...a.leadsTo.map((l) => l.challenge), ...a.addresses].map((c) => [c.id, c] as const));
  const reachB = new Map([...b.leadsTo.map((l) => l.challenge), ...b.addresses].map((c) => [c.id, c] as const));
  return {
    a,
    b,
    direct: a.links.filter((l) => l.other.id === b.id),
    shared,
    onlyA: a.links.filter((l) => l.other.id !== b.id && !lb.has(l.other.id)),
    onlyB: b.links.filter((l) => l.other.id !== a.id && !la.has(l.other.id)),
    challenges: {
      both: [...reachA.values()].filter((c) => reachB.has(c.id)),
      onlyA: [...reachA.values()].filter((c) => !reachB.has(c.id)),
      onlyB: [...reachB.values()].filter((c) => !reachA.has(c.id)),
    },
  };
}
