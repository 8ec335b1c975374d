import { exportFileName, slugify, type Workshop } from '../../domain/index.ts'
import { downloadBlob } from '../../ui/download.ts'

/** Offers text as a file download; nothing leaves the browser. */
export function download(filename: string, text: string, type: string): void {
  downloadBlob(new Blob([text], { type }), filename)
}

/** A workshop's files are named after its title and date, by the one rule of every export. */
export function workshopFileName(workshop: Workshop, extension: string): string {
  return exportFileName([slugify(workshop.title) || 'workshop', workshop.date], extension)
}
