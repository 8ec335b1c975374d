import { oneOrMany } from '../../domain/index.ts'
import { defineMessages } from '../../i18n/define-messages.ts'

// Apart from messages.ts: needed only when a new edition of the questionnaire appears.
export const carryOverMessages = defineMessages(
  {
    title: (version: string) => `Eine neue Fassung des Fragebogens: Version ${version}`,
    body: (from: string, to: string) =>
      `Ihre Antworten gehören zu Version ${from}. Version ${to} fragt nach gelebter Praxis statt nach Papier, erfasst, welche Werkzeuge eingeführt sind und ob sie genutzt werden, und ist kürzer.`,
    carried: (count: number) =>
      oneOrMany(count, 'Eine Antwort wird übernommen.', `${count} Antworten werden übernommen.`),
    added: (count: number) => oneOrMany(count, 'Neu ist diese Frage:', `Neu sind diese ${count} Fragen:`),
    dropped: (count: number) =>
      oneOrMany(
        count,
        'Eine Antwort passt zu keiner Frage der neuen Fassung mehr:',
        `${count} Antworten passen zu keiner Frage der neuen Fassung mehr:`,
      ),
    kept: (from: string) =>
      `Ihr Bericht zu Version ${from} bleibt im Verlauf Ihres Berichts erhalten und lässt sich mit dem neuen vergleichen.`,
    go: (to: string) => `Mit Version ${to} weitermachen`,
  },
  {
    title: (version: string) => `A new edition of the questionnaire: version ${version}`,
    body: (from: string, to: string) =>
      `Your answers belong to version ${from}. Version ${to} asks about lived practice rather than paperwork, records which tools have been introduced and whether they are used, and is shorter.`,
    carried: (count: number) => oneOrMany(count, 'One answer is carried over.', `${count} answers are carried over.`),
    added: (count: number) => oneOrMany(count, 'This question is new:', `These ${count} questions are new:`),
    dropped: (count: number) =>
      oneOrMany(
        count,
        'One answer fits no question of the new edition:',
        `${count} answers fit no question of the new edition:`,
      ),
    kept: (from: string) =>
      `Your report on version ${from} stays in your report's history and can be compared with the new one.`,
    go: (to: string) => `Continue with version ${to}`,
  },
)
