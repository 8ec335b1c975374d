import { useState } from 'react'
import { useNavigate } from 'react-router'
import { deleteClient, exportBackup, startAssessment } from '../../data/commands.ts'
import {
  exportFileName,
  type AssessmentRecord,
  type AssessmentResponse,
  type ClientRecord,
  type Questionnaire,
  sameQuestionnaire,
} from '../../domain/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { loadDefaultQuestionnaire, useQuestionnaireStore } from '../../store/questionnaire-store.ts'
import { downloadJson } from '../../ui/download.ts'
import { clientMessages } from './client-messages.ts'
import { ConfirmDialog } from './confirm-dialog.tsx'
import { clientsMessages } from './messages.ts'
import { paths } from '../../ui/paths.ts'
import { Button } from '../../ui/button.tsx'

interface ClientActionsProps {
  client: ClientRecord
  /** Newest first: "Erneut einschätzen" starts from the first. */
  assessments: AssessmentRecord[]
  workshopCount: number
}

/** New assessment, assess again, back up, delete: what a consultant does with a client. */
/**
 * A blank assessment begins on the questionnaire chosen for new ones. A re-assessment stays with
 * the questionnaire the earlier one answered, so its answers come along: the same version when the
 * library keeps it, the current default (with its carry-over rules) when it answered the default.
 */
async function questionnaireFor(earlier: AssessmentResponse | undefined): Promise<Questionnaire> {
  const { custom, library } = useQuestionnaireStore.getState()
  const fallback = await loadDefaultQuestionnaire()
  if (earlier) {
    const own = library.find((q) => sameQuestionnaire(q, earlier.questionnaire))
    if (own) return own
    if (earlier.questionnaire.id === fallback.id) return fallback
  }
  return custom ?? fallback
}

export function ClientActions({ client, assessments, workshopCount }: ClientActionsProps) {
  const t = useT(clientMessages)
  const list = useT(clientsMessages).list
  const navigate = useNavigate()
  const [confirming, setConfirming] = useState(false)
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null)
  const latest = assessments[0]

  async function begin(prefill?: AssessmentRecord) {
    startAssessment(client.id, await questionnaireFor(prefill?.response), prefill?.response)
    await navigate(paths.company())
  }

  async function backup() {
    try {
      const data = await exportBackup({ kind: 'client', clientId: client.id, clientName: client.name })
      const name = exportFileName([t.actions.backupName, client.name, new Date()], 'json')
      downloadJson(name, data)
      setStatus({ ok: true, text: t.actions.exported(name) })
    } catch {
      setStatus({ ok: false, text: t.actions.failed })
    }
  }

  async function remove() {
    setConfirming(false)
    try {
      await deleteClient(client.id)
      await navigate(paths.clients(), { state: { deleted: client.name } })
    } catch {
      setStatus({ ok: false, text: t.actions.failed })
    }
  }

  return (
    <section className="clients-actions" aria-label={t.actions.label}>
      <div className="button-row">
        <Button variant="primary" onClick={() => void begin()}>
          {t.actions.newAssessment}
        </Button>
        {latest && (
          <Button aria-describedby="client-reassess-hint" onClick={() => void begin(latest)}>
            {t.actions.reassess}
          </Button>
        )}
        <Button onClick={() => void backup()}>{t.actions.backup}</Button>
        <Button variant="quiet" className="clients-danger" onClick={() => setConfirming(true)}>
          {t.actions.delete}
        </Button>
      </div>
      {latest && (
        <p id="client-reassess-hint" className="field-hint clients-hint">
          {t.actions.reassessHint}
        </p>
      )}
      <p role="status" className={status ? `notice ${status.ok ? 'notice-success' : 'notice-error'}` : undefined}>
        {status?.text}
      </p>
      <ConfirmDialog
        open={confirming}
        title={t.deleteClient.title(client.name)}
        confirm={t.deleteClient.confirm}
        cancel={t.deleteClient.cancel}
        onConfirm={() => void remove()}
        onCancel={() => setConfirming(false)}
      >
        <p>{t.deleteClient.body(list.assessments(assessments.length), list.workshops(workshopCount))}</p>
      </ConfirmDialog>
    </section>
  )
}
