import { FileButton } from '../../../ui/file-button.tsx'
import { useId, useState } from 'react'
import { describeProblems, parseWorkshop, type ValidationProblem, type Workshop } from '../../../domain/index.ts'
import { useLocale, useT } from '../../../i18n/use-t.ts'
import { useWorkshopStore } from '../../../store/workshop-store.ts'
import { workshopMessages } from '../messages.ts'
import { Button } from '../../../ui/button.tsx'

type State =
  | { kind: 'idle' }
  | { kind: 'problems'; file: string; problems: ValidationProblem[] }
  | { kind: 'sameId'; workshop: Workshop; existingTitle: string }
  | { kind: 'imported'; title: string }

/** Imports a workshop file: validated, errors listed, nothing existing overwritten. */
export function WorkshopImport() {
  const t = useT(workshopMessages)
  const locale = useLocale()
  const id = useId()
  const [state, setState] = useState<State>({ kind: 'idle' })
  const importWorkshop = useWorkshopStore((s) => s.importWorkshop)
  const onFile = async (file: File) => {
    const parsed = parseWorkshop(await file.text())
    if (!parsed.ok) return setState({ kind: 'problems', file: file.name, problems: parsed.problems })
    const existing = useWorkshopStore.getState().workshops.find((w) => w.id === parsed.value.id)
    if (existing) return setState({ kind: 'sameId', workshop: parsed.value, existingTitle: existing.title })
    importWorkshop(parsed.value)
    setState({ kind: 'imported', title: parsed.value.title })
  }
  return (
    <section className="card panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t.list.importHeading}</h2>
      <div className="button-row">
        <FileButton label={t.list.importLabel} onFile={(file) => void onFile(file)} />
      </div>
      <div role="status" aria-live="polite">
        {state.kind === 'imported' && <p className="text-success">{t.list.imported(state.title)}</p>}
        {state.kind === 'sameId' && (
          <div className="notice">
            <p>{t.list.sameId(state.existingTitle)}</p>
            <div className="button-row">
              <Button
                variant="primary"
                onClick={() => {
                  importWorkshop(state.workshop)
                  setState({ kind: 'imported', title: state.workshop.title })
                }}
              >
                {t.list.importCopy}
              </Button>
              <Button onClick={() => setState({ kind: 'idle' })}>{t.list.cancel}</Button>
            </div>
          </div>
        )}
      </div>
      {state.kind === 'problems' && (
        <div role="alert" className="notice notice-error">
          <p>{t.list.importProblems(state.file)}</p>
          <ul>
            {describeProblems(state.problems, locale).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  )
}
