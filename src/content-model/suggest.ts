// "Did you mean": the nearest of the allowed words, for misspelt keys, ids and values.
//
// Ids and keys are ASCII and compared by edit distance. Chinese words are not:
// 组员 is one character away from both 组长 and 成员, but it means 成员. In a
// Chinese compound the last character names what the thing is (员: a member,
// 长: a head), so a shared last character counts double, and a suggestion must
// share at least a third of the characters typed. When two candidates are equally
// near, none is offered: the message lists every allowed value anyway.

const HAN = /\p{Script=Han}/u;

/** Edit distance, for "did you mean" suggestions on misspelt keys. */
export function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** How much of `word` a Chinese candidate shares: characters in common, the last one counting double when both end with it. */
export function sharedCharacters(word: string, candidate: string): { shared: number; score: number } {
  const w = [...word];
  const c = [...candidate];
  const used = new Array<boolean>(c.length).fill(false);
  let shared = 0;
  let score = 0;
  for (const [i, ch] of w.entries()) {
    // The last character first looks for the candidate's last character.
    const last = i === w.length - 1 && !used[c.length - 1] && c[c.length - 1] === ch;
    const j = last ? c.length - 1 : c.findIndex((x, k) => !used[k] && x === ch);
    if (j === -1) continue;
    used[j] = true;
    shared++;
    score += last ? 2 : 1;
  }
  return { shared, score };
}

interface Ranked {
  readonly candidate: string;
  readonly score: number;
  readonly distance: number;
}

/** Candidates near enough to suggest, nearest first. */
function ranked(word: string, candidates: readonly string[]): Ranked[] {
  const lower = word.toLowerCase();
  if (HAN.test(word)) {
    return candidates
      .map((candidate) => ({ candidate, ...sharedCharacters(word, candidate), distance: distance(word, candidate) }))
      .filter((r) => r.shared > 0 && r.shared * 3 >= [...word].length)
      .sort((a, b) => b.score - a.score || a.distance - b.distance);
  }
  const limit = Math.max(2, Math.floor(word.length / 3));
  return candidates
    .map((candidate) => ({ candidate, score: 0, distance: distance(lower, candidate.toLowerCase()) }))
    .filter((r) => r.distance <= limit)
    .sort((a, b) => a.distance - b.distance);
}

/** The one nearest candidate, or undefined when none is near or two are equally near. */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  const [best, second] = ranked(word, candidates);
  if (best === undefined) return undefined;
  if (second && second.score === best.score && second.distance === best.distance) return HAN.test(word) ? undefined : best.candidate;
  return best.candidate;
}

/** Up to `max` candidates as near as the nearest (ties included), for "是不是 a、b？". */
export function nearest(word: string, candidates: readonly string[], max = 3): string[] {
  const list = ranked(word, candidates);
  const best = list[0];
  if (best === undefined) return [];
  return list.filter((r) => r.score === best.score && r.distance <= best.distance + (HAN.test(word) ? 0 : 1)).slice(0, max).map((r) => r.candidate);
}
