import { useId, useMemo, useState } from 'react'
import { compareRoles, rolesOf } from '../../../domain/index.ts'
import { useT } from '../../../i18n/use-t.ts'
import { useFormat } from '../../../i18n/use-format.ts'
import { roleLabel } from '../../../i18n/team-labels.ts'
import { workshopMessages } from '../messages.ts'
import { teamMessages } from './team-messages.ts'
import type { TeamModel } from './team-model.ts'
import { figures, TeamTable } from './team-table.tsx'
import { RoleOptions } from '../../../ui/role-options.tsx'
import { Section } from '../../../ui/section.tsx'
import { Button } from '../../../ui/button.tsx'

const FIRST = 10

/** Two roles side by side on the same questions, largest gaps first. */
export function RoleComparison({ model }: { model: TeamModel }) {
  const m = useT(teamMessages)
  const t = m.roles
  const w = useT(workshopMessages)
  const format = useFormat()
  const id = useId()
  const roles = useMemo(() => rolesOf(model.participants), [model.participants])
  const [first, setFirst] = useState<string | undefined>(undefined)
  const [second, setSecond] = useState<string | undefined>(undefined)
  const [all, setAll] = useState(false)
  const a = first && roles.includes(first) ? first : roles[0]
  const b = second && roles.includes(second) ? second : roles.find((r) => r !== a)
  const gaps = useMemo(
    () => (a && b ? compareRoles(model.questionnaire, model.participants, a, b) : []),
    [model.questionnaire, model.participants, a, b],
  )
  const select = (label: string, value: string | undefined, onChange: (v: string) => void, suffix: string) => (
    <div className="field">
      <label htmlFor={`${id}-${suffix}`}>{label}</label>
      <select id={`${id}-${suffix}`} value={value} onChange={(e) => onChange(e.target.value)}>
        <RoleOptions roles={roles} />
      </select>
    </div>
  )
  return (
    <Section id="workshop-roles" heading={t.heading} className="card panel">
      <p className="muted">{t.lead}</p>
      {roles.length < 2 || !a || !b ? (
        <p>{t.needTwo}</p>
      ) : (
        <>
          <div className="inline-fields">
            {select(t.first, a, setFirst, 'first')}
            {select(t.second, b, setSecond, 'second')}
          </div>
          {gaps.length === 0 ? (
            <p>{t.none}</p>
          ) : (
            <TeamTable
              caption={t.caption(roleLabel(w, a), roleLabel(w, b))}
              columns={[m.questions.question, ...figures(roleLabel(w, a), roleLabel(w, b), t.gap)]}
            >
              {(all ? gaps : gaps.slice(0, FIRST)).map((gap) => (
                <tr key={gap.questionId} className={Math.abs(gap.gap) >= 2 ? 'row-wide' : undefined}>
                  <th scope="row">
                    <span className="row-dimension">{model.dimensionTitle(gap.dimensionId)}</span>
                    {model.text(model.question(gap.questionId).title)}
                  </th>
                  <td className="num">{format.level(gap.first)}</td>
                  <td className="num">{format.level(gap.second)}</td>
                  <td className="num strong-text">{format.change(gap.second, gap.first)}</td>
                </tr>
              ))}
            </TeamTable>
          )}
          {!all && gaps.length > FIRST && <Button onClick={() => setAll(true)}>{t.more(gaps.length)}</Button>}
        </>
      )}
    </Section>
  )
}
