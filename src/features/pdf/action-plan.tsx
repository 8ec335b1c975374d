import { Text, View } from '@react-pdf/renderer'
import type { ActionStep } from '../../domain/index.ts'
import { KeepWithNext, SectionTitle } from './frame.tsx'
import type { PdfModel } from './model.ts'
import { colors, styles } from './styles.ts'

/** One line of "all recommendations by area". */
function Recommendation({ model, step }: { model: PdfModel; step: ActionStep }) {
  const question = model.question(step.questionId)
  return (
    <Text style={{ marginBottom: 3 }} wrap={false}>
      <Text style={{ fontWeight: 700 }}>{model.text(question.title)}: </Text>
      {model.text(question.recommendations[step.from]!)}
    </Text>
  )
}

function TopStep({ model, step, index }: { model: PdfModel; step: ActionStep; index: number }) {
  const { t, format } = model
  const question = model.question(step.questionId)
  const entry = model.input.kind === 'solo' ? model.input.response.plan?.[question.id] : undefined
  const suggested = question.stepOwner ?? model.dimensions.find((d) => d.id === question.dimension)?.stepOwner
  const owner = entry?.owner ?? (suggested ? model.text(suggested) : null)
  const rows: [string, string][] = [
    [t.plan.today, step.unknown ? t.plan.unknownToday : model.text(question.levels[step.from]!)],
    [t.plan.next, model.text(question.levels[Math.min(step.from + 1, 4)]!)],
    [t.plan.why, model.text(question.why)],
    ...(owner ? [[t.plan.owner, owner] as [string, string]] : []),
    [t.plan.due, entry?.due ? format.date(entry.due) : t.plan.open],
  ]
  return (
    <View wrap={false} style={{ flexDirection: 'row', marginBottom: 12 }}>
      <Text style={{ width: 22, fontSize: 14, fontWeight: 700, color: model.accentText }}>{index + 1}</Text>
      <View style={{ flex: 1 }}>
        <Text style={[styles.eyebrow, step.risk ? { color: colors.tools } : {}]}>
          {model.dimensionTitle(step.dimensionId)}
          {step.risk ? ` · ${t.plan.risk}` : ''}
        </Text>
        <Text style={styles.h3}>{model.text(question.title)}</Text>
        <Text style={[styles.paragraph, { fontWeight: 700 }]}>{model.text(question.recommendations[step.from]!)}</Text>
        {rows.map(([label, value]) => (
          <View key={label} style={{ flexDirection: 'row', marginBottom: 2 }}>
            <Text style={[styles.small, { width: 78 }]}>{label}</Text>
            <Text style={{ flex: 1, fontSize: 9 }}>{value}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}

/** The top steps in full, then every recommendation grouped by area (foundation first). */
export function ActionPlanSection({ model }: { model: PdfModel }) {
  const { t, report } = model
  const steps = report.actionPlan
  const top = steps.slice(0, model.questionnaire.scoring.actionPlanSize)
  const groups = model.dimensions
    .map((d) => ({ d, steps: steps.filter((s) => s.dimensionId === d.id) }))
    .filter((g) => g.steps.length > 0)
  return (
    <>
      <SectionTitle model={model} opensPage>
        {t.plan.heading}
      </SectionTitle>
      <Text style={styles.lead}>{t.plan.intro}</Text>
      {top.length === 0 && <Text>{t.plan.none}</Text>}
      {top.map((step, i) => (
        <TopStep key={step.questionId} model={model} step={step} index={i} />
      ))}
      {groups.length > 0 && (
        <View style={{ marginTop: 8 }}>
          {groups.map(({ d, steps: [first, ...rest] }, i) => (
            // The last area ends the plan's pages: no space below it (see DimensionSection's endsPages).
            <View key={d.id} style={{ marginBottom: i === groups.length - 1 ? 0 : 10 }}>
              {/* Each heading on the page of its first recommendation. */}
              <KeepWithNext>
                {i === 0 && <Text style={[styles.h2, { marginBottom: 8 }]}>{t.plan.allHeading}</Text>}
                <Text style={[styles.h3, { color: d.layer === 'tools' ? colors.tools : colors.foundation }]}>
                  {model.text(d.title)}
                </Text>
                <Recommendation model={model} step={first!} />
              </KeepWithNext>
              {rest.map((step) => (
                <Recommendation key={step.questionId} model={model} step={step} />
              ))}
            </View>
          ))}
        </View>
      )}
    </>
  )
}
