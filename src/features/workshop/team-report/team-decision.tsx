import { useId, useState } from 'react'
import { newId, type WorkshopAction, type WorkshopDecision } from '../../../domain/index.ts'
import { useT } from '../../../i18n/use-t.ts'
import { useWorkshopStore } from '../../../store/workshop-store.ts'
import { teamOutcomeMessages } from './team-outcome-messages.ts'

const EMPTY: WorkshopDecision = { actions: [] }

/**
 * What the room decided on one topic and the actions that follow, each keystroke saved to the
 * workshop (nothing is lost to a reload or a missed blur).
 */
export function TopicDecision({
  workshopId,
  questionId,
  topic,
}: {
  workshopId: string
  questionId: string
  topic: string
}) {
  const t = useT(teamOutcomeMessages).decisions
  const id = useId()
  const current =
    useWorkshopStore((s) => s.workshops.find((w) => w.id === workshopId)?.decisions?.[questionId]) ?? EMPTY
  const [focus, setFocus] = useState<string | null>(null)
  const save = (next: WorkshopDecision) => useWorkshopStore.getState().setDecision(workshopId, questionId, next)
  const setAction = (actionId: string, changes: Partial<WorkshopAction>) =>
    save({ ...current, actions: current.actions.map((a) => (a.id === actionId ? { ...a, ...changes } : a)) })
  const add = () => {
    const action = { id: newId('a'), text: '' }
    save({ ...current, actions: [...current.actions, action] })
    setFocus(action.id)
  }
  return (
    <fieldset className="decision">
      <legend>{t.legend(topic)}</legend>
      <div className="field">
        <label htmlFor={`${id}-decision`}>{t.decision}</label>
        <textarea
          id={`${id}-decision`}
          rows={2}
          value={current.decision ?? ''}
          onChange={(e) => save({ ...current, decision: e.target.value })}
        />
      </div>
      {current.actions.length > 0 && (
        <ol className="decision-actions" aria-label={t.actions}>
          {current.actions.map((action, i) => (
            <li key={action.id}>
              <fieldset className="field-row">
                <legend className="visually-hidden">{t.action(i + 1)}</legend>
                <div className="field">
                  <label htmlFor={`${id}-${action.id}-text`}>{t.text}</label>
                  <input
                    id={`${id}-${action.id}-text`}
                    ref={(el) => {
                      if (el && focus === action.id) {
                        el.focus()
                        setFocus(null)
                      }
                    }}
                    value={action.text}
                    onChange={(e) => setAction(action.id, { text: e.target.value })}
                  />
                </div>
                <div className="field">
                  <label htmlFor={`${id}-${action.id}-owner`}>{t.owner}</label>
                  <input
                    id={`${id}-${action.id}-owner`}
                    value={action.owner ?? ''}
                    onChange={(e) => setAction(action.id, { owner: e.target.value })}
                  />
                </div>
                <div className="field">
                  <label htmlFor={`${id}-${action.id}-due`}>{t.due}</label>
                  <input
                    id={`${id}-${action.id}-due`}
                    type="date"
                    value={action.due ?? ''}
                    onChange={(e) => setAction(action.id, { due: e.target.value })}
                  />
                </div>
                <button
                  type="button"
                  className="button"
                  onClick={() => save({ ...current, actions: current.actions.filter((a) => a.id !== action.id) })}
                >
                  {t.remove(i + 1)}
                </button>
              </fieldset>
            </li>
          ))}
        </ol>
      )}
      <button type="button" className="button" onClick={add}>
        {t.add}
      </button>
      <p className="muted decision-saved">{t.saved}</p>
    </fieldset>
  )
}
