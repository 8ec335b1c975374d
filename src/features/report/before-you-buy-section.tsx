import { useId } from 'react'
import { tellPurchase, purchaseLabels } from '../../i18n/purchase.ts'
import { useT } from '../../i18n/use-t.ts'
import { useReportEdits } from './report-edits.ts'
import { useFormat } from '../../i18n/use-format.ts'
import { reportMessages } from './messages.ts'
import type { ReportModel } from './model.ts'
import { Section } from '../../ui/section.tsx'

/**
 * "Before you buy": the user names the kind of tool being offered; the verdict and what to settle
 * first come from the domain's check of their own answers.
 */
export function BeforeYouBuySection({ model }: { model: ReportModel }) {
  const labels = purchaseLabels[model.locale]
  const m = useT(reportMessages)
  const format = useFormat()
  const id = useId()
  const { setConsideringTool } = useReportEdits()
  const { questionnaire, report } = model
  const items = questionnaire.adoption?.items
  if (!items) return null
  const check = report.purchase
  const item = check ? items.find((i) => i.id === check.itemId) : undefined
  const told =
    check && item
      ? tellPurchase(
          check,
          {
            item: model.text(item.title),
            businessModelScore: check.businessModelScore === null ? '–' : format.score(check.businessModelScore),
            threshold: format.score(questionnaire.scoring.foundationCarriesFrom),
          },
          model.locale,
          'you',
        )
      : null
  const questions = new Map(questionnaire.questions.map((q) => [q.id, q]))
  return (
    <Section id={`${id}-heading`} heading={labels.heading} className="report-section report-buy">
      <p className="report-lead">{labels.lead}</p>
      <div className="report-field no-print">
        <label htmlFor={`${id}-tool`}>{labels.question}</label>
        <select
          id={`${id}-tool`}
          value={check?.itemId ?? ''}
          onChange={(event) => setConsideringTool(event.target.value || undefined)}
        >
          <option value="">{labels.none}</option>
          {items.map((i) => (
            <option key={i.id} value={i.id}>
              {model.text(i.title)}
            </option>
          ))}
        </select>
      </div>
      {told && check && item && (
        <article className={`report-buy-verdict report-buy-${check.verdict}`} aria-labelledby={`${id}-verdict`}>
          <h3 id={`${id}-verdict`}>{told.heading}</h3>
          <p className="report-buy-headline">{told.verdict}</p>
          <p>{told.body}</p>
          {told.openLabel && (
            <>
              <p className="report-finding-list-label">{told.openLabel}</p>
              <ul>
                {check.open.map((point) => {
                  const question = questions.get(point.questionId)!
                  const today =
                    point.level === null
                      ? m.buy.unanswered
                      : point.unknown
                        ? m.buy.unknown
                        : model.text(question.levels[Math.floor(point.level)]!)
                  return (
                    <li key={point.questionId}>
                      <strong>{model.text(question.title)}</strong> – {m.buy.today} {today}{' '}
                      <span className="muted">
                        {m.buy.step} {model.text(question.recommendations[Math.floor(point.level ?? 0)]!)}
                      </span>
                    </li>
                  )
                })}
              </ul>
            </>
          )}
          <p className="muted">
            {m.buy.worthItWhen} {model.text(item.worthItWhen)}
          </p>
        </article>
      )}
    </Section>
  )
}
