/**
 * The question bank: the derived and the authored questions together, each placed in the
 * tours that visit its idea, and the selections the pages, embeds and exports make of it.
 */
import type { Level, NodeId } from '../schema';
import type { Question, QuestionBank } from './schema';

export interface TourOutline {
  id: NodeId;
  /** Every node any step of the tour is about. */
  nodes: readonly string[];
}

/**
 * The bank in its published order: each tour's authored questions, tour by tour, then
 * the derived ones. A derived question belongs to the tours that visit the idea it asks
 * about (its link); an authored one to its own tour.
 */
export function assembleBank(
  derived: readonly Question[],
  authored: readonly Question[],
  tours: readonly TourOutline[],
  version: string,
): QuestionBank {
  const placed = derived.map((q) => ({
    ...q,
    tours: tours.filter((t) => t.nodes.includes(q.evidence.link)).map((t) => t.id),
  }));
  const order = new Map<string, number>(tours.map((t, i) => [t.id, i]));
  const byTour = [...authored].sort(
    (a, b) => (order.get(a.tours[0] ?? a.id) ?? 0) - (order.get(b.tours[0] ?? b.id) ?? 0),
  );
  return { version, questions: [...byTour, ...placed] };
}

/** What a reader asked to practise: a tour, a level or an idea (each optional; all must match). */
export interface Selection {
  tour?: string;
  level?: Level;
  node?: string;
}

/** What selection looks at: the tours, levels and ideas of a question. */
export interface Selectable {
  tours: readonly string[];
  levels: readonly Level[];
  nodes: readonly string[];
}

export function selectQuestions<Q extends Selectable>(questions: readonly Q[], s: Selection): Q[] {
  return questions.filter(
    (q) =>
      (s.tour === undefined || q.tours.some((t) => t === s.tour)) &&
      (s.level === undefined || q.levels.includes(s.level)) &&
      (s.node === undefined || q.nodes.some((n) => n === s.node)),
  );
}
