import {
  oneOrMany,
  LABELS,
  localize,
  type Locale,
  type Questionnaire,
  type QuestionKind,
  type TeamFinding,
} from '../domain/index.ts'
import { defineMessages } from './define-messages.ts'
import type { ToldFinding } from './findings.ts'

/**
 * The words the team report on screen and the team PDF share, written once: how far the room
 * agrees, why a question is a topic, the two figures of a dimension, and the findings on what the
 * room does not know. The figures' names themselves are the domain's LABELS, which the CSV uses too.
 */
export const teamWords = defineMessages(
  {
    teamScore: LABELS.de.teamScore,
    individualMean: LABELS.de.individualMean,
    figuresNote:
      'Teamwert: die Dimension aus den gemeinsamen Antworten gewertet (je Frage das Mittel der gewählten Stufen). Mittel der Einzelwerte: der Durchschnitt der Punkte, die jede Person für sich erreicht. Die beiden weichen voneinander ab, wenn Personen „Weiß ich nicht“ sagen (für die Person zählt das wie Stufe 0, im Teamwert zählen die Stufen der anderen) oder verschiedene Fragen beantworten.',
    kinds: LABELS.de.kinds,
    agreement: (percent: number) => `${LABELS.de.agreement} ${percent} %`,
    core: (count: number, rated: number, from: number, to: number) =>
      `${count} von ${rated} bei ${from === to ? `Stufe ${from}` : `Stufe ${from}–${to}`}`,
    dontKnow: (n: number) => `${n}× „${LABELS.de.choices.dontKnow}“`,
    notApplicable: (n: number) => `${n}× „${LABELS.de.choices.notApplicable}“`,
    notNeeded: (n: number) => `${n}× „${LABELS.de.choices.notNeeded}“`,
    why: {
      split:
        'Keine Gruppe auf benachbarten Stufen hält drei von fünf Personen, oder zwei Lager liegen zwei Stufen und mehr auseinander.',
      unknown:
        'Einige haben „Weiß ich nicht“ gesagt, andere eine Stufe gewählt: mindestens jede fünfte Person – oder auch nur eine, wo die übrigen Stufe 2 oder höher sehen (dann nach den anderen Themen).',
    } as Partial<Record<QuestionKind, string>>,
    topicsLead:
      'Wo der Raum geteilt ist oder nicht alle die Antwort kennen – geordnet nach Uneinigkeit: dem Anteil der Personen außerhalb der größten Gruppe, die höchstens eine Stufe auseinanderliegt („Weiß ich nicht“ zählt als außerhalb).',
    agenda: (shown: number, total: number) =>
      shown === total ? 'Für die Tagesordnung' : `Für die Tagesordnung: die ersten ${shown} von ${total}`,
    topicsNone: 'Keine Frage, bei der der Raum geteilt ist oder nur einige die Antwort kennen.',
    agreementRule:
      'Einig heißt: Mindestens vier von fünf Personen liegen höchstens eine Stufe auseinander, und niemand hat „Weiß ich nicht“ gesagt.',
  },
  {
    teamScore: LABELS.en.teamScore,
    individualMean: LABELS.en.individualMean,
    figuresNote:
      'Team score: the dimension scored from the combined answers (the mean of the levels chosen per question). Mean of individual scores: the average of the points each person reaches alone. The two differ when people say “don’t know” (level 0 for that person; in the team score the others’ levels count) or answer different questions.',
    kinds: LABELS.en.kinds,
    agreement: (percent: number) => `${LABELS.en.agreement} ${percent}%`,
    core: (count: number, rated: number, from: number, to: number) =>
      `${count} of ${rated} at ${from === to ? `level ${from}` : `levels ${from}–${to}`}`,
    dontKnow: (n: number) => `${n}× “${LABELS.en.choices.dontKnow}”`,
    notApplicable: (n: number) => `${n}× “${LABELS.en.choices.notApplicable}”`,
    notNeeded: (n: number) => `${n}× “${LABELS.en.choices.notNeeded}”`,
    why: {
      split: 'No group on neighbouring levels holds three people in five, or two camps are two or more levels apart.',
      unknown:
        'Some said “don’t know” while others chose a level: at least one person in five – or even one, where the others see level 2 or above (then after the other topics).',
    },
    topicsLead:
      'Where the room is split or not everyone knows the answer – ordered by disagreement: the share of people outside the largest group at most one level apart (“don’t know” counts as outside).',
    agenda: (shown: number, total: number) =>
      shown === total ? 'For the agenda' : `For the agenda: the first ${shown} of ${total}`,
    topicsNone: 'No question where the room is split or only some know the answer.',
    agreementRule:
      'Agreed means: at least four people in five are at most one level apart, and nobody said “don’t know”.',
  },
)

/** What a team finding needs to be told: who a participant is in this document, and how to format. */
export interface TeamFindingContext {
  locale: Locale
  questionnaire: Questionnaire
  /** "Person 3" when anonymised, else the name: as the rest of the document names people. */
  participantLabel: (index: number) => string
}

const TAGS: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' }

/** The team's findings on what it does not know, in words: the same on screen and in the PDF. */
export function tellTeamFindings(findings: readonly TeamFinding[], c: TeamFindingContext): ToldFinding[] {
  const percent = new Intl.NumberFormat(TAGS[c.locale], { style: 'percent', maximumFractionDigits: 0 })
  const titles = new Map(c.questionnaire.questions.map((q) => [q.id, q.title]))
  const questionTitle = (id: string) => {
    const title = titles.get(id)
    return title ? localize(title, c.locale) : id
  }
  const de = c.locale === 'de'
  return findings.map((f, i): ToldFinding => {
    const key = `${f.kind}-${i}`
    switch (f.kind) {
      case 'roomUnknowns':
        return {
          key,
          tone: 'warning',
          title: de ? 'Vieles weiß der Raum nicht' : 'The room does not know much of this',
          paragraphs: [
            de
              ? `${f.unknown} von ${f.answered} Antworten sind „Weiß ich nicht“ (${percent.format(f.unknown / f.answered)}). Was niemand kennt, kann niemand steuern: Klären Sie, wer es wissen müsste, bevor Sie über Stufen sprechen.`
              : `${f.unknown} of ${f.answered} answers are “don’t know” (${percent.format(f.unknown / f.answered)}). What nobody knows, nobody can steer: settle who ought to know before you discuss levels.`,
          ],
        }
      case 'personUnknowns': {
        const who = c.participantLabel(f.participant)
        return {
          key,
          tone: 'notice',
          title: de ? `${who} hat oft „Weiß ich nicht“ gesagt` : `${who} often said “don’t know”`,
          paragraphs: [
            de
              ? `Bei ${f.unknown} von ${f.answered} Antworten. Das ist ein Befund, kein Fehler: Dieser Person fehlen vielleicht Einblicke, die andere haben – fragen Sie, was sie bräuchte, um es zu wissen.`
              : `In ${f.unknown} of ${f.answered} answers. That is a finding, not a mistake: this person may lack insight others have – ask what they would need to know.`,
          ],
        }
      }
      case 'questionsUnknown':
        return {
          key,
          tone: 'notice',
          title: de ? 'Fragen, die die meisten nicht beantworten konnten' : 'Questions most could not answer',
          paragraphs: [
            de
              ? `Bei ${oneOrMany(f.questionIds.length, 'einer Frage', `${f.questionIds.length} Fragen`)} hat mindestens die Hälfte „Weiß ich nicht“ gesagt. Hier fehlt dem Team Wissen, nicht eine gemeinsame Sicht: Wer kann es herausfinden?`
              : `On ${oneOrMany(f.questionIds.length, 'one question', `${f.questionIds.length} questions`)} at least half said “don’t know”. What the team lacks here is knowledge, not a shared view: who can find out?`,
          ],
          list: { label: de ? 'Betroffen:' : 'Concerned:', items: f.questionIds.map(questionTitle) },
        }
    }
  })
}
