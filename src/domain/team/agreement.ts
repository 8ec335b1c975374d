import type { Choice, Level } from '../response/schema.ts'

/*
 * How far a room agrees on one question, in measures that do not grow with head count: every
 * figure is a share of the people or a quantile of their levels, so a room of 5, 12 or 30 people
 * who answer in the same proportions gets the same figures. (The old rule, "highest and lowest two
 * levels apart", flags almost every question once one person in a large room strays.)
 */

/** What the people in the room answered to one question. */
export interface AnswerCounts {
  /** How many chose each level 0–4. */
  levels: [number, number, number, number, number]
  dontKnow: number
  notApplicable: number
  notNeeded: number
  /** Participants who gave no answer at all. */
  unanswered: number
}

/**
 * What the room's answers to one question amount to. Topics are `split` (a real divide) and
 * `unknown` (some know, some don't); `agreement` needs the room close together and nobody saying
 * "don't know". `nobodyKnows` (everyone answering said "don't know") is not a topic – there is no
 * view to discuss, only something to find out – and appears among the team's findings instead;
 * `tooFew` when fewer than two people gave a level or said "don't know".
 */
export type QuestionKind = 'agreement' | 'mixed' | 'split' | 'unknown' | 'nobodyKnows' | 'tooFew'

/** The neighbouring levels the largest group of people at most one level apart chose. */
export interface AgreementCore {
  from: Level
  to: Level
  /** People in the group. */
  count: number
}

export interface Agreement {
  counts: AnswerCounts
  /** People who chose a level. */
  rated: number
  /**
   * 0–1: the largest share of the people who chose a level whose levels are at most one apart
   * (all on two neighbouring levels); null when nobody chose a level.
   */
  agreement: number | null
  core: AgreementCore | null
  /** The level most people chose (the lower one on a tie): whose statement stands for an agreement. */
  mode: Level | null
  median: number | null
  /** Third quartile minus first quartile of the levels chosen: how wide the middle half of the room is. */
  iqr: number | null
  /** Two groups, each at least `CAMP_SHARE` of the people, two or more levels apart, with a gap between them. */
  twoCamps: boolean
  /** 0–1: the share of "don't know" among the people who chose a level or said "don't know"; null when neither. */
  unknownShare: number | null
  /**
   * 0–1, what topics are ranked by: the share of the people who chose a level or said "don't know"
   * who are outside the agreeing group. "Don't know" counts as outside: it is not agreement.
   */
  disagreement: number
  /**
   * A topic only because a few said "don't know" (fewer than `UNKNOWN_SHARE`) where the room rates
   * the question at level `KNOWN_FROM_LEVEL` or above: "some know, some don't". Ranked after every
   * other topic, since one person's gap weighs less than a divided room.
   */
  fewUnknown: boolean
  kind: QuestionKind
}

/**
 * A question is `agreement` from this share on: one person in five may stand apart (1 of 5, 2 of 12,
 * 6 of 30). It implies an interquartile range of at most 1: with no more than a fifth outside two
 * neighbouring levels, neither the lowest nor the highest quarter can reach beyond them.
 */
export const AGREEMENT_SHARE = 0.8

/**
 * Below this share no group of neighbouring levels holds even three people in five: the room is
 * split (at 5 people the largest such group has 2, at 12 at most 7, at 30 at most 17). Every room
 * has at least a third on some two neighbouring levels, so the measure runs from ⅓ to 1.
 */
export const SPLIT_SHARE = 0.6

/**
 * A camp is at least a quarter of the people who chose a level: 2 of 5, 3 of 12, 8 of 30. Less
 * than that is a few dissenters, not a divide.
 */
export const CAMP_SHARE = 0.25

/**
 * "Some know, some don't" is a topic from one in five saying "don't know": 1 of 5, 3 of 12, 6 of
 * 30. Below that it is noted with the question but does not put it on the agenda.
 */
export const UNKNOWN_SHARE = 0.2

/**
 * From this median level on, the room says the practice exists: whoever answers "don't know" beside
 * it is out of the picture, and even one such person of twelve makes "some know, some don't" a topic.
 * Below it, "don't know" beside "hardly anything there" is no news.
 */
export const KNOWN_FROM_LEVEL = 2

/** Counts the answers to one question, one choice per participant (undefined: no answer). */
export function countChoices(choices: readonly (Choice | undefined)[]): AnswerCounts {
  const counts: AnswerCounts = { levels: [0, 0, 0, 0, 0], dontKnow: 0, notApplicable: 0, notNeeded: 0, unanswered: 0 }
  for (const choice of choices) {
    if (typeof choice === 'number') counts.levels[choice]! += 1
    else if (choice === undefined) counts.unanswered += 1
    else counts[choice] += 1
  }
  return counts
}

/**
 * The quantile of the levels at `quarters`/4 from the empirical distribution alone (the mean of the
 * lowest level reaching the share and the lowest exceeding it). Being a function of the shares,
 * it does not change when every participant is counted twice – unlike interpolating definitions.
 */
function quantile(levels: AnswerCounts['levels'], rated: number, quarters: number): number {
  // Compared in whole numbers: cumulative count · 4 against rated · quarters.
  let reaching = -1
  let exceeding = -1
  let cumulative = 0
  for (let level = 0; level <= 4; level++) {
    cumulative += levels[level]!
    if (reaching < 0 && cumulative * 4 >= rated * quarters) reaching = level
    if (exceeding < 0 && cumulative * 4 > rated * quarters) exceeding = level
  }
  return (reaching + exceeding) / 2
}

function modeOf(levels: AnswerCounts['levels']): Level {
  let mode = 0
  for (let level = 1; level <= 4; level++) if (levels[level]! > levels[mode]!) mode = level
  return mode as Level
}

function coreOf(levels: AnswerCounts['levels']): AgreementCore {
  let best = 0
  for (let low = 1; low < 4; low++) if (levels[low]! + levels[low + 1]! > levels[best]! + levels[best + 1]!) best = low
  const from = (levels[best] === 0 ? best + 1 : best) as Level
  const to = (levels[best + 1] === 0 ? best : best + 1) as Level
  return { from, to, count: levels[best]! + levels[best + 1]! }
}

/**
 * Two camps: some level `middle` with at least `CAMP_SHARE` of the people below it and as many
 * above it (so the camps are two or more levels apart), and fewer people at `middle` than on the
 * two levels next to it on either side – a gap, not the middle of a broad hill.
 */
function hasTwoCamps(levels: AnswerCounts['levels'], rated: number): boolean {
  const count = (from: number, to: number) => {
    let sum = 0
    for (let level = Math.max(from, 0); level <= Math.min(to, 4); level++) sum += levels[level]!
    return sum
  }
  for (let middle = 1; middle <= 3; middle++) {
    const below = count(0, middle - 1)
    const above = count(middle + 1, 4)
    const camps = below >= CAMP_SHARE * rated && above >= CAMP_SHARE * rated
    const gap = levels[middle]! < count(middle - 2, middle - 1) && levels[middle]! < count(middle + 1, middle + 2)
    if (camps && gap) return true
  }
  return false
}

type Measures = Omit<Agreement, 'kind' | 'fewUnknown'>

function kindOf(a: Measures, fewUnknown: boolean): QuestionKind {
  const { rated, agreement, twoCamps, unknownShare, counts } = a
  if (rated >= 2 && (agreement! < SPLIT_SHARE || twoCamps)) return 'split'
  if (rated === 0) return counts.dontKnow > 0 ? 'nobodyKnows' : 'tooFew'
  if ((counts.dontKnow > 0 && unknownShare! >= UNKNOWN_SHARE) || fewUnknown) return 'unknown'
  if (rated + counts.dontKnow < 2) return 'tooFew'
  if (counts.dontKnow === 0 && agreement! >= AGREEMENT_SHARE) return 'agreement'
  return 'mixed'
}

/**
 * How far the room agrees on a question, from the counts of its answers. `excusedUnknowns` of the
 * "don't know" answers come from people whose many "don't know" are a finding of their own: they
 * count everywhere, but alone they do not make the question a "some know, some don't" topic.
 */
export function agreementOfCounts(counts: AnswerCounts, excusedUnknowns = 0): Agreement {
  const rated = counts.levels.reduce((a, b) => a + b, 0)
  const answering = rated + counts.dontKnow
  const core = rated > 0 ? coreOf(counts.levels) : null
  const measures = {
    counts,
    rated,
    agreement: core ? core.count / rated : null,
    core,
    mode: rated > 0 ? modeOf(counts.levels) : null,
    median: rated > 0 ? quantile(counts.levels, rated, 2) : null,
    iqr: rated > 0 ? quantile(counts.levels, rated, 3) - quantile(counts.levels, rated, 1) : null,
    twoCamps: rated > 0 && hasTwoCamps(counts.levels, rated),
    unknownShare: answering > 0 ? counts.dontKnow / answering : null,
    disagreement: answering > 0 ? 1 - (core?.count ?? 0) / answering : 0,
  }
  const besideKnown =
    counts.dontKnow > excusedUnknowns && measures.median !== null && measures.median >= KNOWN_FROM_LEVEL
  const few = besideKnown && measures.unknownShare! < UNKNOWN_SHARE
  const kind = kindOf(measures, few)
  return { ...measures, fewUnknown: few && kind === 'unknown', kind }
}

/**
 * How far the room agrees on a question, from each participant's choice (undefined: no answer).
 * Does not depend on the order of the choices, nor on the head count when the shares stay the same.
 * `excused`: indexes of the people whose many "don't know" are a finding of their own (see
 * `agreementOfCounts`).
 */
export function agreementOf(
  choices: readonly (Choice | undefined)[],
  excused: ReadonlySet<number> = new Set(),
): Agreement {
  const excusedUnknowns = choices.filter((c, i) => c === 'dontKnow' && excused.has(i)).length
  return agreementOfCounts(countChoices(choices), excusedUnknowns)
}

/** Whether a question of this kind belongs on the room's list of discussion topics. */
export const isTopic = (kind: QuestionKind): boolean => kind === 'split' || kind === 'unknown'

type Ranked = Pick<Agreement, 'disagreement' | 'iqr' | 'fewUnknown'> & { spread: number | null }

/**
 * Orders topics: a few people's "don't know" (`fewUnknown`) after every other topic; then the most
 * disagreement first; ties by the wider middle half (interquartile range), then the wider spread
 * from lowest to highest level.
 */
export function byDisagreement(a: Ranked, b: Ranked): number {
  return (
    Number(a.fewUnknown) - Number(b.fewUnknown) ||
    b.disagreement - a.disagreement ||
    (b.iqr ?? 0) - (a.iqr ?? 0) ||
    (b.spread ?? 0) - (a.spread ?? 0)
  )
}

/** A share 0–1 as a whole percent, rounded once here so screen, PDF and CSV print the same figure. */
export const sharePercent = (share: number): number => Math.round(share * 100)
