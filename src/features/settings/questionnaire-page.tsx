import { useState } from 'react'
import { Link } from 'react-router'
import {
  localize,
  versionToCompare,
  withDerivedCarryOver,
  type Questionnaire,
  type ValidationProblem,
  sameQuestionnaire,
} from '../../domain/index.ts'
import { useLocale, useT } from '../../i18n/use-t.ts'
import { useAssessmentStore } from '../../store/assessment-store.ts'
import { loadDefaultQuestionnaire, useQuestionnaireStore } from '../../store/questionnaire-store.ts'
import { useQuestionnaireForNew } from '../../store/use-active-questionnaire.ts'
import { FileButton } from '../../ui/file-button.tsx'
import { ProblemList } from '../../ui/problem-list.tsx'
import { settingsMessages } from './messages.ts'
import { LibraryExtras } from './library-extras.tsx'
import { NewVersionReview } from './new-version-review.tsx'
import { readQuestionnaireFile } from './questionnaire-file.ts'
import { useKnownQuestionnaires } from './use-known-questionnaires.ts'
import { XlsxDownloadButton } from './xlsx-download-button.tsx'
import { xlsxMessages } from './xlsx-messages.ts'
import { paths } from '../../ui/paths.ts'
import { AnswersAtRiskDialog } from '../../ui/answers-at-risk-dialog.tsx'
import { Button, ButtonLink } from '../../ui/button.tsx'
import './questionnaire-page.css'

/** Opens the editor on a copy of a questionnaire version. */
function EditLink({ q, label, text }: { q: Questionnaire; label: string; text: string }) {
  const to = paths.editor(`${q.id}@${q.version}`)
  return (
    <ButtonLink variant="quiet" to={to} aria-label={label}>
      {text}
    </ButtonLink>
  )
}

type Outcome =
  | { kind: 'problems'; file: string; problems: ValidationProblem[] }
  | { kind: 'switched'; title: string }
  | { kind: 'unchanged' }

/** Where a consultant loads another questionnaire; the current one stays until a valid one loads. */
export function QuestionnairePage() {
  const { questionnaire: t, switchDialog } = useT(settingsMessages)
  const locale = useLocale()
  const custom = useQuestionnaireStore((s) => s.custom)
  const library = useQuestionnaireStore((s) => s.library)
  // What this page sets: the questionnaire new assessments begin with (an open one keeps its own).
  const active = useQuestionnaireForNew()
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const [pending, setPending] = useState<{ next: Questionnaire; isDefault: boolean } | null>(null)
  const tx = useT(xlsxMessages)
  const known = useKnownQuestionnaires()
  const [review, setReview] = useState<{ next: Questionnaire; previous: Questionnaire } | null>(null)
  // A loaded file keeps carry-over rules derived from the versions it follows, unless it lists its own.
  const keepLoaded = (next: Questionnaire) => {
    setReview(null)
    request(withDerivedCarryOver(next, known), false)
  }

  function apply(next: Questionnaire, isDefault: boolean) {
    const { response, clear } = useAssessmentStore.getState()
    const store = useQuestionnaireStore.getState()
    if (isDefault) store.chooseDefault()
    else store.chooseCustom(next)
    if (response && !sameQuestionnaire(response.questionnaire, next)) clear()
    setPending(null)
    setOutcome({ kind: 'switched', title: localize(next.title, locale) })
  }

  function request(next: Questionnaire, isDefault: boolean) {
    if (sameQuestionnaire(next, active) && isDefault === (custom === null)) {
      setOutcome({ kind: 'unchanged' })
      return
    }
    const response = useAssessmentStore.getState().response
    const keeps = response && sameQuestionnaire(response.questionnaire, next)
    const hasAnswers = response !== null && Object.keys(response.answers).length > 0
    if (hasAnswers && !keeps) setPending({ next, isDefault })
    else apply(next, isDefault)
  }

  async function onFile(file: File) {
    const parsed = await readQuestionnaireFile(file, locale)
    const previous = parsed.ok ? versionToCompare(parsed.value, known) : undefined
    if (!parsed.ok) setOutcome({ kind: 'problems', file: file.name, problems: parsed.problems })
    else if (previous) setReview({ next: parsed.value, previous })
    else keepLoaded(parsed.value)
  }

  const dimensions = active.dimensions.length
  const questions = active.questions.length
  return (
    <div className="page page-narrow">
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <section className="card" aria-labelledby="current-questionnaire">
        <h2 id="current-questionnaire" className="eyebrow">
          {t.current}
        </h2>
        <p>
          <strong>{localize(active.title, locale)}</strong> · {t.version(active.version)} ·{' '}
          {custom ? t.loaded : t.builtIn}
        </p>
        <p className="muted">{t.counts(dimensions, questions)}</p>
        <div className="button-row">
          <EditLink q={active} label={t.editThis(localize(active.title, locale), active.version)} text={t.edit} />
          <FileButton label={t.load} hint={t.loadHint} onFile={(file) => void onFile(file)} />
          <FileButton
            label={tx.load}
            hint={tx.loadHint}
            accept=".xlsx,.xls,.ods"
            onFile={(file) => void onFile(file)}
          />
          <XlsxDownloadButton questionnaire={active} />
          {custom && (
            <Button onClick={() => void loadDefaultQuestionnaire().then((q) => request(q, true))}>
              {t.useDefault}
            </Button>
          )}
        </div>
      </section>
      {library.length > 0 && (
        <section className="card" aria-labelledby="questionnaire-library">
          <h2 id="questionnaire-library">{t.library}</h2>
          <p className="muted">{t.libraryIntro}</p>
          <ul className="questionnaire-library">
            {library.map((q) => {
              const inUse = custom !== null && sameQuestionnaire(q, custom)
              return (
                <li key={`${q.id}@${q.version}`}>
                  <span>
                    <strong>{localize(q.title, locale)}</strong> · {t.version(q.version)} ·{' '}
                    {t.counts(q.dimensions.length, q.questions.length)}
                  </span>
                  <EditLink q={q} label={t.editThis(localize(q.title, locale), q.version)} text={t.edit} />
                  {inUse ? (
                    <span className="muted">{t.inUse}</span>
                  ) : (
                    <Button
                      variant="quiet"
                      aria-label={t.useThis(localize(q.title, locale), q.version)}
                      onClick={() => request(q, false)}
                    >
                      {t.useThisShort}
                    </Button>
                  )}
                  <LibraryExtras questionnaire={q} known={known} />
                </li>
              )
            })}
          </ul>
        </section>
      )}
      {outcome?.kind === 'problems' && (
        <ProblemList heading={t.problems(outcome.file)} problems={outcome.problems} moreLabel={t.more} />
      )}
      <div role="status" className={outcome && outcome.kind !== 'problems' ? 'notice notice-success' : undefined}>
        {outcome?.kind === 'switched' && t.switched(outcome.title)}
        {outcome?.kind === 'unchanged' && t.unchanged}
      </div>
      <p>
        <Link to={paths.home()}>{t.back}</Link>
      </p>
      <NewVersionReview
        review={review}
        onConfirm={() => review && keepLoaded(review.next)}
        onCancel={() => setReview(null)}
      />
      <AnswersAtRiskDialog
        open={pending !== null}
        texts={{ ...switchDialog, body: (count) => switchDialog.body(count, localize(active.title, locale)) }}
        onConfirm={() => pending && apply(pending.next, pending.isDefault)}
        onCancel={() => setPending(null)}
      />
    </div>
  )
}
