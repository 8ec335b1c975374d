import { useRef, type DragEvent, type KeyboardEvent } from 'react'
import { localize, type Questionnaire } from '../../domain/index.ts'
import { useLocale, useT } from '../../i18n/use-t.ts'
import {
  addDimension,
  addQuestion,
  moveDimension,
  moveDimensionTo,
  moveQuestion,
  moveQuestionTo,
  moveQuestionToDimension,
  type Placed,
} from './draft.ts'
import { useEditor } from './editor-context.tsx'
import { editorMessages } from './messages.ts'
import { sameSelection, type Selection } from './selection.ts'
import { problemsUnder } from './validation.ts'
import { Button } from '../../ui/button.tsx'

/** The DOM id of an item's button in the list: focus follows an item that moved. */
export const outlineId = (kind: 'question' | 'dimension', index: number) => `outline-${kind}-${index}`

type Dragged = { kind: 'question' | 'dimension'; index: number }

interface OutlineProps {
  selection: Selection
  onSelect: (selection: Selection) => void
  /** Says what happened (moved, added) to screen readers. */
  onAnnounce: (message: string) => void
}

/**
 * The questionnaire's parts as a list: areas with their questions, the inventory, the scoring.
 * Reorder by dragging, by the arrow buttons, or with Alt+Arrow on an item.
 */
export function Outline({ selection, onSelect, onAnnounce }: OutlineProps) {
  const t = useT(editorMessages).outline
  const locale = useLocale()
  const { draft, check, edit } = useEditor()
  const dragged = useRef<Dragged | null>(null)
  const questionName = (q: Questionnaire, i: number) =>
    localize(q.questions[i]!.title, locale) || q.questions[i]!.id || t.untitled
  const dimensionName = (q: Questionnaire, i: number) =>
    localize(q.dimensions[i]!.title, locale) || q.dimensions[i]!.id || t.untitled

  function placed(kind: 'question' | 'dimension', { questionnaire, index }: Placed) {
    edit(questionnaire)
    onSelect({ kind, index })
    const siblings =
      kind === 'dimension'
        ? questionnaire.dimensions.length
        : questionnaire.questions.filter((q) => q.dimension === questionnaire.questions[index]!.dimension)
    const position =
      kind === 'dimension'
        ? index + 1
        : questionnaire.questions
            .slice(0, index + 1)
            .filter((q) => q.dimension === questionnaire.questions[index]!.dimension).length
    const name = kind === 'dimension' ? dimensionName(questionnaire, index) : questionName(questionnaire, index)
    onAnnounce(t.moved(name, position, typeof siblings === 'number' ? siblings : siblings.length))
    requestAnimationFrame(() => document.getElementById(outlineId(kind, index))?.focus())
  }

  const move = (kind: 'question' | 'dimension', index: number, delta: -1 | 1) =>
    placed(kind, kind === 'question' ? moveQuestion(draft, index, delta) : moveDimension(draft, index, delta))

  const onKey = (kind: 'question' | 'dimension', index: number) => (event: KeyboardEvent) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return
    event.preventDefault()
    move(kind, index, event.key === 'ArrowUp' ? -1 : 1)
  }

  const dragProps = (kind: 'question' | 'dimension', index: number) => ({
    draggable: true,
    onDragStart: (event: DragEvent) => {
      dragged.current = { kind, index }
      event.dataTransfer.effectAllowed = 'move'
      event.dataTransfer.setData('text/plain', `${kind}:${index}`)
      event.stopPropagation()
    },
    onDragEnd: () => (dragged.current = null),
  })

  const dropOn = (kind: 'question' | 'dimension', index: number) => ({
    onDragOver: (event: DragEvent) => {
      const from = dragged.current
      if (from && (from.kind === kind || (from.kind === 'question' && kind === 'dimension'))) event.preventDefault()
    },
    onDrop: (event: DragEvent) => {
      const from = dragged.current
      dragged.current = null
      if (!from) return
      event.preventDefault()
      event.stopPropagation()
      if (from.kind === 'question' && kind === 'question') placed('question', moveQuestionTo(draft, from.index, index))
      else if (from.kind === 'question')
        placed('question', moveQuestionToDimension(draft, from.index, draft.dimensions[index]!.id))
      else if (kind === 'dimension') placed('dimension', moveDimensionTo(draft, from.index, index))
    },
  })

  const item = (
    target: Selection,
    label: string,
    prefixes: string[],
    id?: string,
    onKeyDown?: (e: KeyboardEvent) => void,
  ) => {
    const problems = prefixes.reduce((sum, prefix) => sum + problemsUnder(check, prefix), 0)
    return (
      <button
        type="button"
        id={id}
        className="editor-outline-item"
        aria-current={sameSelection(selection, target) ? 'true' : undefined}
        onClick={() => onSelect(target)}
        onKeyDown={onKeyDown}
      >
        <span>{label}</span>
        {problems > 0 && <span className="editor-badge">{t.problems(problems)}</span>}
      </button>
    )
  }
  const arrows = (kind: 'question' | 'dimension', index: number, name: string, first: boolean, last: boolean) => (
    <span className="editor-arrows">
      <button
        type="button"
        className="editor-arrow"
        aria-label={t.moveUp(name)}
        disabled={first}
        onClick={() => move(kind, index, -1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="editor-arrow"
        aria-label={t.moveDown(name)}
        disabled={last}
        onClick={() => move(kind, index, 1)}
      >
        ↓
      </button>
    </span>
  )

  /** An area's or a question's row: its item (reorderable with Alt+arrows) and its up and down buttons. */
  const partRow = (kind: 'question' | 'dimension', index: number, name: string, first: boolean, last: boolean) => (
    <div className="editor-outline-row">
      {item({ kind, index }, name, [`${kind}s[${index}]`], outlineId(kind, index), onKey(kind, index))}
      {arrows(kind, index, name, first, last)}
    </div>
  )

  return (
    <nav className="editor-outline" aria-labelledby="editor-outline-heading">
      <h2 id="editor-outline-heading" className="eyebrow">
        {t.heading}
      </h2>
      <p className="field-hint">{t.hint}</p>
      <ul className="editor-outline-list">
        <li>{item({ kind: 'general' }, t.general, ['title', 'description', 'id', 'version', 'dimensions'])}</li>
        {draft.dimensions.map((dimension, d) => {
          const name = dimensionName(draft, d)
          const questions = draft.questions.flatMap((q, i) => (q.dimension === dimension.id ? [i] : []))
          return (
            <li key={d} className="editor-outline-dimension" {...dragProps('dimension', d)} {...dropOn('dimension', d)}>
              {partRow('dimension', d, name, d === 0, d === draft.dimensions.length - 1)}
              <ol className="editor-outline-questions" aria-label={name}>
                {questions.map((i, position) => {
                  const title = questionName(draft, i)
                  return (
                    <li key={i} {...dragProps('question', i)} {...dropOn('question', i)}>
                      {partRow('question', i, title, position === 0, position === questions.length - 1)}
                    </li>
                  )
                })}
              </ol>
              <Button
                variant="quiet"
                className="editor-add"
                aria-label={t.addQuestionTo(name)}
                onClick={() => {
                  const added = addQuestion(draft, dimension.id)
                  edit(added.questionnaire)
                  onSelect({ kind: 'question', index: added.index })
                  onAnnounce(t.added)
                }}
              >
                + {t.addQuestion}
              </Button>
            </li>
          )
        })}
        <li>
          <Button
            variant="quiet"
            className="editor-add"
            onClick={() => {
              const added = addDimension(draft)
              edit(added.questionnaire)
              onSelect({ kind: 'dimension', index: added.index })
            }}
          >
            + {t.addDimension}
          </Button>
        </li>
        <li>{item({ kind: 'adoption' }, t.adoption, ['adoption'])}</li>
        <li>{item({ kind: 'scoring' }, t.scoring, ['scoring', 'maturityLevels'])}</li>
      </ul>
    </nav>
  )
}
