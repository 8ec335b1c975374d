import { useId, useState } from 'react'
import { newId, type WorkshopAction, type WorkshopDecision } from '../../../domain/index.ts'
import { useT } from '../../../i18n/use-t.ts'
import { useWorkshopStore } from '../../../store/workshop-store.ts'
import { Field } from '../../../ui/field.tsx'
import { teamOutcomeMessages } from './team-outcome-messages.ts'
import { Button } from '../../../ui/button.tsx'

const EMPTY: WorkshopDecision = { actions: [] }
/** What an action says, in the order of its fields: what is to be done, who does it, by when. */
const ACTION_FIELDS = ['text', 'owner', 'due'] as const

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
                {ACTION_FIELDS.map((field) => (
                  <Field key={field} id={`${id}-${action.id}-${field}`} label={t[field]}>
                    {(control) => (
                      <input
                        {...control}
                        type={field === 'due' ? 'date' : undefined}
                        // A new action's first field takes the focus.
                        ref={(el) => {
                          if (el && field === 'text' && focus === action.id) {
                            el.focus()
                            setFocus(null)
                          }
                        }}
                        value={action[field] ?? ''}
                        onChange={(e) => setAction(action.id, { [field]: e.target.value })}
                      />
                    )}
                  </Field>
                ))}
                <Button
                  onClick={() => save({ ...current, actions: current.actions.filter((a) => a.id !== action.id) })}
                >
                  {t.remove(i + 1)}
                </Button>
              </fieldset>
            </li>
          ))}
        </ol>
      )}
      <Button onClick={add}>{t.add}</Button>
      <p className="muted decision-saved">{t.saved}</p>
    </fieldset>
  )
}
