import type { Workshop } from '../../../domain/index.ts'
import { download, fileSlug } from '../download.ts'

/** Saves one workshop, answers included, as a JSON file the facilitator can import again. */
export function exportWorkshop(workshop: Workshop): void {
  download(
    `${fileSlug(workshop.title)}-${workshop.date}.groundwork-workshop.json`,
    JSON.stringify(workshop, null, 2),
    'application/json',
  )
}
