import { localize } from '../../domain/index.ts'
import { useLocale, useT } from '../../i18n/use-t.ts'
import { removeQuestion, renameQuestion } from './draft.ts'
import { useEditor } from './editor-context.tsx'
import { PartForm } from './editor-form.tsx'
import { fieldMessages } from './field-messages.ts'
import { BilingualField, CheckboxField, NumberField, SelectField, TextField } from './fields.tsx'

/** One question: its texts in both languages, its five levels with their recommendations, its weight. */
export function QuestionForm({ index, onRemoved }: { index: number; onRemoved: (name: string) => void }) {
  const t = useT(fieldMessages).question
  const locale = useLocale()
  const { draft, edit } = useEditor()
  const question = draft.questions[index]
  if (!question) return null
  const at = ['questions', index] as const
  const isTools = draft.dimensions.find((d) => d.id === question.dimension)?.layer === 'tools'
  return (
    <PartForm labels={t} part={question} onRemove={() => edit(removeQuestion(draft, index))} onRemoved={onRemoved}>
      <div className="editor-row">
        <TextField
          path={[...at, 'id']}
          label={t.id}
          hint={t.idHint}
          onText={(id) => edit(renameQuestion(draft, index, id), `questions[${index}].id`)}
        />
        <SelectField
          path={[...at, 'dimension']}
          label={t.dimension}
          options={draft.dimensions.map((d) => ({ value: d.id, label: localize(d.title, locale) || d.id }))}
        />
        <NumberField path={[...at, 'weight']} label={t.weight} hint={t.weightHint} />
      </div>
      <BilingualField path={[...at, 'title']} label={t.title} />
      <BilingualField path={[...at, 'prompt']} label={t.prompt} multiline />
      <BilingualField path={[...at, 'why']} label={t.why} multiline />
      <fieldset className="editor-options">
        <legend>{t.options}</legend>
        <CheckboxField path={[...at, 'options', 'dontKnow']} label={t.dontKnow} />
        <CheckboxField path={[...at, 'options', 'notApplicable']} label={t.notApplicable} />
        {(isTools || question.options.notNeeded) && (
          <CheckboxField path={[...at, 'options', 'notNeeded']} label={t.notNeeded} />
        )}
      </fieldset>
      <h3>{t.levels}</h3>
      {question.levels.map((_, level) => (
        <fieldset className="editor-level" key={level}>
          <legend>{t.level(level)}</legend>
          <BilingualField path={[...at, 'levels', level]} label={t.statement} multiline />
          <BilingualField path={[...at, 'recommendations', level]} label={t.recommendation(level)} multiline />
        </fieldset>
      ))}
    </PartForm>
  )
}
