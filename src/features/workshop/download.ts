import { downloadBlob } from '../../ui/download.ts'

/** Offers text as a file download; nothing leaves the browser. */
export function download(filename: string, text: string, type: string): void {
  downloadBlob(new Blob([text], { type }), filename)
}

/** A file name from a title: letters, digits and dashes only. */
export function fileSlug(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
  return slug || 'workshop'
}
