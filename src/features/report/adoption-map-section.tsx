import { Link } from 'react-router'
import { adoptionChoiceOf, LABELS } from '../../domain/index.ts'
import { adoptionMapMessages } from '../../i18n/adoption-map.ts'
import { useT } from '../../i18n/use-t.ts'
import { AdoptionMap } from '../../ui/adoption-map.tsx'
import { TableScroll } from '../../ui/table-scroll.tsx'
import { useFormat } from '../../i18n/use-format.ts'
import { reportMessages } from './messages.ts'
import type { ReportModel } from './model.ts'
import { paths } from '../../ui/paths.ts'
import { Section } from '../../ui/section.tsx'
import { ColumnHeads } from '../../ui/column-heads.tsx'

/** Foundation against tools introduced: the company as a point on the map, and the same as a table. */
export function AdoptionMapSection({ model }: { model: ReportModel }) {
  const t = useT(adoptionMapMessages)
  const m = useT(reportMessages)
  const format = useFormat()
  const { report, questionnaire } = model
  if (!questionnaire.adoption) return null
  const foundation = report.businessModelScore
  const adoption = report.adoption?.index ?? null
  const quadrant = report.quadrant
  const toolsDimension = questionnaire.dimensions.find((d) => d.layer === 'tools')
  return (
    <Section id="report-map" heading={t.heading} className="report-section report-map">
      <p className="report-lead">{t.lead}</p>
      {foundation === null || adoption === null || quadrant === null ? (
        <p>
          {t.noInventory}{' '}
          {toolsDimension && <Link to={paths.step(toolsDimension.id)}>{model.text(toolsDimension.title)}</Link>}
        </p>
      ) : (
        <div className="report-map-grid">
          <AdoptionMap
            points={[{ key: 'company', label: t.company, foundation, adoption, emphasis: true }]}
            foundationSplit={questionnaire.scoring.foundationCarriesFrom}
            adoptionSplit={questionnaire.scoring.adoptionLagsBelow}
            quadrantNames={t.quadrants}
            foundationAxis={t.foundationAxis}
            adoptionAxis={t.adoptionAxis}
            label={t.chartLabel(
              t.pointSummary(t.company, format.score(foundation), format.score(adoption), t.quadrants[quadrant]),
            )}
          />
          <div>
            <p className="report-map-verdict">
              <strong>{t.quadrants[quadrant]}.</strong>{' '}
              {quadrant === 'toolsFirst' && !report.findings.some((f) => f.kind === 'adoptionAheadOfFoundation')
                ? t.toolsFirstButUsed
                : t.quadrantMeaning[quadrant]}
            </p>
          </div>
        </div>
      )}
      {foundation !== null && adoption !== null && quadrant !== null && (
        <TableScroll label={m.table.region(t.tableCaption)}>
          <table className="report-table">
            <caption>{t.tableCaption}</caption>
            <ColumnHeads columns={[t.who, t.foundation, t.adoption, t.useRate, t.quadrant]} />
            <tbody>
              <tr>
                <th scope="row">{t.company}</th>
                <td>{format.score(foundation)}</td>
                <td>{format.score(adoption)}</td>
                <td>{report.adoption?.useRate == null ? t.none : format.percent(report.adoption.useRate)}</td>
                <td>{t.quadrants[quadrant]}</td>
              </tr>
            </tbody>
          </table>
        </TableScroll>
      )}
      {report.adoption && report.adoption.answered > 0 && (
        <details className="report-details">
          <summary>{t.inventory}</summary>
          <ul className="report-inventory">
            {questionnaire.adoption.items.map((item) => {
              const choice = adoptionChoiceOf(model.response.adoption, item.id)
              return (
                <li key={item.id}>
                  <span>{model.text(item.title)}</span>
                  <span className="muted">{choice ? LABELS[model.locale].adoption[choice] : t.none}</span>
                </li>
              )
            })}
          </ul>
        </details>
      )}
    </Section>
  )
}
