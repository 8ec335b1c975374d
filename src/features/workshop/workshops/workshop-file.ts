import type { Workshop } from '../../../domain/index.ts'
import { download, workshopFileName } from '../download.ts'

/** Saves one workshop, answers included, as a JSON file the facilitator can import again. */
export function exportWorkshop(workshop: Workshop): void {
  download(
    workshopFileName(workshop, 'groundwork-workshop.json'),
    JSON.stringify(workshop, null, 2),
    'application/json',
  )
}
