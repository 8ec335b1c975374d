import { useId, useMemo } from 'react'
import {
  carryOverVerdicts,
  diffQuestionnaires,
  isEmptyDiff,
  type Locale,
  type QuestionChange,
  type Questionnaire,
} from '../../domain/index.ts'
import { useLocale, useT } from '../../i18n/use-t.ts'
import { diffMessages } from './diff-messages.ts'
import './questionnaire-diff-view.css'

type Words = (typeof diffMessages)[Locale]

function describeQuestionChange(change: QuestionChange, t: Words, dimensionTitle: (id: string) => string): string {
  const parts = change.reworded.map((r) => t.reworded(t.fields[r.field], r.locales.join(', ').toUpperCase()))
  if (change.levels.length > 0) parts.push(t.levels(change.levels.join(', ')))
  if (change.recommendations.length > 0) parts.push(t.recommendations(change.recommendations.join(', ')))
  if (change.moved) parts.push(t.moved(dimensionTitle(change.moved.from), dimensionTitle(change.moved.to)))
  if (change.weight) parts.push(t.weight(change.weight.before, change.weight.after))
  if (change.options.length > 0) parts.push(t.options)
  if (change.risk) parts.push(t.risk)
  return parts.join('; ')
}

function Listed({ heading, items }: { heading: string; items: { key: string; text: string; detail?: string }[] }) {
  if (items.length === 0) return null
  return (
    <>
      <h4>{heading}</h4>
      <ul className="diff-list">
        {items.map((item) => (
          <li key={item.key}>
            <strong>{item.text}</strong>
            {item.detail ? `: ${item.detail}` : null}
          </li>
        ))}
      </ul>
    </>
  )
}

/**
 * What changed between two versions of a questionnaire, and which answers on the earlier one would
 * open on the later one: shown before a new version is kept, and in the library.
 */
export function QuestionnaireDiffView({ before, after }: { before: Questionnaire; after: Questionnaire }) {
  const t = useT(diffMessages)
  const locale = useLocale()
  const headingId = useId()
  const diff = useMemo(() => diffQuestionnaires(before, after), [before, after])
  const verdicts = useMemo(() => carryOverVerdicts(before, after), [before, after])
  const title = (q: Questionnaire) => (id: string) => q.questions.find((x) => x.id === id)?.title[locale] ?? id
  const area = (id: string) =>
    (after.dimensions.find((d) => d.id === id) ?? before.dimensions.find((d) => d.id === id))?.title[locale] ?? id
  const notCarried = verdicts.filter((v) => !v.carries)
  return (
    <section className="questionnaire-diff" aria-labelledby={headingId}>
      <h3 id={headingId}>{t.heading(before.version, after.version)}</h3>
      {isEmptyDiff(diff) && <p>{t.nothing}</p>}
      <Listed
        heading={t.questionsAdded(diff.questionsAdded.length)}
        items={diff.questionsAdded.map((id) => ({ key: id, text: title(after)(id) }))}
      />
      <Listed
        heading={t.questionsRemoved(diff.questionsRemoved.length)}
        items={diff.questionsRemoved.map((id) => ({ key: id, text: title(before)(id) }))}
      />
      <Listed
        heading={t.questionsChanged(diff.questionsChanged.length)}
        items={diff.questionsChanged.map((c) => ({
          key: c.id,
          text: title(after)(c.id),
          detail: describeQuestionChange(c, t, area),
        }))}
      />
      {diff.questionsReordered && <p>{t.reordered}</p>}
      <Listed
        heading={t.dimensionsAdded(diff.dimensionsAdded.length)}
        items={diff.dimensionsAdded.map((id) => ({ key: id, text: area(id) }))}
      />
      <Listed
        heading={t.dimensionsRemoved(diff.dimensionsRemoved.length)}
        items={diff.dimensionsRemoved.map((id) => ({ key: id, text: area(id) }))}
      />
      <Listed
        heading={t.dimensionsChanged(diff.dimensionsChanged.length)}
        items={diff.dimensionsChanged.map((c) => ({
          key: c.id,
          text: area(c.id),
          detail: [
            ...c.reworded.map((r) => t.reworded(t.fields[r.field], r.locales.join(', ').toUpperCase())),
            ...(c.weight ? [t.weight(c.weight.before, c.weight.after)] : []),
            ...(c.layer ? [t.layer(c.layer.before, c.layer.after)] : []),
            ...(c.order ? [t.order] : []),
          ].join('; '),
        }))}
      />
      <Listed
        heading={t.scoring}
        items={diff.scoring.map((s) => ({
          key: s.key,
          text: t.scoringChange(s.key, String(s.before ?? '–'), String(s.after ?? '–')),
        }))}
      />
      <Listed heading={t.other} items={diff.other.map((part) => ({ key: part, text: t.otherParts[part] }))} />
      {before.version !== after.version && (
        <>
          <h4>{t.carryHeading}</h4>
          <p>
            {t.carries(verdicts.length - notCarried.length)}{' '}
            {verdicts.some((v) => v.carries && v.explicit) || notCarried.some((v) => v.reason === 'notListed')
              ? t.carriesExplicit
              : null}
          </p>
          {notCarried.length > 0 && (
            <>
              <p>{t.notCarried(notCarried.length)}</p>
              <ul className="diff-list">
                {notCarried.map((v) => (
                  <li key={v.id}>
                    <strong>{title(before)(v.id)}</strong>: {t.reasons[v.reason]}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  )
}
