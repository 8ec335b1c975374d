import { shownChange } from '../../domain/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { useReportEdits } from './report-edits.ts'
import { useFormat } from '../../i18n/use-format.ts'
import { reportMessages } from './messages.ts'
import type { ReportModel } from './model.ts'
import { TableScroll } from '../../ui/table-scroll.tsx'
import './target-profile.css'
import { Section } from '../../ui/section.tsx'
import { ColumnHeads } from '../../ui/column-heads.tsx'

/** What the business needs per dimension, not the maximum: stored with the response. */
export function TargetProfileSection({ model }: { model: ReportModel }) {
  const m = useT(reportMessages)
  const t = m.targets
  const format = useFormat()
  const { setTargets } = useReportEdits()
  const targets = model.response.targets ?? {}
  const change = (dimensionId: string, levelId: string) => {
    const { [dimensionId]: _previous, ...rest } = targets
    setTargets(levelId === '' ? rest : { ...rest, [dimensionId]: levelId })
  }
  return (
    <Section id="report-targets" heading={t.heading} className="report-section report-targets">
      <p className="report-lead">{t.intro}</p>
      <TableScroll label={m.table.region(t.heading)}>
        <table className="report-table">
          <caption className="visually-hidden">{t.heading}</caption>
          <ColumnHeads
            columns={[
              m.table.dimension,
              { head: m.table.now, className: 'report-num' },
              m.table.target,
              { head: m.table.gap, className: 'report-num' },
            ]}
          />
          <tbody>
            {model.dimensions.map((dimension) => {
              const score = model.report.dimensions.find((s) => s.dimensionId === dimension.id)!
              const title = model.text(dimension.title)
              const hasTarget = targets[dimension.id] !== undefined
              // From the figures shown, as a reader checks it: 60 − 52,5 is 7,5.
              const gap = shownChange(score.score ?? 0, score.target)!
              return (
                <tr key={dimension.id}>
                  <th scope="row">{title}</th>
                  <td className="report-num" data-label={m.table.now}>
                    {score.score === null ? m.table.none : format.score(score.score)}
                  </td>
                  <td>
                    <select
                      aria-label={t.select(title)}
                      value={targets[dimension.id] ?? ''}
                      onChange={(event) => change(dimension.id, event.target.value)}
                    >
                      <option value="">{t.noTarget}</option>
                      {model.questionnaire.maturityLevels.map((level) => (
                        <option key={level.id} value={level.id}>
                          {t.option(model.text(level.name), format.score(level.min))}
                        </option>
                      ))}
                    </select>
                    <span className="report-print-only">
                      {model.questionnaire.maturityLevels.find((l) => l.id === targets[dimension.id])?.name[
                        model.locale
                      ] ?? t.noTarget}
                    </span>
                  </td>
                  <td className="report-num" data-label={m.table.gap}>
                    {!hasTarget ? m.table.none : gap <= 0 ? m.dimensions.reached : format.score(gap)}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </TableScroll>
    </Section>
  )
}
