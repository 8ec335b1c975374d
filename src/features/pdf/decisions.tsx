import { Text, View } from '@react-pdf/renderer'
import type { PdfModel, TeamModel } from './model.ts'
import { colors, styles } from './styles.ts'

/** What the room decided per topic and who does what by when; topics in the agenda's order first. */
export function Decisions({ model, team }: { model: PdfModel; team: TeamModel }) {
  const { t, format } = model
  const decisions = model.input.kind === 'team' ? (model.input.workshop.decisions ?? {}) : {}
  const rank = new Map(team.report.discussionTopics.map((q, i) => [q.questionId, i]))
  const order = new Map(model.questionnaire.questions.map((q, i) => [q.id, i]))
  const ids = Object.keys(decisions)
    .filter((id) => order.has(id))
    .filter((id) => decisions[id]!.decision?.trim() || decisions[id]!.actions.some((a) => a.text.trim()))
    .sort((a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || order.get(a)! - order.get(b)!)
  if (ids.length === 0) return null
  return (
    <View style={styles.section}>
      {ids.map((id, i) => {
        const { decision, actions } = decisions[id]!
        const rankOf = rank.get(id)
        return (
          <View key={id} wrap={false} style={{ marginBottom: 7 }}>
            {/* The heading inside the first decision's block: never alone at a page's foot. */}
            {i === 0 && <Text style={styles.h2}>{t.team.decisionsHeading}</Text>}
            <Text style={styles.h3}>
              {rankOf !== undefined && <Text style={{ color: colors.tools }}>{t.team.rank(rankOf + 1)} · </Text>}
              {model.text(model.question(id).title)}
            </Text>
            {decision?.trim() ? (
              <Text>
                <Text style={{ fontWeight: 700 }}>{t.team.decision}:</Text> {decision.trim()}
              </Text>
            ) : null}
            {actions
              .filter((a) => a.text.trim())
              .map((action) => (
                <Text key={action.id} style={{ marginLeft: 8 }}>
                  – {action.text.trim()}
                  {action.owner?.trim() && (
                    <Text style={styles.muted}>
                      {' '}
                      · {t.team.owner}: {action.owner.trim()}
                    </Text>
                  )}
                  {action.due && (
                    <Text style={styles.muted}>
                      {' '}
                      · {t.team.due}: {format.date(action.due)}
                    </Text>
                  )}
                </Text>
              ))}
          </View>
        )
      })}
    </View>
  )
}
