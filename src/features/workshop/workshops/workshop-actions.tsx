import type { ReactNode } from 'react'
import type { Workshop } from '../../../domain/index.ts'
import { useT } from '../../../i18n/use-t.ts'
import { Button, ButtonLink } from '../../../ui/button.tsx'
import { paths } from '../../../ui/paths.ts'
import { workshopMessages } from '../messages.ts'
import { exportWorkshop } from './workshop-file.ts'

/**
 * The ways on from a workshop, in the list and on its own page: run it live, read the team report, save it
 * as a file. On its own page (`prominent`) the two links are the page's main actions.
 */
export function WorkshopActions({
  workshop,
  prominent = false,
  children,
}: {
  workshop: Workshop
  prominent?: boolean
  children?: ReactNode
}) {
  const t = useT(workshopMessages)
  const link = prominent ? 'primary' : undefined
  return (
    <div className="button-row">
      <ButtonLink variant={link} to={paths.live(workshop.id)}>
        {t.list.live}
      </ButtonLink>
      <ButtonLink variant={link} to={paths.teamReport(workshop.id)}>
        {t.list.report}
      </ButtonLink>
      <Button variant={prominent ? undefined : 'quiet'} onClick={() => exportWorkshop(workshop)}>
        {t.exportFile}
      </Button>
      {children}
    </div>
  )
}
