import { Text, View } from '@react-pdf/renderer'
import type { ReactNode } from 'react'
import { sharePercent, shownChange, type Dimension, type Question } from '../../domain/index.ts'
import { teamWords } from '../../i18n/team-words.ts'
import type { PdfModel } from './model.ts'
import { colors, styles } from './styles.ts'

function Notes({ model, question }: { model: PdfModel; question: Question }) {
  const notes = model.notes(question.id)
  return notes.map((note, i) => (
    <Text key={i} style={styles.note}>
      {note.who ? `${note.who}: ` : `${model.t.answers.note}: `}„{note.text}“
    </Text>
  ))
}

/** One person's answer: the level statement they chose, or what they said instead. */
function SoloAnswer({ model, question, pending }: { model: PdfModel; question: Question; pending: boolean }) {
  const { t } = model
  if (model.input.kind !== 'solo') return null
  const choice = model.input.response.answers[question.id]?.choice
  if (typeof choice === 'number')
    return (
      <Text>
        <Text style={{ fontWeight: 700 }}>{t.answers.level(choice)}</Text> – {model.text(question.levels[choice]!)}
      </Text>
    )
  return (
    <View>
      <Text style={{ fontWeight: 700, color: choice === undefined ? colors.faint : colors.ink }}>
        {choice === undefined ? t.answers.unanswered : t.answers[choice]}
      </Text>
      {choice === 'notNeeded' && pending && <Text style={styles.small}>{t.answers.notNeededPending}</Text>}
    </View>
  )
}

/**
 * A team's answer: the mean and range of the levels, how far the room agrees, the other answers
 * counted apart, and the statement nearest the mean.
 */
function TeamAnswer({ model, question }: { model: PdfModel; question: Question }) {
  const { t, format, team } = model
  const words = teamWords[model.locale]
  const spread = team!.report.questions.find((q) => q.questionId === question.id)!
  const facts = [
    spread.mean === null
      ? t.answers.teamNone
      : `${t.answers.teamMean(format.level(spread.mean))} · ${t.answers.teamRange(spread.min!, spread.max!)}`,
    spread.agreement !== null && spread.rated >= 2 ? words.agreement(sharePercent(spread.agreement)) : null,
    spread.unknown > 0 ? words.dontKnow(spread.unknown) : null,
    spread.notApplicable > 0 ? words.notApplicable(spread.notApplicable) : null,
  ].filter(Boolean)
  return (
    <View>
      <Text style={{ fontWeight: 700 }}>{facts.join(' · ')}</Text>
      {spread.mean !== null && (
        <Text>
          <Text style={styles.muted}>{t.answers.teamClosest}</Text>{' '}
          {model.text(question.levels[Math.round(spread.mean)]!)}
        </Text>
      )}
    </View>
  )
}

function QuestionBlock({ model, question, pending }: { model: PdfModel; question: Question; pending: boolean }) {
  return (
    <View wrap={false} style={{ marginBottom: 7 }}>
      <Text style={styles.h3}>{model.text(question.title)}</Text>
      {model.team ? (
        <TeamAnswer model={model} question={question} />
      ) : (
        <SoloAnswer model={model} question={question} pending={pending} />
      )}
      <Notes model={model} question={question} />
    </View>
  )
}

/**
 * An area: score, level, what it means, and every answer with its notes. The area's head stays on
 * one page with its first answer, and with `intro` (a layer's title) when given. The last area
 * before the action plan (`endsPages`) has no space below it: react-pdf's pagination carries a
 * bottom margin that does not fit onto a page of its own, which would be a blank page.
 */
export function DimensionSection({
  model,
  dimension,
  intro,
  endsPages = false,
}: {
  model: PdfModel
  dimension: Dimension
  intro?: ReactNode
  endsPages?: boolean
}) {
  const { t, format, report, questionnaire } = model
  const score = report.dimensions.find((d) => d.dimensionId === dimension.id)!
  const questions = questionnaire.questions.filter((q) => q.dimension === dimension.id)
  const pending = new Set(report.findings.flatMap((f) => (f.kind === 'notNeededNotCounted' ? f.questionIds : [])))
  const target = questionnaire.maturityLevels.find((l) => l.min === score.target)
  const shown = score.score === null ? null : shownChange(score.score, score.target)
  const gap = shown !== null && shown > 0 ? format.score(shown) : null
  const meta = [
    t.dimensions.answered(score.answered, score.total),
    score.unknown > 0 ? t.dimensions.unknown(score.unknown) : null,
    target && score.target < 100 ? t.dimensions.target(model.text(target.name), gap) : null,
  ].filter(Boolean)
  const color = dimension.layer === 'tools' ? colors.tools : colors.foundation
  return (
    <View style={endsPages ? {} : styles.section}>
      <View wrap={false}>
        {intro}
        <View style={{ borderTopWidth: 2, borderTopColor: color, paddingTop: 6, marginBottom: 6 }}>
          <View style={{ flexDirection: 'row', justifyContent: 'space-between', alignItems: 'flex-end' }}>
            <Text style={[styles.h2, { marginBottom: 0 }]}>{model.text(dimension.title)}</Text>
            <Text style={{ fontSize: 12, fontWeight: 700 }}>
              {score.score === null
                ? t.dimensions.notScored
                : (model.team ? t.dimensions.teamPoints : t.dimensions.points)(format.score(score.score))}
              {score.level && (
                <Text style={{ fontWeight: 400, color: colors.muted }}> · {model.text(score.level.name)}</Text>
              )}
            </Text>
          </View>
          <Text style={styles.small}>{meta.join(' · ')}</Text>
          <Text style={[styles.muted, { marginTop: 4 }]}>{model.text(dimension.description)}</Text>
        </View>
        {questions[0] && <QuestionBlock model={model} question={questions[0]} pending={pending.has(questions[0].id)} />}
      </View>
      {questions.slice(1).map((question) => (
        <QuestionBlock key={question.id} model={model} question={question} pending={pending.has(question.id)} />
      ))}
    </View>
  )
}
