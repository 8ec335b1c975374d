import { Text, View } from '@react-pdf/renderer'
import { SectionTitle } from './frame.tsx'
import type { PdfModel } from './model.ts'
import { styles } from './styles.ts'

/** How the scores come about: levels, the foundation rule, the relevance rule, the level bands. */
export function MethodAppendix({ model }: { model: PdfModel }) {
  const { t, format, questionnaire } = model
  const { scoring, maturityLevels } = questionnaire
  const m = t.method
  const paragraphs = [
    m.levels,
    m.points,
    m.foundationRule(
      format.number(scoring.toolSlack),
      format.number(scoring.foundationWeight),
      format.number(scoring.toolsWeight),
    ),
    m.relevanceRule(format.number(scoring.relevanceThreshold)),
    m.order,
    ...(model.team ? [m.team] : []),
  ]
  return (
    <>
      <SectionTitle model={model} opensPage>
        {m.heading}
      </SectionTitle>
      {paragraphs.map((p) => (
        <Text key={p.slice(0, 40)} style={styles.paragraph}>
          {p}
        </Text>
      ))}
      <View wrap={false} style={{ marginTop: 8 }}>
        <Text style={styles.h2}>{m.levelsHeading}</Text>
        {maturityLevels.map((level, i) => {
          const next = maturityLevels[i + 1]
          return (
            <View key={level.id} style={[styles.tableRow, { alignItems: 'flex-start' }]}>
              <Text style={{ width: 120, fontWeight: 700 }}>{model.text(level.name)}</Text>
              <Text style={[styles.small, { width: 110 }]}>
                {next
                  ? m.levelRange(format.score(level.min), format.score(next.min))
                  : m.levelTop(format.score(level.min))}
              </Text>
              <Text style={{ flex: 1, fontSize: 9 }}>{model.text(level.description)}</Text>
            </View>
          )
        })}
      </View>
      <Text style={[styles.small, { marginTop: 14 }]}>
        {m.source(model.text(questionnaire.title), questionnaire.version)}
      </Text>
    </>
  )
}
