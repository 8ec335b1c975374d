import { Text, View } from '@react-pdf/renderer'
import { sharePercent, type QuestionSpread } from '../../domain/index.ts'
import { teamWords } from '../../i18n/team-words.ts'
import { Decisions } from './decisions.tsx'
import { KeepWithNext, SectionTitle } from './frame.tsx'
import type { PdfModel, TeamModel } from './model.ts'
import { colors, styles } from './styles.ts'
import { Table } from './table.tsx'

const MAX_ROLE_GAPS = 12

/** Per area the two figures, named apart (team score and mean of individual scores), and the range. */
function SpreadTable({ model, team }: { model: PdfModel; team: TeamModel }) {
  const { t, format } = model
  const words = teamWords[model.locale]
  const rows = model.dimensions.map((d) => {
    const s = team.report.dimensions.find((x) => x.dimensionId === d.id)!
    const range = s.min === null || s.max === null ? '–' : `${format.score(s.min)} – ${format.score(s.max)}`
    return {
      key: d.id,
      cells: [
        model.text(d.title),
        format.score(s.teamScore),
        format.score(s.individualMean),
        range,
        format.score(s.spread),
      ],
    }
  })
  return (
    <View style={styles.section} wrap={false}>
      <Text style={styles.h2}>{t.team.spreadHeading}</Text>
      <Table
        columns={[
          { label: t.team.dimension, flex: 1.4 },
          { label: words.teamScore, flex: 0.9, numeric: true },
          { label: words.individualMean, flex: 1.4, numeric: true },
          { label: t.team.range, flex: 1.8, numeric: true },
          { label: t.team.spread, flex: 0.7, numeric: true },
        ]}
        rows={rows}
      />
      <Text style={[styles.small, { marginTop: 4 }]}>{words.figuresNote}</Text>
    </View>
  )
}

/** "Level 1: 3× · level 3: 4× · 2× don't know": what the room chose, "don't know" included. */
function choices(model: PdfModel, topic: QuestionSpread): string {
  const { t } = model
  const words = teamWords[model.locale]
  const counts = topic.counts.levels.flatMap((count, level) => (count > 0 ? [t.team.levelCount(level, count)] : []))
  if (topic.unknown > 0) counts.push(words.dontKnow(topic.unknown))
  if (topic.notApplicable > 0) counts.push(words.notApplicable(topic.notApplicable))
  return counts.join(' · ')
}

/** The agenda's topics, ranked by disagreement, each with why it is one and what the room chose. */
function Topics({ model, team }: { model: PdfModel; team: TeamModel }) {
  const { t } = model
  const words = teamWords[model.locale]
  const { discussionTopics, agenda, consensus } = team.report
  return (
    <View style={styles.section}>
      <KeepWithNext>
        <Text style={styles.h2}>{t.team.topicsHeading}</Text>
        <Text style={styles.lead}>{words.topicsLead}</Text>
        <Text style={[styles.small, { marginBottom: 6 }]}>
          {words.kinds.split}: {words.why.split} {words.kinds.unknown}: {words.why.unknown}
        </Text>
        {discussionTopics.length === 0 ? (
          <Text>{words.topicsNone}</Text>
        ) : (
          <Text style={styles.h3}>{words.agenda(agenda.length, discussionTopics.length)}</Text>
        )}
        {agenda[0] && <Topic model={model} topic={agenda[0]} rank={1} />}
      </KeepWithNext>
      {agenda.slice(1).map((topic, i) => (
        <Topic key={topic.questionId} model={model} topic={topic} rank={i + 2} />
      ))}
      {discussionTopics.length > agenda.length && (
        <Text style={styles.small}>{t.team.moreTopics(discussionTopics.length - agenda.length)}</Text>
      )}
      <Text style={[styles.small, { marginTop: 4 }]}>
        {t.team.consensus(consensus.length)} {words.agreementRule}
      </Text>
    </View>
  )
}

/** One topic of the agenda: why it is one, and which levels were chosen. */
function Topic({ model, topic, rank }: { model: PdfModel; topic: QuestionSpread; rank: number }) {
  const { t } = model
  const words = teamWords[model.locale]
  return (
    <View wrap={false} style={{ marginBottom: 6, flexDirection: 'row' }}>
      <View style={{ width: 92 }}>
        <Text style={{ fontSize: 9, fontWeight: 700, color: colors.tools }}>{t.team.rank(rank)}</Text>
        <Text style={{ fontSize: 9, color: colors.tools }}>{words.kinds[topic.kind]}</Text>
      </View>
      <View style={{ flex: 1 }}>
        <Text>
          <Text style={{ fontWeight: 700 }}>{model.text(model.question(topic.questionId).title)}</Text>
          <Text style={styles.muted}> · {model.dimensionTitle(topic.dimensionId)}</Text>
        </Text>
        <Text style={styles.small}>
          {[
            topic.agreement !== null ? words.agreement(sharePercent(topic.agreement)) : null,
            topic.min !== null && topic.max !== null ? t.team.levelRange(topic.min, topic.max) : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        <Text style={styles.small}>
          {t.team.levelsChosen}: {choices(model, topic)}
        </Text>
      </View>
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
      format.change(gap.second, gap.first),
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

/** "Management: 2 · Staff: 3": who took part, without pairing a role with "Person N". */
function roleCounts(model: PdfModel, team: TeamModel): string {
  const counts = new Map<string, number>()
  for (const p of team.participants) {
    const role = model.roleName(p.role)
    counts.set(role, (counts.get(role) ?? 0) + 1)
  }
  return [...counts].map(([role, count]) => model.t.team.roleCount(role, count)).join(' · ')
}

/** Where the team agrees and where it does not: the two figures per area, the agenda, roles, who took part. */
export function TeamSection({ model }: { model: PdfModel }) {
  const { t, team } = model
  if (!team) return null
  const showNames = model.input.kind === 'team' && model.input.showNames
  return (
    <>
      <KeepWithNext>
        <SectionTitle model={model}>{t.team.heading}</SectionTitle>
        <Text style={styles.lead}>{t.team.intro(team.participants.length)}</Text>
        <SpreadTable model={model} team={team} />
      </KeepWithNext>
      <Topics model={model} team={team} />
      <Decisions model={model} team={team} />
      <Roles model={model} team={team} />
      <View wrap={false}>
        <Text style={styles.h2}>{t.team.participantsHeading}</Text>
        <Text style={styles.small}>
          {showNames
            ? team.participants.map((p, i) => `${team.labels[i]} (${model.roleName(p.role)})`).join(' · ')
            : roleCounts(model, team)}
        </Text>
        {!showNames && (
          <Text style={[styles.small, { marginTop: 3 }]}>
            {t.team.anonymised} {t.team.rolesAnonymised}
          </Text>
        )}
      </View>
    </>
  )
}
