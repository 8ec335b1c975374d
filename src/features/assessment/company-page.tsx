import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import { useNavigate } from 'react-router'
import { companySchema, type Company } from '../../domain/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { useAssessmentStore } from '../../store/assessment-store.ts'
import { loadDefaultQuestionnaire, useQuestionnaireStore } from '../../store/questionnaire-store.ts'
import { Field } from '../../ui/field.tsx'
import { PageHeading } from '../../ui/page-heading.tsx'
import { useDocumentTitle } from '../../ui/use-document-title.ts'
import { AssessmentGuard } from './assessment-guard.tsx'
import { companyMessages } from './company-messages.ts'
import { dimensionPath } from './progress.ts'
import { paths } from '../../ui/paths.ts'
import { Button } from '../../ui/button.tsx'
import './assessment.css'

const MAX = 200
type Field = keyof Company

function CompanyForm({ initial }: { initial: Company }) {
  const t = useT(companyMessages).company
  const navigate = useNavigate()
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<Company>({ resolver: zodResolver(companySchema), defaultValues: initial, mode: 'onSubmit' })

  async function goOn() {
    const questionnaire = useQuestionnaireStore.getState().custom ?? (await loadDefaultQuestionnaire())
    const first = questionnaire.dimensions[0]
    await navigate(first ? dimensionPath(first.id) : paths.overview())
  }
  const onSubmit = handleSubmit(async (company) => {
    useAssessmentStore.getState().setCompany(company)
    await goOn()
  })

  const field = (name: Field, label: string, hint?: string, input?: 'select') => {
    const id = `company-${name}`
    const error = errors[name]
    return (
      <Field id={id} label={label} hint={hint} error={error && (error.type === 'too_big' ? t.tooLong(MAX) : t.invalid)}>
        {(control) =>
          input === 'select' ? (
            <select {...control} {...register(name)}>
              <option value="">{t.sizeNone}</option>
              {initial.size && !(initial.size in t.sizeOptions) && <option value={initial.size}>{initial.size}</option>}
              {Object.entries(t.sizeOptions).map(([value, text]) => (
                <option key={value} value={value}>
                  {text}
                </option>
              ))}
            </select>
          ) : (
            <input
              type="text"
              autoComplete={name === 'name' ? 'organization' : 'off'}
              {...control}
              {...register(name)}
            />
          )
        }
      </Field>
    )
  }

  return (
    <form className="card company-form" noValidate onSubmit={(event) => void onSubmit(event)}>
      {field('name', t.name)}
      {field('industry', t.industry, t.industryHint)}
      {field('size', t.size, undefined, 'select')}
      {field('role', t.role, t.roleHint)}
      <div className="button-row">
        <Button type="submit" variant="primary">
          {t.submit}
        </Button>
        <Button variant="quiet" onClick={() => void goOn()}>
          {t.skip}
        </Button>
      </div>
    </form>
  )
}

/** The optional "about your company" step; its answers appear on the report only. */
export function CompanyPage() {
  const t = useT(companyMessages).company
  useDocumentTitle(t.documentTitle)
  return (
    <AssessmentGuard>
      {(_questionnaire, response) => (
        <div className="page page-narrow">
          <p className="eyebrow">{t.eyebrow}</p>
          <PageHeading>{t.title}</PageHeading>
          <p className="lead">{t.intro}</p>
          <CompanyForm initial={response.company ?? {}} />
        </div>
      )}
    </AssessmentGuard>
  )
}
