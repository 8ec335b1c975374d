import { useT } from '../../i18n/use-t.ts'
import { fieldMessages } from './field-messages.ts'
import { editorMessages } from './messages.ts'
import { BilingualField, TextField } from './fields.tsx'
import { EditorForm } from './editor-form.tsx'

/** The questionnaire's title, description, id and version. */
export function GeneralForm() {
  const t = useT(fieldMessages).general
  const heading = useT(editorMessages).outline.general
  return (
    <EditorForm heading={heading}>
      <BilingualField path={['title']} label={t.title} />
      <BilingualField path={['description']} label={t.description} multiline />
      <div className="editor-row">
        <TextField path={['id']} label={t.id} hint={t.idHint} />
        <TextField path={['version']} label={t.version} />
      </div>
    </EditorForm>
  )
}
