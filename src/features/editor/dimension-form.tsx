import { useT } from '../../i18n/use-t.ts'
import { removeDimension, renameDimension } from './draft.ts'
import { useEditor } from './editor-context.tsx'
import { PartForm } from './editor-form.tsx'
import { fieldMessages } from './field-messages.ts'
import { BilingualField, NumberField, SelectField, TextField } from './fields.tsx'

/** One area: its name and description in both languages, its layer and weight. */
export function DimensionForm({ index, onRemoved }: { index: number; onRemoved: (name: string) => void }) {
  const t = useT(fieldMessages).dimension
  const { draft, edit } = useEditor()
  const dimension = draft.dimensions[index]
  if (!dimension) return null
  const at = ['dimensions', index] as const
  return (
    <PartForm labels={t} part={dimension} onRemove={() => edit(removeDimension(draft, index))} onRemoved={onRemoved}>
      <BilingualField path={[...at, 'title']} label={t.title} />
      <BilingualField path={[...at, 'description']} label={t.description} multiline />
      <div className="editor-row">
        <TextField
          path={[...at, 'id']}
          label={t.id}
          onText={(id) => edit(renameDimension(draft, index, id), `dimensions[${index}].id`)}
        />
        <SelectField
          path={[...at, 'layer']}
          label={t.layer}
          hint={t.layerHint}
          options={[
            { value: 'foundation', label: t.foundation },
            { value: 'tools', label: t.tools },
          ]}
        />
        <NumberField path={[...at, 'weight']} label={t.weight} hint={t.weightHint} />
      </div>
    </PartForm>
  )
}
