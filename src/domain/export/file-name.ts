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
 * ß → ss), other accents dropped, everything else a single dash. "Müller GmbH & Co. KG" →
 * "mueller-gmbh-co-kg".
 */
export function slugify(text: string): string {
  return text
    .replace(/[äöüÄÖÜßẞıİłŁøØđĐæÆœŒ]/g, (c) => TRANSLITERATION[c]!)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG)
    .replace(/^-+|-+$/g, '')
}

/** The calendar date of a timestamp in local time, as 2026-11-23. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/**
 * The file name of an export: `groundwork-mueller-gmbh-2026-11-23.pdf`; without a company name
 * just `groundwork-2026-11-23.pdf`.
 */
export function exportFileName(company: string | undefined, date: Date, extension: string): string {
  const slug = company ? slugify(company) : ''
  return ['groundwork', slug, isoDay(date)].filter(Boolean).join('-') + `.${extension}`
}
