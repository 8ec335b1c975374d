import { useState } from 'react'
import { useT } from '../../../i18n/use-t.ts'
import { useFormat } from '../../../i18n/use-format.ts'
import { participantLabel, roleLabel } from '../../../i18n/team-labels.ts'
import { workshopMessages } from '../messages.ts'
import { teamMessages } from './team-messages.ts'
import type { TeamModel } from './team-model.ts'
import { figures, TeamTable } from './team-table.tsx'
import { Section } from '../../../ui/section.tsx'
import { Button } from '../../../ui/button.tsx'

const PAGE = 100

/** Each person's dimension scores, on demand; anonymised unless names are shown. Long lists grow in pages. */
export function IndividualProfiles({ model, showNames }: { model: TeamModel; showNames: boolean }) {
  const t = useT(teamMessages).profiles
  const w = useT(workshopMessages)
  const format = useFormat()
  const [open, setOpen] = useState(false)
  const [count, setCount] = useState(PAGE)
  const { participants } = model
  const { dimensions } = model.report
  return (
    <Section id="workshop-profiles" heading={t.heading} className="card panel">
      <Button aria-expanded={open} onClick={() => setOpen(!open)}>
        {t.show}
      </Button>
      {open && (
        <TeamTable
          caption={t.caption}
          columns={[t.person, t.role, ...figures(...dimensions.map((d) => model.dimensionTitle(d.dimensionId)))]}
          after={
            count < participants.length && (
              <Button onClick={() => setCount(count + PAGE)}>
                {t.more(Math.min(count, participants.length), participants.length)}
              </Button>
            )
          }
        >
          {participants.slice(0, count).map((p, i) => (
            <tr key={p.id}>
              <th scope="row">{participantLabel(w, p, i, showNames)}</th>
              <td>{roleLabel(w, p.role)}</td>
              {dimensions.map((d) => (
                <td key={d.dimensionId} className="num">
                  {format.score(d.scores[i] ?? null)}
                </td>
              ))}
            </tr>
          ))}
        </TeamTable>
      )}
    </Section>
  )
}
