import { useT } from '../../i18n/use-t.ts'
import { DimensionCard } from './dimension-card.tsx'
import { useFormat } from '../../i18n/use-format.ts'
import { reportMessages } from './messages.ts'
import { scoresByLayer, type ReportModel } from './model.ts'
import { TermList } from './term-list.tsx'
import { Section } from '../../ui/section.tsx'

export function FoundationSection({ model }: { model: ReportModel }) {
  const t = useT(reportMessages).dimensions
  return (
    <Section id="report-foundation" heading={t.foundationHeading} className="report-section">
      <p className="report-lead">{t.foundationIntro}</p>
      {scoresByLayer(model, 'foundation').map(({ dimension, score }) => (
        <DimensionCard key={dimension.id} model={model} dimension={dimension} score={score} />
      ))}
    </Section>
  )
}

/** Technology apart from the foundation: T, and the part of it the foundation carries. */
export function ToolsSection({ model }: { model: ReportModel }) {
  const t = useT(reportMessages).dimensions
  const format = useFormat()
  const tools = scoresByLayer(model, 'tools')
  if (tools.length === 0) return null
  const { toolIndex, toolIndexCounted, foundationIndex } = model.report
  const slack = model.questionnaire.scoring.toolSlack
  const capped = toolIndex !== null && toolIndexCounted !== null && toolIndexCounted < toolIndex
  return (
    <Section id="report-tools" heading={t.toolsHeading} className="report-section report-tools">
      <p className="report-lead">{t.toolsIntro}</p>
      {toolIndex !== null && toolIndexCounted !== null && (
        <div className="report-carry">
          <TermList
            className="report-figures report-figures-inline"
            terms={[
              [t.toolsIndex, format.score(toolIndex)],
              [t.toolsCounted, format.score(toolIndexCounted)],
            ]}
          />
          <div className="report-carry-bar" aria-hidden="true">
            <span className="report-carry-total" style={{ width: `${toolIndex}%` }} />
            <span className="report-carry-counted" style={{ width: `${toolIndexCounted}%` }} />
          </div>
          <p>
            {capped
              ? t.toolsCarried(
                  format.score(foundationIndex ?? 0),
                  format.score(slack),
                  format.score(model.report.toolCap ?? slack),
                )
              : t.toolsAllCounted}
          </p>
        </div>
      )}
      {tools.map(({ dimension, score }) => (
        <DimensionCard key={dimension.id} model={model} dimension={dimension} score={score} />
      ))}
    </Section>
  )
}
