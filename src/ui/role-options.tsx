import { LABELS } from '../domain/index.ts'
import { roleLabel } from '../i18n/team-labels.ts'
import { useLocale } from '../i18n/use-t.ts'

/**
 * The options of a role select: each role by its readable name (the default roles translated),
 * after "no role" where a person may have none.
 */
export function RoleOptions({ roles, noRole = false }: { roles: readonly string[]; noRole?: boolean }) {
  const words = LABELS[useLocale()]
  return (
    <>
      {noRole && <option value="">{words.noRole}</option>}
      {roles.map((role) => (
        <option key={role} value={role}>
          {roleLabel(words, role)}
        </option>
      ))}
    </>
  )
}
