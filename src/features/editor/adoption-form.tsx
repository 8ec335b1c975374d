import { localize } from '../../domain/index.ts'
import { useLocale, useT } from '../../i18n/use-t.ts'
import { addAdoptionItem, moveAdoptionItem, removeAdoptionItem } from './draft.ts'
import { useEditor } from './editor-context.tsx'
import { fieldMessages } from './field-messages.ts'
import { editorMessages } from './messages.ts'
import { BilingualField, fieldId, NumberField, TextField } from './fields.tsx'
import { IdListField } from './id-list-field.tsx'
import { setIn } from './path.ts'
import { EditorForm } from './editor-form.tsx'
import { Button } from '../../ui/button.tsx'

/** The adoption inventory: the kinds of tools a company may have bought, what they are worth, what to settle first. */
export function AdoptionForm() {
  const t = useT(fieldMessages).adoption
  const heading = useT(editorMessages).outline.adoption
  const idLabel = useT(fieldMessages).general.id
  const locale = useLocale()
  const { draft, edit } = useEditor()
  const items = draft.adoption?.items ?? []
  const focus = (index: number) =>
    requestAnimationFrame(() => document.getElementById(fieldId(['adoption', 'items', index, 'id']))?.focus())
  return (
    <EditorForm heading={heading}>
      {draft.adoption ? (
        <BilingualField path={['adoption', 'intro']} label={t.intro} multiline />
      ) : (
        <p className="muted">{t.none}</p>
      )}
      {items.map((item, i) => {
        const at = ['adoption', 'items', i] as const
        const name = localize(item.title, locale) || item.id
        return (
          <fieldset className="editor-level" key={i}>
            <legend>
              {t.item(i + 1)}: {name}
            </legend>
            <div className="editor-row">
              <TextField path={[...at, 'id']} label={idLabel} />
              <NumberField path={[...at, 'weight']} label={t.weight} hint={t.weightHint} />
            </div>
            <BilingualField path={[...at, 'title']} label={t.title} />
            <BilingualField path={[...at, 'examples']} label={t.examples} />
            <BilingualField path={[...at, 'worthItWhen']} label={t.worthItWhen} multiline />
            <IdListField
              path={[...at, 'settleFirst']}
              label={t.settleFirst}
              hint={t.settleFirstHint}
              ids={item.settleFirst}
              onIds={(list) => edit(setIn(draft, [...at, 'settleFirst'], list), `adoption.items[${i}].settleFirst`)}
            />
            <div className="button-row">
              <Button
                variant="quiet"
                disabled={i === 0}
                onClick={() => {
                  edit(moveAdoptionItem(draft, i, -1).questionnaire)
                  focus(i - 1)
                }}
              >
                {t.moveUp}
              </Button>
              <Button
                variant="quiet"
                disabled={i === items.length - 1}
                onClick={() => {
                  edit(moveAdoptionItem(draft, i, 1).questionnaire)
                  focus(i + 1)
                }}
              >
                {t.moveDown}
              </Button>
              <Button variant="danger" onClick={() => edit(removeAdoptionItem(draft, i))}>
                {t.remove}
              </Button>
            </div>
          </fieldset>
        )
      })}
      <Button
        onClick={() => {
          const placed = addAdoptionItem(draft)
          edit(placed.questionnaire)
          focus(placed.index)
        }}
      >
        {t.add}
      </Button>
    </EditorForm>
  )
}
