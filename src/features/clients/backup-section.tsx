import { useState } from 'react'
import { applyRestore, exportBackup, planBackupRestore } from '../../data/commands.ts'
import {
  exportFileName,
  parseBackup,
  type RestorePlan,
  type RestoreSummary,
  type ValidationProblem,
  type WorkspaceBackup,
} from '../../domain/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { downloadJson } from '../../ui/download.ts'
import { FileButton } from '../../ui/file-button.tsx'
import { ProblemList } from '../../ui/problem-list.tsx'
import { clientsMessages } from './messages.ts'
import { RestoreDialog } from './restore-dialog.tsx'
import { Button } from '../../ui/button.tsx'

type Pending = { file: string; backup: WorkspaceBackup; plan: RestorePlan; summary: RestoreSummary }
type Outcome =
  { kind: 'problems'; file: string; problems: ValidationProblem[] } | { kind: 'message'; ok: boolean; text: string }

const detailOf = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error))

/**
 * "Alles sichern" and "Sicherung wiederherstellen". A file enters through the domain's one door
 * (`parseBackup`); a broken or foreign one shows its problems and changes nothing, a valid one is
 * planned and shown before it is written in one transaction.
 */
export function BackupSection() {
  const t = useT(clientsMessages).backup
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const [pending, setPending] = useState<Pending | null>(null)
  const [busy, setBusy] = useState(false)

  async function exportAll() {
    try {
      const backup = await exportBackup({ kind: 'all' })
      const name = exportFileName([t.fileName, new Date()], 'json')
      downloadJson(name, backup)
      setOutcome({ kind: 'message', ok: true, text: t.exported(name) })
    } catch (error) {
      setOutcome({ kind: 'message', ok: false, text: `${t.exportFailed} (${detailOf(error)})` })
    }
  }

  async function onFile(file: File) {
    setOutcome(null)
    const parsed = parseBackup(await file.text())
    if (!parsed.ok) {
      setOutcome({ kind: 'problems', file: file.name, problems: parsed.problems })
      return
    }
    try {
      const { plan, summary } = await planBackupRestore(parsed.value)
      setPending({ file: file.name, backup: parsed.value, plan, summary })
    } catch (error) {
      setOutcome({ kind: 'message', ok: false, text: t.restoreFailed(detailOf(error)) })
    }
  }

  async function restore() {
    if (!pending) return
    setBusy(true)
    try {
      await applyRestore(pending.plan)
      setOutcome({ kind: 'message', ok: true, text: t.restored })
    } catch (error) {
      setOutcome({ kind: 'message', ok: false, text: t.restoreFailed(detailOf(error)) })
    } finally {
      setBusy(false)
      setPending(null)
    }
  }

  return (
    <section className="clients-section" aria-labelledby="clients-backup">
      <h2 id="clients-backup">{t.heading}</h2>
      <p>{t.intro}</p>
      <div className="button-row">
        <Button variant="primary" onClick={() => void exportAll()}>
          {t.exportAll}
        </Button>
        <FileButton label={t.restore} hint={t.restoreHint} onFile={(file) => void onFile(file)} />
      </div>
      {outcome?.kind === 'problems' && (
        <ProblemList heading={t.problems(outcome.file)} problems={outcome.problems} moreLabel={t.more} />
      )}
      <p
        role="status"
        className={outcome?.kind === 'message' ? `notice ${outcome.ok ? 'notice-success' : 'notice-error'}` : undefined}
      >
        {outcome?.kind === 'message' && outcome.text}
      </p>
      <RestoreDialog
        pending={pending}
        busy={busy}
        onConfirm={() => void restore()}
        onCancel={() => {
          if (pending?.summary.changesNothing) setOutcome({ kind: 'message', ok: true, text: t.unchanged })
          setPending(null)
        }}
      />
    </section>
  )
}
