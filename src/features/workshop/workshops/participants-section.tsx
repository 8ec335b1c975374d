import { useId, useState } from 'react'
import { type Questionnaire, type Workshop } from '../../../domain/index.ts'
import { TableScroll } from '../../../ui/table-scroll.tsx'
import { useT } from '../../../i18n/use-t.ts'
import { useWorkshopStore } from '../../../store/workshop-store.ts'
import { ConfirmButton } from '../../../ui/confirm-button.tsx'
import { RoleOptions } from '../../../ui/role-options.tsx'
import { participantLabel } from '../../../i18n/team-labels.ts'
import { workshopMessages } from '../messages.ts'
import { Button } from '../../../ui/button.tsx'
import { ColumnHeads } from '../../../ui/column-heads.tsx'

const FIRST_ROWS = 50

function RoleSelect({
  id,
  roles,
  value,
  label,
  onChange,
}: {
  id: string
  roles: string[]
  value: string | undefined
  label?: string
  onChange: (role: string) => void
}) {
  // A role no longer in the list stays selectable for the people who have it.
  const options = value && !roles.includes(value) ? [...roles, value] : roles
  return (
    <select id={id} aria-label={label} value={value ?? ''} onChange={(e) => onChange(e.target.value)}>
      <RoleOptions roles={options} noRole />
    </select>
  )
}

/** Add, rename, give a role to and remove participants. */
export function ParticipantsSection({
  workshop,
  questionnaire,
}: {
  workshop: Workshop
  questionnaire: Questionnaire | null
}) {
  const t = useT(workshopMessages)
  const m = t.participants
  const id = useId()
  const { addParticipant, updateParticipant, removeParticipant } = useWorkshopStore.getState()
  const [name, setName] = useState('')
  const [role, setRole] = useState('')
  const [showAll, setShowAll] = useState(false)
  const [status, setStatus] = useState('')
  const total = questionnaire?.questions.length ?? 0
  const shown = showAll ? workshop.participants : workshop.participants.slice(0, FIRST_ROWS)
  return (
    <section className="card panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        {m.heading} <span className="count">({workshop.participants.length})</span>
      </h2>
      <p className="muted">{m.lead}</p>
      <form
        className="inline-fields add-participant"
        onSubmit={(e) => {
          e.preventDefault()
          addParticipant(workshop.id, { name: name.trim(), role })
          setName('')
          setStatus(m.added)
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-name`}>{m.name}</label>
          <input id={`${id}-name`} value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-role`}>{m.role}</label>
          <RoleSelect id={`${id}-role`} roles={workshop.roles} value={role} onChange={setRole} />
        </div>
        <Button type="submit" variant="primary">
          {m.add}
        </Button>
        <span role="status" className="muted">
          {status}
        </span>
      </form>
      {workshop.participants.length === 0 ? (
        <p>{m.none}</p>
      ) : (
        <TableScroll label={m.heading}>
          <table className="data-table">
            <ColumnHeads
              columns={[
                '#',
                m.name,
                m.role,
                m.source,
                { head: m.answered, className: 'num' },
                { head: <span className="visually-hidden">{m.remove}</span> },
              ]}
            />
            <tbody>
              {shown.map((p, i) => {
                const label = participantLabel(t, p, i, false)
                const answered = Object.values(p.answers).filter((a) => a.choice !== undefined).length
                return (
                  <tr key={p.id}>
                    <th scope="row">{i + 1}</th>
                    <td>
                      <input
                        aria-label={m.nameOf(label)}
                        defaultValue={p.name ?? ''}
                        maxLength={200}
                        // Saved as typed (the workspace queues the newest version): a reload right after keeps it.
                        onChange={(e) => {
                          const typed = e.target.value.trim()
                          if (typed !== (p.name ?? '')) updateParticipant(workshop.id, p.id, { name: typed })
                        }}
                      />
                    </td>
                    <td>
                      <RoleSelect
                        id={`${id}-role-${p.id}`}
                        label={m.roleOf(label)}
                        roles={workshop.roles}
                        value={p.role}
                        onChange={(value) => updateParticipant(workshop.id, p.id, { role: value })}
                      />
                    </td>
                    <td>{m.sources[p.source]}</td>
                    <td className="num">{total > 0 ? `${answered}/${total}` : answered}</td>
                    <td>
                      <ConfirmButton
                        label={m.remove}
                        accessibleLabel={m.removeOf(label)}
                        question={m.confirmRemove(label)}
                        confirm={m.confirmYes}
                        cancel={t.list.cancel}
                        onConfirm={() => removeParticipant(workshop.id, p.id)}
                      />
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
          {shown.length < workshop.participants.length && (
            <Button onClick={() => setShowAll(true)}>{m.showAll(workshop.participants.length)}</Button>
          )}
        </TableScroll>
      )}
    </section>
  )
}
