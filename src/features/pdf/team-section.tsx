import { Text, View } from '@react-pdf/renderer'
import type { QuestionSpread } from '../../domain/index.ts'
import { SectionTitle } from './frame.tsx'
import type { PdfModel, TeamModel } from './model.ts'
import { colors, styles } from './styles.ts'
import { Table } from './table.tsx'

const MAX_ROLE_GAPS = 12

function SpreadTable({ model, team }: { model: PdfModel; team: TeamModel }) {
  const { t, format } = model
  const rows = model.dimensions.map((d) => {
    const s = team.report.dimensions.find((x) => x.dimensionId === d.id)!
    const range = s.min === null || s.max === null ? '–' : `${format.score(s.min)} – ${format.score(s.max)}`
    return { key: d.id, cells: [model.text(d.title), format.maybe(s.mean), range, format.maybe(s.spread)] }
  })
  return (
    <View style={styles.section} wrap={false}>
      <Text style={styles.h2}>{t.team.spreadHeading}</Text>
      <Table
        columns={[
          { label: t.team.dimension, flex: 2 },
          { label: t.team.mean, flex: 1, numeric: true },
          { label: t.team.range, flex: 1.6, numeric: true },
          { label: t.team.spread, flex: 1, numeric: true },
        ]}
        rows={rows}
      />
    </View>
  )
}

function levelCounts(topic: QuestionSpread): [number, number][] {
  const counts = new Map<number, number>()
  for (const level of topic.levels) if (level !== null) counts.set(level, (counts.get(level) ?? 0) + 1)
  return [...counts].sort((a, b) => a[0] - b[0])
}

function Topics({ model, team }: { model: PdfModel; team: TeamModel }) {
  const { t } = model
  const { discussionTopics, consensus } = team.report
  return (
    <View style={styles.section}>
      <Text style={styles.h2} minPresenceAhead={60}>
        {t.team.topicsHeading}
      </Text>
      <Text style={styles.lead}>{t.team.topicsIntro}</Text>
      {discussionTopics.length === 0 && <Text>{t.team.topicsNone}</Text>}
      {discussionTopics.map((topic) => (
        <View key={topic.questionId} wrap={false} style={{ marginBottom: 6, flexDirection: 'row' }}>
          <Text style={{ width: 92, fontSize: 9, fontWeight: 700, color: colors.tools }}>
            {t.team.topicSpread(topic.spread!)}
          </Text>
          <View style={{ flex: 1 }}>
            <Text>
              <Text style={{ fontWeight: 700 }}>{model.text(model.question(topic.questionId).title)}</Text>
              <Text style={styles.muted}> · {model.dimensionTitle(topic.dimensionId)}</Text>
            </Text>
            <Text style={styles.small}>
              {t.team.levelsChosen}:{' '}
              {levelCounts(topic)
                .map(([level, count]) => t.team.levelCount(level, count))
                .join(' · ')}
            </Text>
          </View>
        </View>
      ))}
      {consensus.length > 0 && (
        <Text style={[styles.small, { marginTop: 4 }]}>{t.team.consensus(consensus.length)}</Text>
      )}
    </View>
  )
}

function Roles({ model, team }: { model: PdfModel; team: TeamModel }) {
  const { t, format } = model
  const [first, second] = team.roles
  if (!team.roleGaps || !first || !second)
    return (
      <View style={styles.section}>
        <Text style={styles.h2}>{t.team.rolesHeading}</Text>
        <Text>{t.team.rolesNone}</Text>
      </View>
    )
  const rows = team.roleGaps.slice(0, MAX_ROLE_GAPS).map((gap) => ({
    key: gap.questionId,
    cells: [
      model.text(model.question(gap.questionId).title),
      format.level(gap.first),
      format.level(gap.second),
      format.change(gap.gap),
    ],
  }))
  return (
    <View style={styles.section} wrap={false}>
      <Text style={styles.h2}>{t.team.rolesHeading}</Text>
      <Text style={styles.lead}>{t.team.rolesIntro(model.roleName(first), model.roleName(second))}</Text>
      <Table
        columns={[
          { label: t.team.question, flex: 3 },
          { label: model.roleName(first), flex: 1.2, numeric: true },
          { label: model.roleName(second), flex: 1.2, numeric: true },
          { label: t.team.gap, flex: 0.8, numeric: true },
        ]}
        rows={rows}
      />
    </View>
  )
}

/** Where the team agrees and where it does not: spread, discussion topics, roles, who took part. */
export function TeamSection({ model }: { model: PdfModel }) {
  const { t, team } = model
  if (!team) return null
  const showNames = model.input.kind === 'team' && model.input.showNames
  return (
    <>
      <SectionTitle model={model}>{t.team.heading}</SectionTitle>
      <Text style={styles.lead}>{t.team.intro(team.participants.length)}</Text>
      <SpreadTable model={model} team={team} />
      <Topics model={model} team={team} />
      <Roles model={model} team={team} />
      <View wrap={false}>
        <Text style={styles.h2}>{t.team.participantsHeading}</Text>
        <Text style={styles.small}>
          {team.participants.map((p, i) => `${team.labels[i]} (${model.roleName(p.role)})`).join(' · ')}
        </Text>
        {!showNames && <Text style={[styles.small, { marginTop: 3 }]}>{t.team.anonymised}</Text>}
      </View>
    </>
  )
}
