import { storageUsage } from '../../data/commands.ts'
import { useT } from '../../i18n/use-t.ts'
import { useWorkspaceQuery } from '../../data/hooks.ts'
import { useFormat } from '../../i18n/use-format.ts'
import { clientsMessages } from './messages.ts'

/** How much of the browser's storage the workspace uses, and whether the browser promised to keep it. */
export function StorageSection() {
  const t = useT(clientsMessages).storage
  const format = useFormat()
  // Read again whenever records change: a restore or a new client changes the figure.
  const usage = useWorkspaceQuery(storageUsage, ['clients', 'assessments', 'workshops', 'questionnaires'], [])
  if (usage.state === 'loading') return null
  const value = usage.state === 'ready' ? usage.value : null
  return (
    <section className="clients-section" aria-labelledby="clients-storage">
      <h2 id="clients-storage">{t.heading}</h2>
      {value ? (
        <>
          <p>{t.usage(format.bytes(value.usage), format.bytes(value.quota), value.persisted)}</p>
          <p className="muted">{t.explain}</p>
        </>
      ) : (
        <p>{t.unknown}</p>
      )}
    </section>
  )
}
