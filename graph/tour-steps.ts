/**
 * Where an idea appears in the guided tours, and what comes after a tour: pure questions
 * over the tours' step lists, for node pages ("appears in tours") and the end of a tour.
 */
export interface TourLike {
  id: string;
  steps: readonly { nodes: readonly string[] }[];
}

export interface TourAppearance {
  tour: string;
  /** The steps (1-based) that are about the idea, in order. */
  steps: number[];
}

/** The tours with a step about `id`, in the tours' order, each with those steps. */
export function toursOf(tours: readonly TourLike[], id: string): TourAppearance[] {
  return tours.flatMap((t) => {
    const steps = t.steps.flatMap((s, i) => (s.nodes.includes(id) ? [i + 1] : []));
    return steps.length > 0 ? [{ tour: t.id, steps }] : [];
  });
}

/** The tour to offer after `id`: the next one in order, wrapping round to the first. */
export function nextTour<T extends TourLike>(tours: readonly T[], id: string): T | undefined {
  const i = tours.findIndex((t) => t.id === id);
  if (i < 0 || tours.length < 2) return undefined;
  return tours[(i + 1) % tours.length];
}

/** Every idea a tour is about, once each, in the order the tour first names them. */
export const tourIdeas = (tour: TourLike): string[] => [...new Set(tour.steps.flatMap((s) => s.nodes))];
