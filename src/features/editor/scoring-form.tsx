import { localize } from '../../domain/index.ts'
import { useLocale, useT } from '../../i18n/use-t.ts'
import { useEditor } from './editor-context.tsx'
import { fieldMessages } from './field-messages.ts'
import { editorMessages } from './messages.ts'
import { BilingualField, NumberField, SelectField } from './fields.tsx'
import { EditorForm } from './editor-form.tsx'

const PERCENT = [
  'toolSlack',
  'relevanceThreshold',
  'weakBusinessModelBelow',
  'adoptionAheadMargin',
  'foundationCarriesFrom',
  'adoptionLagsBelow',
  'laggingAreaGap',
] as const
const SHARES = ['wellUsedShare', 'manyUnknownsShare'] as const

/** Weights and scoring parameters, each with what it changes, and the maturity levels. */
export function ScoringForm() {
  const t = useT(fieldMessages).scoring
  const heading = useT(editorMessages).outline.scoring
  const locale = useLocale()
  const { draft } = useEditor()
  const field = (key: (typeof PERCENT)[number] | (typeof SHARES)[number] | 'foundationWeight' | 'toolsWeight') => (
    <NumberField key={key} path={['scoring', key]} label={t[key]} hint={t[`${key}Hint`]} />
  )
  return (
    <EditorForm heading={heading}>
      <p className="muted">{t.intro}</p>
      <div className="editor-params">
        {field('foundationWeight')}
        {field('toolsWeight')}
        <SelectField
          path={['scoring', 'businessModelDimension']}
          label={t.businessModelDimension}
          hint={t.businessModelDimensionHint}
          options={draft.dimensions
            .filter((d) => d.layer === 'foundation')
            .map((d) => ({ value: d.id, label: localize(d.title, locale) || d.id }))}
        />
        {PERCENT.map(field)}
        {SHARES.map((key) => (
          <NumberField key={key} path={['scoring', key]} label={t[key]} hint={t[`${key}Hint`]} step="0.05" />
        ))}
        <NumberField
          path={['scoring', 'actionPlanSize']}
          label={t.actionPlanSize}
          hint={t.actionPlanSizeHint}
          step="1"
        />
      </div>
      <h3>{t.levels}</h3>
      <p className="muted">{t.levelsHint}</p>
      {draft.maturityLevels.map((level, i) => (
        <fieldset className="editor-level" key={i}>
          <legend>{localize(level.name, locale) || level.id}</legend>
          <BilingualField path={['maturityLevels', i, 'name']} label={t.levelName(i + 1)} />
          <NumberField path={['maturityLevels', i, 'min']} label={t.levelMin(i + 1)} hint={t.levelsHint} />
        </fieldset>
      ))}
    </EditorForm>
  )
}
