import { useMemo } from 'react'
import { teamNotes } from '../../../domain/index.ts'
import { useLocale, useT } from '../../../i18n/use-t.ts'
import { teamOutcomeMessages } from './team-outcome-messages.ts'
import type { TeamModel } from './team-model.ts'
import { Section } from '../../../ui/section.tsx'

/** Per question who wrote what: names only when shown, otherwise "Person N" and never the role. */
export function TeamNotes({ model, showNames }: { model: TeamModel; showNames: boolean }) {
  const t = useT(teamOutcomeMessages).notes
  const locale = useLocale()
  const questions = useMemo(
    () => teamNotes(model.questionnaire, model.participants, { locale, showNames }),
    [model, locale, showNames],
  )
  return (
    <Section id="workshop-notes" heading={t.heading} className="card panel">
      <p className="muted">{t.lead}</p>
      {questions.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        questions.map(({ questionId, notes }) => (
          <div key={questionId} className="notes-question">
            <h3>
              {model.text(model.question(questionId).title)}{' '}
              <span className="muted">· {model.dimensionTitle(model.question(questionId).dimension)}</span>
            </h3>
            <ul className="notes">
              {notes.map((note, i) => (
                <li key={i}>
                  <strong>{note.who}:</strong> {note.text}
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </Section>
  )
}
