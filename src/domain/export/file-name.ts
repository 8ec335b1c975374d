const TRANSLITERATION: Record<string, string> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  ß: 'ss',
  Ä: 'Ae',
  Ö: 'Oe',
  Ü: 'Ue',
  ẞ: 'SS',
  // Letters with no decomposition to a base letter: without these, "Yılmaz" would become "y-lmaz".
  ı: 'i',
  İ: 'I',
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  æ: 'ae',
  Æ: 'Ae',
  œ: 'oe',
  Œ: 'Oe',
}
const MAX_SLUG = 60

/**
 * A name safe for any file system and readable in German: umlauts transliterated (ä → ae,
 * ß → ss), other accents dropped, a dot kept only inside a number (2.1), everything else a
 * single dash. "Müller GmbH & Co. KG" → "mueller-gmbh-co-kg".
 */
export function slugify(text: string): string {
  return (
    text
      .replace(/[äöüÄÖÜßẞıİłŁøØđĐæÆœŒ]/g, (c) => TRANSLITERATION[c]!)
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      // A dot stays only inside a number, so a version reads "2.1"; any other is a separator.
      .replace(/(?<!\d)\.|\.(?!\d)/g, '-')
      .replace(/[^a-z0-9.]+/g, '-')
      .slice(0, MAX_SLUG)
      .replace(/^[-.]+|[-.]+$/g, '')
  )
}

/** The calendar date of a timestamp in local time, as 2026-11-23. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** One part of an export's file name: a text is slugged, a date written as 2026-11-23, nothing left out. */
export type FileNamePart = string | Date | null | undefined

/**
 * The file name of every export (PDF, CSV, workshop file, answer file, backup, xlsx): the parts
 * slugged by one rule and joined by dashes, empty ones left out, so "Müller & Söhne" reads
 * `mueller-soehne` in each of them. `exportFileName(['groundwork', 'Müller GmbH', date], 'pdf')`
 * → `groundwork-mueller-gmbh-2026-11-23.pdf`.
 */
export function exportFileName(parts: readonly FileNamePart[], extension: string): string {
  const slugs = parts.map((part) => (part instanceof Date ? isoDay(part) : part ? slugify(part) : '')).filter(Boolean)
  return `${slugs.join('-') || 'groundwork'}.${extension}`
}
