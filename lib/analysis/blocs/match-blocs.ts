/** A bloc with a stable identity: `id` carries over from year to year while the bloc persists. */
export interface Bloc {
  id: number;
  members: string[];
}

/**
 * Gives this year's blocs the ids of last year's where they persist. Pairs of (previous,
 * current) blocs are taken by largest overlap first, each bloc used once (ties: lower previous
 * id, then earlier current bloc). A bloc with no partner gets the smallest id used neither
 * now nor last year, so a new bloc never looks like the continuation of one that just broke up.
 */
export function matchBlocs(previous: readonly Bloc[], current: readonly string[][]): Bloc[] {
  const candidates: { overlap: number; previousIndex: number; currentIndex: number }[] = [];
  previous.forEach((before, previousIndex) => {
    const members = new Set(before.members);
    current.forEach((now, currentIndex) => {
      const overlap = now.filter((id) => members.has(id)).length;
      if (overlap > 0) candidates.push({ overlap, previousIndex, currentIndex });
    });
  });
  candidates.sort((a, b) => b.overlap - a.overlap || (previous[a.previousIndex]?.id ?? 0) - (previous[b.previousIndex]?.id ?? 0) || a.currentIndex - b.currentIndex);

  const ids = new Array<number | undefined>(current.length).fill(undefined);
  const usedPrevious = new Set<number>();
  for (const candidate of candidates) {
    if (usedPrevious.has(candidate.previousIndex) || ids[candidate.currentIndex] !== undefined) continue;
    usedPrevious.add(candidate.previousIndex);
    ids[candidate.currentIndex] = previous[candidate.previousIndex]?.id;
  }

  const taken = new Set<number>([...previous.map((bloc) => bloc.id), ...ids.filter((id) => id !== undefined)]);
  return current.map((members, index) => {
    let id = ids[index];
    if (id === undefined) {
      id = 0;
      while (taken.has(id)) id += 1;
      taken.add(id);
    }
    return { id, members: [...members] };
  });
}
